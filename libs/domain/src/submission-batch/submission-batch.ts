import { z } from 'zod';
import { DomainError } from '../shared/domain-error';
import { IsoDateTime } from '../shared/dates';
import { AwardCode, type RuleSet } from '../rules/rule-set.schema';
import { CollectiveNominee, PersonNominee } from '../nomination/nomination.dossier';
import { NOMINATION_STATUS_LABELS, type NominationStatus } from '../nomination/nomination.status';

/**
 * Đề nghị (submission batch): one unit proposes many nominees for one campaign, with one tờ trình
 * and shared minutes; each accepted row becomes its own nomination. A batch with a bad row is
 * refused whole naming every bad row (row number, field, rule), or — only when the user chose
 * `skipInvalidRows` — accepted without the bad rows, which the event lists.
 */
export const BatchRow = z.object({
  awardCode: z.string(),
  /** A person, or a collective that is a unit of the org tree (by id). */
  nominee: z.discriminatedUnion('kind', [
    PersonNominee,
    CollectiveNominee.extend({ unitId: z.string().trim().min(1) }),
  ]),
});
export type BatchRow = z.input<typeof BatchRow>;

export const SubmitBatch = z.object({
  type: z.literal('SubmitBatch'),
  batchId: z.string().min(1),
  actor: z.object({ userId: z.string().min(1), name: z.string().min(1), unitId: z.string().min(1) }),
  now: IsoDateTime,
  submittingUnitId: z.string().min(1),
  campaignId: z.string().min(1),
  submissionLetterNumber: z.string().trim().min(1).max(64),
  minutesAttachmentId: z.string().min(1),
  rows: z.array(z.unknown()).min(1).max(1000),
  skipInvalidRows: z.boolean().default(false),
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
          message: `Dòng ${row}, ${field}: ${issue.message}`,
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
    } else if (!award.nomineeKinds.includes(nominee.kind)) {
      errors.push({
        row,
        field: 'nominee.kind',
        rule: 'nominee-kind',
        message: `Dòng ${row}: ${award.nameVi} không xét cho ${nominee.kind === 'person' ? 'cá nhân' : 'tập thể'}.`,
        message_en: `Row ${row}: ${award.nameEn} is not for a ${nominee.kind}.`,
      });
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

export interface BatchSubmittedData {
  batchId: string;
  submittingUnitId: string;
  campaignId: string;
  submissionLetterNumber: string;
  minutesAttachmentId: string;
  /** Accepted rows with their original row number; each becomes one nomination. */
  accepted: { row: number; awardCode: string; nominee: z.infer<typeof BatchRow>['nominee'] }[];
  /** Rows left out because the user chose to submit without them. */
  skipped: BatchRowError[];
}

/** Decides a batch submission: refused whole with every bad row, or accepted (without bad rows if chosen). */
export function decideSubmitBatch(command: SubmitBatch, context: BatchContext): BatchSubmittedData {
  const cmd = SubmitBatch.parse(command);
  const errors = validateBatchRows(cmd.rows, context);
  if (errors.length && !cmd.skipInvalidRows) throw new BatchError(errors);
  const bad = new Set(errors.map((e) => e.row));
  const accepted = cmd.rows.flatMap((raw, i) => {
    if (bad.has(i + 1)) return [];
    const row = BatchRow.parse(raw);
    return [{ row: i + 1, awardCode: row.awardCode, nominee: row.nominee }];
  });
  if (accepted.length === 0) throw new BatchError(errors);
  return {
    batchId: cmd.batchId,
    submittingUnitId: cmd.submittingUnitId,
    campaignId: cmd.campaignId,
    submissionLetterNumber: cmd.submissionLetterNumber,
    minutesAttachmentId: cmd.minutesAttachmentId,
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
