import type { Transaction } from 'kysely';
import type { Database } from '@vinhdanh/db';
import { blocYearRecords, detectBlocAlerts, type BlocEvent, type BlocState } from '@vinhdanh/domain';
import type { StoredEvent } from './command-runner';

/**
 * The `blocs` and `bloc_alerts` read models, written only here in the command's transaction: the
 * folded bloc, and the detectors' alerts over its decided years (recomputed, as any event may change them).
 */
export async function projectBlocEvents(
  trx: Transaction<Database>,
  events: readonly StoredEvent<BlocEvent>[],
  state: BlocState,
): Promise<void> {
  const last = events[events.length - 1];
  if (!state || !last) return;
  const row = {
    name: state.name,
    level: state.level,
    organiser_unit_id: state.organiserUnitId,
    state: JSON.stringify(state),
    version: last.streamVersion,
    updated_at: last.occurredAt,
  };
  await trx
    .insertInto('blocs')
    .values({ id: state.blocId, ...row })
    .onConflict((oc) => oc.column('id').doUpdateSet(row))
    .execute();
  const alerts = detectBlocAlerts(blocYearRecords(state));
  // An alert keeps the stream version at which it was first found, so auditors can point at the event.
  const before = await trx
    .selectFrom('bloc_alerts')
    .select(['kind', 'year', 'unit_ids', 'stream_version', 'found_at'])
    .where('bloc_id', '=', state.blocId)
    .execute();
  const keyOf = (kind: string, year: number, unitIds: readonly string[]) => `${kind}|${year}|${unitIds.join(',')}`;
  const found = new Map(before.map((b) => [keyOf(b.kind, b.year, b.unit_ids), b]));
  await trx.deleteFrom('bloc_alerts').where('bloc_id', '=', state.blocId).execute();
  if (alerts.length === 0) return;
  await trx
    .insertInto('bloc_alerts')
    .values(
      alerts.map((a, seq) => {
        const earlier = found.get(keyOf(a.kind, a.year, a.unitIds));
        return {
          bloc_id: state.blocId,
          seq,
          year: a.year,
          kind: a.kind,
          unit_ids: JSON.stringify(a.unitIds),
          details: JSON.stringify(a.details),
          explanation_vi: a.explanation.vi,
          explanation_en: a.explanation.en,
          stream_version: earlier?.stream_version ?? last.streamVersion,
          found_at: earlier ? new Date(earlier.found_at).toISOString() : last.occurredAt,
        };
      }),
    )
    .execute();
}
