import { z } from 'zod';
import { IsoDate, IsoDateTime } from '../shared/dates';
import { AwardCode } from '../rules/rule-set.schema';

/** Who acted, with the instant (time comes on the command; the decider has no clock). */
export const AwardDecisionMetadata = z.object({
  decisionId: z.string().min(1),
  actor: z.object({ userId: z.string().min(1), name: z.string().min(1), unitId: z.string().min(1) }),
  now: IsoDateTime,
});

export const DecisionSigner = z.object({
  capacity: z.string().trim().max(120).default(''),
  title: z.string().trim().min(1).max(120),
  name: z.string().trim().min(1).max(120),
});
export type DecisionSigner = z.infer<typeof DecisionSigner>;

/** One line of the annex: who is awarded what, for which nomination. */
export const AnnexEntry = z.object({
  nominationId: z.string().min(1),
  nomineeName: z.string().min(1),
  nomineeKind: z.enum(['person', 'collective']),
  /** The nominee's own unit (for a collective: the unit above it). */
  unitName: z.string(),
  awardCode: AwardCode,
  awardName: z.string().min(1),
  amount: z.number().int().nonnegative(),
});
export type AnnexEntry = z.infer<typeof AnnexEntry>;

const event = <T extends string, S extends z.ZodRawShape>(type: T, data: S) =>
  z.object({ type: z.literal(type), data: z.object(data), metadata: AwardDecisionMetadata });

/** The quyết định is issued with its number (never reused, never skipped) and its annex. */
export const AwardDecisionIssued = event('AwardDecisionIssued', {
  issuingUnitId: z.string().min(1),
  issuingUnitName: z.string().min(1),
  parentBodyName: z.string(),
  place: z.string().min(1),
  year: z.number().int(),
  sequence: z.number().int().positive(),
  symbol: z.string().min(1),
  number: z.string().min(1),
  date: IsoDate,
  signer: DecisionSigner,
  authority: z.string().min(1),
  subject: z.string().min(1),
  legalBases: z.array(z.string().min(1)).min(1),
  proposal: z.string().min(1),
  awardName: z.string().min(1),
  reason: z.string().min(1),
  annex: z.array(AnnexEntry).min(1),
});
export type AwardDecisionIssued = z.infer<typeof AwardDecisionIssued>;

/** The covered nominations the decision has granted (each nomination's own NominationGranted names it). */
export const AwardDecisionGrantsRecorded = event('AwardDecisionGrantsRecorded', {
  nominationIds: z.array(z.string().min(1)).min(1),
});

/** A document generated from the decision's events, with the checksum an auditor compares a print with. */
export const AwardDecisionDocumentGenerated = event('AwardDecisionDocumentGenerated', {
  documentId: z.string().min(1),
  kind: z.string().min(1),
  format: z.enum(['pdf', 'docx']),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().positive(),
  templateSha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
});

/** A chunk of the certificate print run: one certificate (PDF and DOCX) per annex line in it. */
export const AwardDecisionCertificatesPrinted = event('AwardDecisionCertificatesPrinted', {
  chunk: z.number().int().nonnegative(),
  certificates: z
    .array(
      z.object({
        nominationId: z.string().min(1),
        registerNumber: z.string().min(1),
        pdf: z.object({ documentId: z.string().min(1), sha256: z.string(), size: z.number().int() }),
        docx: z.object({ documentId: z.string().min(1), sha256: z.string(), size: z.number().int() }),
      }),
    )
    .min(1),
});

/** The signed and stamped paper, scanned and uploaded, is linked to the decision. */
export const AwardDecisionSignedCopyLinked = event('AwardDecisionSignedCopyLinked', {
  attachmentId: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  fileName: z.string().min(1),
});

/**
 * A quyết định thu hồi (its own number and date) revokes awards this decision granted: the
 * revocation refers to this decision, and each listed nomination is then revoked by its own stream.
 */
export const AwardDecisionRevocationIssued = event('AwardDecisionRevocationIssued', {
  revocationId: z.string().min(1),
  /** Số, ký hiệu of the revoking decision, e.g. "12/QĐ-TLĐ". */
  number: z.string().min(1),
  date: IsoDate,
  reason: z.string().min(1),
  nominationIds: z.array(z.string().min(1)).min(1),
});

/** The listed nominations whose own stream now records the revocation (each once). */
export const AwardDecisionRevocationsApplied = event('AwardDecisionRevocationsApplied', {
  revocationId: z.string().min(1),
  nominationIds: z.array(z.string().min(1)).min(1),
});

export const AwardDecisionEvent = z.discriminatedUnion('type', [
  AwardDecisionIssued,
  AwardDecisionGrantsRecorded,
  AwardDecisionDocumentGenerated,
  AwardDecisionCertificatesPrinted,
  AwardDecisionSignedCopyLinked,
  AwardDecisionRevocationIssued,
  AwardDecisionRevocationsApplied,
]);
export type AwardDecisionEvent = z.infer<typeof AwardDecisionEvent>;
