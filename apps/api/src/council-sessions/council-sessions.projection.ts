import type { Kysely, Transaction } from 'kysely';
import type { Database } from '@vinhdanh/db';
import type { CouncilSessionEvent, CouncilSessionState } from '@vinhdanh/domain';
import type { StoredEvent } from '../core/command-handler';

/** The session list (migration 1710_council_sessions). */
export interface CouncilSessionsTable {
  id: string;
  council_unit_id: string;
  council_unit_name: string;
  title: string;
  award_code: string;
  candidates: number;
  status: string;
  convened_at: Date | string;
}
export type CouncilDatabase = Database & { council_sessions: CouncilSessionsTable };

/** Writes the session list for the events the command handler appended (its transaction). */
export async function projectCouncilSessionEvents(
  trx: Transaction<Database>,
  events: readonly StoredEvent<CouncilSessionEvent>[],
  state: CouncilSessionState | null,
): Promise<void> {
  const db = trx as unknown as Kysely<CouncilDatabase>;
  for (const { event, occurredAt } of events) {
    if (event.type === 'CouncilSessionConvened') {
      const d = event.data;
      await db
        .insertInto('council_sessions')
        .values({
          id: d.sessionId,
          council_unit_id: d.councilUnitId,
          council_unit_name: d.councilUnitName,
          title: d.title,
          award_code: d.awardCode,
          candidates: d.candidates.length,
          status: 'convened',
          convened_at: occurredAt,
        })
        .execute();
    }
  }
  if (state && events.length) {
    await db
      .updateTable('council_sessions')
      .set({ status: state.status })
      .where('id', '=', state.convened.sessionId)
      .execute();
  }
}
