import { sql, type Kysely } from 'kysely';
import type { Database } from '@vinhdanh/db';
import type { OpenTask, SubmittedNominationState } from '@vinhdanh/domain';
import { foldRecorded } from './nomination-fold';
import { readStoredStream } from './stored-events';

/** One task that was open at a unit at a past instant. */
export interface InboxTaskAsOf {
  nominationId: string;
  streamId: string;
  task: OpenTask;
  status: SubmittedNominationState['status'];
  awardCode: string;
  campaignId: string;
  nomineeName: string;
  /** Version of the last event applied at that instant. */
  version: number;
}

/** The open tasks of a unit at an instant, and how many candidate nominations were folded. */
export interface InboxAsOf {
  unitId: string;
  at: string;
  tasks: InboxTaskAsOf[];
  nominationsFolded: number;
  /** True when more candidates exist than `maxNominations`: the list is partial. */
  truncated: boolean;
}

/**
 * Rebuilds a unit's inbox at `at` from the events. Candidates are the nomination streams with an
 * event that opened a task at the unit (a review, a revision after a return, or a task a
 * reorganisation moved there) recorded by then,
 * found through `events_task_unit_idx`; each is folded with the domain's `evolve` up to `at` and
 * kept when its open task is at the unit. Read models are not used: they only know the present.
 */
export async function unitInboxAsOf(
  db: Kysely<Database>,
  unitId: string,
  at: Date,
  maxNominations = 2000,
): Promise<InboxAsOf> {
  const { rows } = await sql<{ stream_id: string }>`select distinct stream_id from events
    where type in ('NominationReviewOpened', 'NominationReturned', 'NominationDossierIncomplete', 'NominationAutoReturned',
                   'NominationRerouted')
      and coalesce(data -> 'to' ->> 'unitId', data ->> 'unitId') = ${unitId}
      and recorded_at <= ${at}
    order by stream_id limit ${maxNominations + 1}`.execute(db);
  const candidates = rows.slice(0, maxNominations);
  const tasks: InboxTaskAsOf[] = [];
  for (const { stream_id } of candidates) {
    const folded = foldRecorded(await readStoredStream(db, stream_id, at));
    const state = folded.state;
    if (state.status === 'DRAFT' || state.openTask?.unitId !== unitId) continue;
    const nominee = state.dossier.nominee;
    tasks.push({
      nominationId: state.nominationId,
      streamId: stream_id,
      task: state.openTask,
      status: state.status,
      awardCode: state.awardCode,
      campaignId: state.campaignId,
      nomineeName: nominee.kind === 'person' ? nominee.fullName : nominee.name,
      version: folded.version,
    });
  }
  tasks.sort((a, b) => a.task.openedAt.localeCompare(b.task.openedAt) || a.nominationId.localeCompare(b.nominationId));
  return {
    unitId,
    at: at.toISOString(),
    tasks,
    nominationsFolded: candidates.length,
    truncated: rows.length > maxNominations,
  };
}
