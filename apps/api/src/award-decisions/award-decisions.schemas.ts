import { z } from 'zod';

const text = (max: number) => z.string().trim().min(1, { error: 'không được để trống' }).max(max);

/** POST /award-decisions: the quyết định's data; the number is assigned from the unit's register. */
export const IssueAwardDecisionRequest = z.object({
  issuingUnitId: text(128),
  /** The ký hiệu after the number, e.g. QĐ-TLĐ (default from the issuing unit's kind). */
  symbol: z
    .string()
    .trim()
    .regex(/^QĐ-[\p{Lu}\d-]+$/u, { error: 'ký hiệu dạng QĐ-LĐLĐ' })
    .optional(),
  date: z.iso.date({ error: 'ngày dạng YYYY-MM-DD' }),
  place: text(80),
  signer: z.object({ capacity: z.string().trim().max(120).default(''), title: text(120), name: text(120) }),
  subject: text(300),
  legalBases: z.array(text(500)).min(1).max(20),
  proposal: text(1000),
  awardName: text(200),
  reason: text(1000),
  /** Cash per awardee (đồng), by nominee kind. */
  amounts: z.object({ person: z.number().int().nonnegative(), collective: z.number().int().nonnegative() }),
  nominationIds: z.array(text(128)).min(1).max(2000),
});
export type IssueAwardDecisionRequest = z.infer<typeof IssueAwardDecisionRequest>;

export const LinkSignedCopyRequest = z.object({ attachmentId: z.uuid({ error: 'mã tệp đã tải lên (UUID)' }) });
export type LinkSignedCopyRequest = z.infer<typeof LinkSignedCopyRequest>;

/**
 * POST /award-decisions/:id/revocations: a quyết định thu hồi (its own number and date) revoking
 * awards this decision granted — the listed nominations, or every one it granted.
 */
export const RevokeByDecisionRequest = z.strictObject({
  /** Số, ký hiệu of the revoking decision, e.g. 12/QĐ-TLĐ. */
  number: z
    .string()
    .trim()
    .regex(/^\d+\/QĐ-[\p{Lu}\d-]+$/u, { error: 'số quyết định thu hồi dạng 12/QĐ-TLĐ' }),
  date: z.iso.date({ error: 'ngày dạng YYYY-MM-DD' }),
  reason: text(1000),
  nominationIds: z.array(text(128)).min(1).max(2000).optional(),
});
export type RevokeByDecisionRequest = z.infer<typeof RevokeByDecisionRequest>;

export const DecisionIdParam = z.uuid({ error: 'mã quyết định (UUID)' });
export const DocumentIdParam = z.uuid({ error: 'mã tài liệu (UUID)' });

/** Query of `GET /award-decisions`: optionally one issuing unit's register. */
export const ListAwardDecisionsQuery = z.strictObject({ issuingUnitId: text(128).optional() });
export type ListAwardDecisionsQuery = z.infer<typeof ListAwardDecisionsQuery>;

/** Query of `GET /award-decisions/ready-nominations`: the unit that would issue the decision. */
export const ReadyNominationsQuery = z.strictObject({ issuingUnitId: text(128) });
export type ReadyNominationsQuery = z.infer<typeof ReadyNominationsQuery>;
