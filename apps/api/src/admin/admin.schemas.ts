import { z } from 'zod';
import { AwardCode, CalendarDayKind, CampaignKind, campaignProblems, IsoDate, safeString } from '@vinhdanh/domain';

const text = (field: string, max: number) =>
  safeString({ error: `${field} must be text` })
    .trim()
    .min(1, { error: `${field} must not be empty` })
    .max(max, { error: `${field} must be at most ${max} characters` });
const reason = text('reason', 4000);

/** Cut-off date per level, keyed "1"–"4". */
export const Cutoffs = z.partialRecord(
  z.enum(['1', '2', '3', '4'], { error: 'cut-off levels are "1" to "4"' }),
  IsoDate,
);

const campaignFields = {
  code: safeString({ error: 'code must be text' })
    .trim()
    .regex(/^[A-Z0-9][A-Z0-9-]{1,39}$/, { error: 'code must be 2–40 capital letters, digits or "-"' }),
  name: text('name', 300),
  kind: CampaignKind,
  ruleSetVersion: text('ruleSetVersion', 40),
  awardCodes: z
    .array(AwardCode)
    .min(1, { error: 'awardCodes must list at least one award' })
    .max(30, { error: 'awardCodes must list at most 30 awards' }),
  opensOn: IsoDate,
  closesOn: IsoDate,
  cutoffs: Cutoffs,
};

/** Body of `POST /api/admin/campaigns`. */
export const CreateCampaignRequest = z
  .strictObject(campaignFields)
  .superRefine((c, ctx) =>
    campaignProblems(c).forEach((p) =>
      ctx.addIssue({ code: 'custom', path: p.path, message: p.message, params: { vi: p.messageVi } }),
    ),
  )
  .meta({
    examples: [
      {
        code: 'LDG-LDST-2027',
        name: 'Phong trào thi đua "Lao động giỏi, lao động sáng tạo" năm 2027',
        kind: 'annual',
        ruleSetVersion: '2024.1',
        awardCodes: ['GK', 'BK_TINH', 'BK_TLD'],
        opensOn: '2027-01-01',
        closesOn: '2027-12-31',
        cutoffs: { '1': '2027-10-31', '2': '2027-11-10', '3': '2027-11-25', '4': '2027-12-15' },
      },
    ],
  });
/** Body of `POST /api/admin/campaigns`. */
export type CreateCampaignRequest = z.infer<typeof CreateCampaignRequest>;

/** Body of `PATCH /api/admin/campaigns/:id`: any field but the code; checked again merged with the stored campaign. */
export const UpdateCampaignRequest = z
  .strictObject({
    name: campaignFields.name.optional(),
    kind: campaignFields.kind.optional(),
    ruleSetVersion: campaignFields.ruleSetVersion.optional(),
    awardCodes: campaignFields.awardCodes.optional(),
    opensOn: IsoDate.optional(),
    closesOn: IsoDate.optional(),
    cutoffs: Cutoffs.optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { error: 'the body must change at least one field' })
  .meta({ examples: [{ closesOn: '2027-12-20', cutoffs: { '4': '2027-12-18' } }] });
/** Body of `PATCH /api/admin/campaigns/:id`. */
export type UpdateCampaignRequest = z.infer<typeof UpdateCampaignRequest>;

/** Body of `PUT /api/admin/campaigns/:id/quotas/:bucketKey`. */
export const QuotaOverrideRequest = z
  .strictObject({
    limit: z
      .number({ error: 'limit must be a number' })
      .int({ error: 'limit must be a whole number' })
      .min(0, { error: 'limit must not be negative' })
      .max(1_000_000, { error: 'limit must be at most 1000000' }),
    reason,
  })
  .meta({ examples: [{ limit: 6, reason: 'Bổ sung chỉ tiêu theo Công văn 123/TLĐ ngày 01/11/2026.' }] });
/** Body of `PUT /api/admin/campaigns/:id/quotas/:bucketKey`. */
export type QuotaOverrideRequest = z.infer<typeof QuotaOverrideRequest>;

/** A quota bucket key in a path: `AWARD|national|period` or `AWARD|unit:<unitId>|period`. */
export const BucketKeyParam = safeString().regex(/^[A-Z_]+\|(national|unit:[^|]{1,128})\|[^|]{1,200}$/, {
  error: 'bucketKey must look like "BK_CD|unit:ldld-cao-bang|theme:GVN-DVN-2026" or "BK_CD|national|year:2026"',
});

/** Query of `GET /api/admin/calendar`. */
export const CalendarQuery = z.strictObject({
  year: z.coerce
    .number({ error: 'year must be a number' })
    .int({ error: 'year must be a whole year' })
    .min(2000, { error: 'year must be 2000 or later' })
    .max(2100, { error: 'year must be 2100 or earlier' }),
});
/** Query of `GET /api/admin/calendar`. */
export type CalendarQuery = z.infer<typeof CalendarQuery>;

/** Body of `PUT /api/admin/calendar/:date`. */
export const CalendarDayRequest = z
  .strictObject({
    kind: CalendarDayKind,
    nameVi: text('nameVi', 200),
    nameEn: text('nameEn', 200),
    note: safeString({ error: 'note must be text' })
      .trim()
      .max(1000, { error: 'note must be at most 1000 characters' })
      .optional(),
  })
  .meta({
    examples: [
      {
        kind: 'holiday',
        nameVi: 'Tết Nguyên Đán 2027',
        nameEn: 'Lunar New Year 2027',
        note: 'Theo Thông báo 6150/TB-LĐTBXH',
      },
      { kind: 'makeup_workday', nameVi: 'Làm bù ngày 02/05/2025', nameEn: 'Make-up for 2 May 2025' },
    ],
  });
/** Body of `PUT /api/admin/calendar/:date`. */
export type CalendarDayRequest = z.infer<typeof CalendarDayRequest>;

/** A date in a path. */
export const DateParam = IsoDate;
