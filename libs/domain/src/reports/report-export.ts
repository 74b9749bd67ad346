import { z } from 'zod';
import { IsoDateTime } from '../shared/dates';

/** What was exported: a report or a list. */
export const ExportedReport = z.enum([
  'annual_summary',
  'round_progress',
  'shares',
  'unit_award_history',
  'nominations',
  'inbox',
  'stuck',
  'audit_timeline',
  /** Lists of the round and of administration. */
  'submission_batches',
  'council_sessions',
  'users',
  'units',
  /** An auditor's signed export of one nomination (events, hashes, folded state). */
  'audit_signed_nomination',
  /** An auditor's signed export of a campaign's nominations. */
  'audit_signed_campaign',
]);
/** What was exported. */
export type ExportedReport = z.infer<typeof ExportedReport>;

/**
 * Record that a user downloaded a report or list, so a leaked spreadsheet can be traced: who, what,
 * with which filters, how many rows, and whether it held personal data. `exportId` makes a retry
 * of the same download one record.
 */
export const RecordReportExport = z.object({
  type: z.literal('RecordReportExport'),
  exportId: z.uuid(),
  userId: z.string().min(1),
  userName: z.string().min(1),
  report: ExportedReport,
  format: z.enum(['xlsx', 'csv', 'json', 'jsonl']),
  filters: z.record(z.string(), z.string()),
  rows: z.number().int().min(0),
  personalData: z.boolean(),
  now: IsoDateTime,
});
/** Record a download. */
export type RecordReportExport = z.infer<typeof RecordReportExport>;

/** A download that happened. */
export const ReportExported = z.object({
  type: z.literal('ReportExported'),
  data: RecordReportExport.omit({ type: true, now: true }).extend({ exportedAt: IsoDateTime }),
});
/** A download that happened. */
export type ReportExported = z.infer<typeof ReportExported>;

/** A user's export history as the decider needs it: how many, and the latest ids (retries come soon after). */
export interface ReportExportState {
  readonly count: number;
  readonly recentIds: readonly string[];
}

const RECENT = 50;

/** Before the user's first export. */
export const initialReportExportState: ReportExportState = { count: 0, recentIds: [] };

/** Pure decision: a new export is recorded; a repeated one (same id) records nothing. */
export function decideReportExport(command: RecordReportExport, state: ReportExportState): ReportExported[] {
  const c = RecordReportExport.parse(command);
  if (state.recentIds.includes(c.exportId)) return [];
  const { type: _type, now, ...data } = c;
  return [{ type: 'ReportExported', data: { ...data, exportedAt: now } }];
}

/** Folds one export into the state. */
export function evolveReportExport(state: ReportExportState, event: ReportExported): ReportExportState {
  return { count: state.count + 1, recentIds: [...state.recentIds, event.data.exportId].slice(-RECENT) };
}
