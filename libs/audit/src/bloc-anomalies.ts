import type { Kysely } from 'kysely';
import type { Database } from '@vinhdanh/db';
import type { Anomaly } from './anomalies';

/** Bloc alerts are few per year; more than this on one page would be an anomaly in itself. */
const MAX_BLOC_ALERTS = 1000;

/**
 * The emulation blocs' rotation and formalism alerts (the `bloc_alerts` projection of the bloc
 * streams) for the years a campaign's window covers: the upper level's flag nominations come from
 * those blocs, so the auditor reviewing the round sees them beside the nominations' anomalies.
 */
export async function blocAlertAnomalies(
  db: Kysely<Database>,
  window: { opensOn: string; closesOn: string },
): Promise<Anomaly[]> {
  const from = Number(window.opensOn.slice(0, 4));
  const to = Number(window.closesOn.slice(0, 4));
  const rows = await db
    .selectFrom('bloc_alerts as a')
    .innerJoin('blocs as b', 'b.id', 'a.bloc_id')
    .select([
      'a.bloc_id',
      'a.year',
      'a.kind',
      'a.unit_ids',
      'a.details',
      'a.explanation_vi',
      'a.explanation_en',
      'a.stream_version',
      'a.found_at',
      'b.name',
      'b.organiser_unit_id',
    ])
    // A rotation found this year concerns the flag this round proposes; the year before closes the last round.
    .where('a.year', '>=', from - 1)
    .where('a.year', '<=', to)
    .orderBy('a.bloc_id')
    .orderBy('a.seq')
    .limit(MAX_BLOC_ALERTS)
    .execute();
  return rows.map((r) => ({
    kind: 'bloc_alert',
    nominationId: null,
    streamId: `bloc-${r.bloc_id}`,
    streamVersion: r.stream_version,
    globalPosition: '',
    type: r.kind,
    occurredAt: new Date(r.found_at).toISOString(),
    actor: { id: null, name: null, unitId: r.organiser_unit_id },
    details: { blocId: r.bloc_id, blocName: r.name, year: r.year, alert: r.kind, unitIds: r.unit_ids, ...r.details },
    explanation: { vi: `${r.name}: ${r.explanation_vi}`, en: `${r.name}: ${r.explanation_en}` },
  }));
}
