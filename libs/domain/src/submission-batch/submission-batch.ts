import { z } from 'zod';
import { DomainError } from '../shared/domain-error';
import { IsoDateTime } from '../shared/dates';
import { Text } from '../shared/text';
import { AwardCode, type RuleSet } from '../rules/rule-set.schema';
import { missingAttachmentKinds } from '../rules/rule-set';
import { Attachment, CollectiveNominee, Initiative, PersonNominee } from '../nomination/shared/nomination.dossier';
import { NOMINATION_STATUS_LABELS, type NominationStatus } from '../nomination/shared/nomination.status';

/**
 * Đề nghị (submission batch): one unit proposes many nominees for one campaign, with one tờ trình
 * and shared minutes (NĐ 152/2025 Mẫu 01; Luật TĐKT 2022 Art. 84 dossiers [S26]); each accepted row
 * becomes its own nomination. A batch with a bad row is refused whole naming every bad row (row
 * number, field, rule), or — only when the user chose `skipInvalidRows` — accepted without the bad
 * rows, which the event lists.
 */
export const BatchRow = z.object({
  awardCode: z.string(),
  /** A person, or a collective that is a unit of the org tree (by id). */
  nominee: z.discriminatedUnion('kind', [
    PersonNominee,
    CollectiveNominee.extend({ unitId: z.string().trim().min(1) }),
  ]),
  /** The nominee's own achievement report (báo cáo thành tích) in short. */
  achievements: Text('achievements', 20_000),
  initiatives: z.array(Initiative).max(50).default([]),
  /** The nominee's own files (their báo cáo thành tích); the batch's tờ trình and minutes are shared. */
  attachments: z.array(Attachment).max(50).default([]),
});
export type BatchRow = z.input<typeof BatchRow>;
/** A row as accepted (defaults applied). */
export type AcceptedBatchRow = z.infer<typeof BatchRow>;

export const SubmitBatch = z.object({
  type: z.literal('SubmitBatch'),
  batchId: z.string().min(1),
  actor: z.object({ userId: z.string().min(1), name: z.string().min(1), unitId: z.string().min(1) }),
  now: IsoDateTime,
  submittingUnitId: z.string().min(1),
  submittingUnitName: z.string().min(1),
  campaignId: z.string().min(1),
  campaignName: z.string().min(1),
  submissionLetterNumber: z.string().trim().min(1).max(64),
  /** The batch's tờ trình and the minutes of the unit's meeting, shared by every row's dossier. */
  sharedAttachments: z.array(Attachment).max(20).default([]),
  rows: z.array(z.unknown()).min(1).max(1000),
  /** One nomination id per row (index = row − 1), fixed by the caller so a retry starts the same ones. */
  nominationIds: z.array(z.string().min(1)),
  skipInvalidRows: z.boolean().default(false),
  /**
   * Rows found bad before the rules, where the list was read (an uploaded spreadsheet's cells): with
   * `skipInvalidRows` they are left out and listed like the rules' own errors; without it they refuse the batch.
   */
  rowErrors: z
    .array(
      z.object({
        row: z.number().int().min(1),
        field: z.string(),
        rule: z.string(),
        message: z.string(),
        message_en: z.string(),
      }),
    )
    .max(5000)
    .default([]),
});
export type SubmitBatch = z.input<typeof SubmitBatch>;

/** One broken rule of one row: row numbers count from 1, as the user's list does. */
export interface BatchRowError {
  row: number;
  field: string;
  rule: string;
  message: string;
  message_en: string;
}

export interface BatchContext {
  ruleSet: RuleSet;
  /** Units a collective row may name (those at or below the submitting unit, as of the batch date). */
  collectiveUnitIds: ReadonlySet<string>;
  /** Awards the campaign offers; absent = every award of the rule set. */
  offeredAwardCodes?: ReadonlySet<string>;
  /** Files every row's dossier shares (tờ trình, minutes), counted for the required kinds. */
  sharedAttachments?: readonly { kind: z.infer<typeof Attachment>['kind'] }[];
}

export class BatchError extends DomainError {
  readonly code = 'BATCH.INVALID_ROWS';
  constructor(readonly rowErrors: readonly BatchRowError[]) {
    const rows = [...new Set(rowErrors.map((e) => e.row))];
    super(
      `Danh sách có ${rows.length} dòng không hợp lệ (dòng ${rows.join(', ')}); không dòng nào được gửi.`,
      `${rows.length} row(s) are invalid (rows ${rows.join(', ')}); nothing was submitted.`,
      { errors: rowErrors },
    );
  }

  /** The rows' problems as the API's field errors (`rows[i]…`, i from 0 like every JSON path). */
  get fieldErrors(): { field: string; in: 'body'; rule: string; message: string; message_en: string }[] {
    return this.rowErrors.map((e) => ({
      field: `rows[${e.row - 1}].${e.field}`,
      in: 'body',
      rule: e.rule,
      message: e.message,
      message_en: e.message_en,
    }));
  }
}

/** The field names people read in a row error. */
const FIELD_LABELS: Record<string, string> = {
  awardCode: 'hình thức khen thưởng',
  nominee: 'đối tượng',
  'nominee.kind': 'loại đối tượng',
  'nominee.fullName': 'họ và tên',
  'nominee.gender': 'giới tính',
  'nominee.birthYear': 'năm sinh',
  'nominee.position': 'chức vụ',
  'nominee.isLeader': 'là lãnh đạo',
  'nominee.isDirectWorker': 'là người trực tiếp lao động',
  'nominee.personKey': 'mã đoàn viên',
  'nominee.name': 'tên tập thể',
  'nominee.memberCount': 'số thành viên',
  'nominee.womenShare': 'tỷ lệ nữ',
  'nominee.unitId': 'đơn vị (tập thể)',
  achievements: 'tóm tắt thành tích',
  initiatives: 'sáng kiến',
  attachments: 'tệp đính kèm',
};

const labelOf = (field: string): string =>
  FIELD_LABELS[field] ?? FIELD_LABELS[field.replace(/\.\d+.*$/, '')] ?? field.replace(/\.\d+/g, '');

/** A zod issue of a row, said in Vietnamese (the English of the schema stays the second language). */
function vietnameseIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'string'
        ? Number(issue.minimum) <= 1
          ? 'không được để trống'
          : `phải có ít nhất ${String(issue.minimum)} ký tự`
        : `phải từ ${String(issue.minimum)} trở lên`;
    case 'too_big':
      return issue.origin === 'string'
        ? `dài quá ${String(issue.maximum)} ký tự`
        : `không được lớn hơn ${String(issue.maximum)}`;
    case 'invalid_type':
      return issue.input === undefined ? 'còn thiếu' : 'sai kiểu dữ liệu';
    case 'invalid_value':
      return 'giá trị không hợp lệ';
    case 'invalid_union':
      return 'loại đối tượng phải là cá nhân (person) hoặc tập thể (collective)';
    case 'invalid_format':
      return 'sai định dạng';
    case 'unrecognized_keys':
      return `có trường không xét: ${issue.keys.join(', ')}`;
    default:
      return 'không hợp lệ';
  }
}

/** Every problem of every row, in row order; an empty list means the whole batch is good. */
export function validateBatchRows(rows: readonly unknown[], context: BatchContext): BatchRowError[] {
  const errors: BatchRowError[] = [];
  const seenPeople = new Map<string, number>();
  const seenUnits = new Map<string, number>();
  rows.forEach((raw, index) => {
    const row = index + 1;
    const parsed = BatchRow.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.join('.') || 'row';
        errors.push({
          row,
          field,
          rule: issue.code,
          message: `Dòng ${row}, ${labelOf(field)}: ${vietnameseIssue(issue)}.`,
          message_en: `Row ${row}, ${field}: ${issue.message}`,
        });
      }
      return;
    }
    const { awardCode, nominee } = parsed.data;
    const award = AwardCode.safeParse(awardCode).success
      ? context.ruleSet.awards.find((a) => a.code === awardCode)
      : undefined;
    if (!award) {
      errors.push({
        row,
        field: 'awardCode',
        rule: 'unknown-award',
        message: `Dòng ${row}: hình thức khen thưởng "${awardCode}" không có trong bộ quy tắc ${context.ruleSet.version}.`,
        message_en: `Row ${row}: award "${awardCode}" is not in rule set ${context.ruleSet.version}.`,
      });
    } else if (context.offeredAwardCodes && !context.offeredAwardCodes.has(awardCode)) {
      errors.push({
        row,
        field: 'awardCode',
        rule: 'award-not-offered',
        message: `Dòng ${row}: đợt thi đua không xét ${award.nameVi}.`,
        message_en: `Row ${row}: the campaign does not offer ${award.nameEn}.`,
      });
    } else if (!award.nomineeKinds.includes(nominee.kind)) {
      errors.push({
        row,
        field: 'nominee.kind',
        rule: 'nominee-kind',
        message: `Dòng ${row}: ${award.nameVi} không xét cho ${nominee.kind === 'person' ? 'cá nhân' : 'tập thể'}.`,
        message_en: `Row ${row}: ${award.nameEn} is not for a ${nominee.kind}.`,
      });
    }
    if (award) {
      // Luật TĐKT 2022 Art. 84: the dossier's documents; the shared tờ trình and minutes count for every row.
      const missing = missingAttachmentKinds(award, [...(context.sharedAttachments ?? []), ...parsed.data.attachments]);
      if (missing.length) {
        errors.push({
          row,
          field: 'attachments',
          rule: 'missing-attachment',
          message: `Dòng ${row}: hồ sơ còn thiếu ${missing.map(attachmentLabel).join(', ')}.`,
          message_en: `Row ${row}: the dossier lacks ${missing.join(', ')}.`,
        });
      }
    }
    if (nominee.kind === 'collective') {
      if (!context.collectiveUnitIds.has(nominee.unitId)) {
        errors.push({
          row,
          field: 'nominee.unitId',
          rule: 'unit-not-below-submitter',
          message: `Dòng ${row}: tập thể "${nominee.name}" không phải đơn vị trực thuộc đơn vị đề nghị.`,
          message_en: `Row ${row}: collective "${nominee.name}" is not a unit under the submitting unit.`,
        });
      }
      const earlier = seenUnits.get(`${nominee.unitId}|${awardCode}`);
      if (earlier) {
        errors.push({
          row,
          field: 'nominee.unitId',
          rule: 'duplicate',
          message: `Dòng ${row}: trùng với dòng ${earlier}.`,
          message_en: `Row ${row}: same as row ${earlier}.`,
        });
      } else seenUnits.set(`${nominee.unitId}|${awardCode}`, row);
    } else if (nominee.personKey) {
      const earlier = seenPeople.get(`${nominee.personKey}|${awardCode}`);
      if (earlier) {
        errors.push({
          row,
          field: 'nominee.personKey',
          rule: 'duplicate',
          message: `Dòng ${row}: trùng với dòng ${earlier}.`,
          message_en: `Row ${row}: same as row ${earlier}.`,
        });
      } else seenPeople.set(`${nominee.personKey}|${awardCode}`, row);
    }
  });
  return errors;
}

const ATTACHMENT_LABELS: Record<string, string> = {
  TO_TRINH: 'tờ trình',
  BAO_CAO_THANH_TICH: 'báo cáo thành tích',
  BIEN_BAN: 'biên bản họp',
  SANG_KIEN: 'hồ sơ sáng kiến',
  KHAC: 'tài liệu khác',
};
const attachmentLabel = (kind: string): string => ATTACHMENT_LABELS[kind] ?? kind;

export interface BatchSubmittedData {
  batchId: string;
  submittingUnitId: string;
  campaignId: string;
  submissionLetterNumber: string;
  /** Accepted rows with their original row number and nomination id; each becomes one nomination. */
  accepted: (AcceptedBatchRow & { row: number; nominationId: string })[];
  /** Rows left out because the user chose to submit without them. */
  skipped: BatchRowError[];
}

/** Decides a batch submission: refused whole with every bad row, or accepted (without bad rows if chosen). */
export function decideSubmitBatch(command: SubmitBatch, context: BatchContext): BatchSubmittedData {
  const cmd = SubmitBatch.parse(command);
  // A row already refused where it was read is not reported again for the values it left out.
  const readBad = new Set(cmd.rowErrors.map((e) => e.row));
  const errors = [
    ...cmd.rowErrors,
    ...validateBatchRows(cmd.rows, { ...context, sharedAttachments: cmd.sharedAttachments }).filter(
      (e) => !readBad.has(e.row),
    ),
  ].sort((a, b) => a.row - b.row);
  if (errors.length && !cmd.skipInvalidRows) throw new BatchError(errors);
  const bad = new Set(errors.map((e) => e.row));
  const accepted = cmd.rows.flatMap((raw, i) => {
    if (bad.has(i + 1)) return [];
    const row = BatchRow.parse(raw);
    const nominationId = cmd.nominationIds[i];
    if (!nominationId) throw new Error(`row ${i + 1} has no nomination id`);
    return [{ row: i + 1, nominationId, ...row }];
  });
  if (accepted.length === 0) throw new BatchError(errors);
  return {
    batchId: cmd.batchId,
    submittingUnitId: cmd.submittingUnitId,
    campaignId: cmd.campaignId,
    submissionLetterNumber: cmd.submissionLetterNumber,
    accepted,
    skipped: errors,
  };
}

/** Where a batch's nominations stand, and the sentence offices use ("12/15 đã chuyển cấp trên, …"). */
export function batchProgress(statuses: readonly NominationStatus[]): {
  total: number;
  byStatus: Partial<Record<NominationStatus, number>>;
  summary: string;
} {
  const byStatus: Partial<Record<NominationStatus, number>> = {};
  for (const s of statuses) byStatus[s] = (byStatus[s] ?? 0) + 1;
  const total = statuses.length;
  const parts = (Object.entries(byStatus) as [NominationStatus, number][])
    .sort((a, b) => b[1] - a[1])
    .map(([status, n]) => `${n}/${total} ${NOMINATION_STATUS_LABELS[status].vi.toLowerCase()}`);
  return { total, byStatus, summary: parts.join(', ') };
}
