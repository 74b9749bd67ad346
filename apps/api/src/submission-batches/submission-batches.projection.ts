import type { Kysely, Transaction } from 'kysely';
import type { Database } from '@vinhdanh/db';
import type { SubmissionBatchEvent, SubmissionBatchState } from '@vinhdanh/domain';
import type { StoredEvent } from '../core/command-handler';

/** The batch list (migration 1710_submission_batches). */
export interface SubmissionBatchesTable {
  id: string;
  submitting_unit_id: string;
  submitting_unit_name: string;
  campaign_id: string;
  campaign_name: string;
  letter_number: string;
  rows_total: number;
  rows_skipped: number;
  submitted_by_name: string;
  submitted_at: Date | string;
}

/** One accepted nominee of a batch, with its nomination id (joined with `nominations` for progress). */
export interface SubmissionBatchRowsTable {
  batch_id: string;
  row_number: number;
  nomination_id: string;
  nominee_name: string;
  nominee_kind: string;
  award_code: string;
  start_state: 'pending' | 'started' | 'refused';
  refusal: string | null;
}

/** The database with the batch read models. */
export type BatchDatabase = Database & {
  submission_batches: SubmissionBatchesTable;
  submission_batch_rows: SubmissionBatchRowsTable;
};

/** Writes the batch read models for the events the command handler appended (its transaction). */
export async function projectSubmissionBatchEvents(
  trx: Transaction<Database>,
  events: readonly StoredEvent<SubmissionBatchEvent>[],
  _state: SubmissionBatchState | null,
): Promise<void> {
  const db = trx as unknown as Kysely<BatchDatabase>;
  for (const { event, occurredAt } of events) {
    switch (event.type) {
      case 'SubmissionBatchSubmitted': {
        const d = event.data;
        await db
          .insertInto('submission_batches')
          .values({
            id: d.batchId,
            submitting_unit_id: d.submittingUnitId,
            submitting_unit_name: d.submittingUnitName,
            campaign_id: d.campaignId,
            campaign_name: d.campaignName,
            letter_number: d.submissionLetterNumber,
            rows_total: d.rows.length,
            rows_skipped: d.skipped.length,
            submitted_by_name: d.submittedBy.name,
            submitted_at: occurredAt,
          })
          .execute();
        await db
          .insertInto('submission_batch_rows')
          .values(
            d.rows.map((r) => ({
              batch_id: d.batchId,
              row_number: r.row,
              nomination_id: r.nominationId,
              nominee_name: r.nominee.kind === 'person' ? r.nominee.fullName : r.nominee.name,
              nominee_kind: r.nominee.kind,
              award_code: r.awardCode,
              start_state: 'pending' as const,
              refusal: null,
            })),
          )
          .execute();
        break;
      }
      case 'SubmissionBatchNominationsStarted':
        await db
          .updateTable('submission_batch_rows')
          .set({ start_state: 'started', refusal: null })
          .where('batch_id', '=', event.data.batchId)
          .where('nomination_id', 'in', event.data.nominationIds)
          .execute();
        break;
      case 'SubmissionBatchRowsRefused':
        for (const r of event.data.rows) {
          await db
            .updateTable('submission_batch_rows')
            .set({ start_state: 'refused', refusal: r.message })
            .where('batch_id', '=', event.data.batchId)
            .where('nomination_id', '=', r.nominationId)
            .execute();
        }
        break;
      case 'SubmissionBatchDocumentGenerated':
      case 'SubmissionBatchDecided':
      case 'SubmissionBatchDecisionApplied':
        // Documents and decisions live in the stream's state (read by folding); progress is the nominations' statuses.
        break;
    }
  }
}
