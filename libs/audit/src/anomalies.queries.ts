import { sql, type Kysely } from 'kysely';
import type { Database } from '@vinhdanh/db';
import {
  ANOMALY_EVENT_TYPES,
  quotaChangeAnomaly,
  streamAnomalies,
  STREAM_ANOMALY_KINDS,
  type Anomaly,
  type AnomalyEvent,
  type AnomalyKind,
} from './anomalies';
import { campaignStreamIds } from './stored-events';
import { blocAlertAnomalies } from './bloc-anomalies';

/** The campaign whose anomalies to list, with its window (dates, Vietnam time). */
export interface AnomalyCampaign {
  id: string;
  opensOn: string;
  closesOn: string;
}

/** One page of anomalies: what a bounded scan of `scannedNominations` nominations found. */
export interface AnomalyPage {
  items: Anomaly[];
  scannedNominations: number;
  /** The last nomination stream scanned; pass it back as `after` (null: the campaign is done). */
  nextAfter: string | null;
}

/** Quota override changes are few per campaign; more than this on one page would be an anomaly in itself. */
const MAX_QUOTA_ROWS = 1000;

interface EventRow {
  stream_id: string;
  stream_version: number;
  global_position: string;
  type: string;
  occurred_at: Date;
  data: Record<string, unknown> | null;
  metadata: Record<string, unknown>;
}
const toEvent = (r: EventRow): AnomalyEvent => ({
  streamId: r.stream_id,
  streamVersion: r.stream_version,
  globalPosition: String(r.global_position),
  type: r.type,
  occurredAt: new Date(r.occurred_at).toISOString(),
  data: r.data,
  metadata: r.metadata,
});

/**
 * Anomalies of a campaign, a bounded page at a time: up to `limit` of its nominations (found from
 * their submission events, in stream order, index-backed) and only the events the kinds read
 * (decisions, task openings, due times, anything recorded on behalf of someone — never dossiers).
 * Campaign-wide quota changes come on the first page (`after` unset), through a partial index.
 */
export async function campaignAnomalies(
  db: Kysely<Database>,
  campaign: AnomalyCampaign,
  kinds: readonly AnomalyKind[],
  after: string | undefined,
  limit: number,
): Promise<AnomalyPage> {
  const items: Anomaly[] = [];
  if (kinds.includes('quota_change_in_round') && after === undefined) items.push(...(await quotaChanges(db, campaign)));
  if (kinds.includes('bloc_alert') && after === undefined) items.push(...(await blocAlertAnomalies(db, campaign)));
  const streamKinds = kinds.filter((k) => STREAM_ANOMALY_KINDS.includes(k));
  if (streamKinds.length === 0) return { items, scannedNominations: 0, nextAfter: null };
  const streamIds = await campaignStreamIds(db, campaign.id, after ?? '', limit);
  const onlyOnBehalf = streamKinds.length === 1 && streamKinds[0] === 'on_behalf';
  const { rows } = streamIds.length
    ? await sql<EventRow>`
        select stream_id, stream_version, global_position, type, occurred_at, data, metadata from events
        where stream_id = any(${streamIds}::text[])
          and (metadata ? 'onBehalfOf' ${onlyOnBehalf ? sql`` : sql`or type = any(${[...ANOMALY_EVENT_TYPES]}::text[])`})
        order by stream_id, stream_version`.execute(db)
    : { rows: [] as EventRow[] };
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    if (i === rows.length || rows[i]?.stream_id !== rows[start]?.stream_id) {
      items.push(...streamAnomalies(rows.slice(start, i).map(toEvent), streamKinds));
      start = i;
    }
  }
  return {
    items,
    scannedNominations: streamIds.length,
    nextAfter: streamIds.length === limit ? (streamIds[streamIds.length - 1] ?? null) : null,
  };
}

/** Quota override events of the campaign recorded while its window was open (Vietnam dates, inclusive). */
async function quotaChanges(db: Kysely<Database>, c: AnomalyCampaign): Promise<Anomaly[]> {
  const { rows } = await sql<EventRow>`
    select stream_id, stream_version, global_position, type, occurred_at, data, metadata from events
    where type = 'QuotaLimitChanged' and data ->> 'campaignId' = ${c.id}
      and occurred_at >= (${c.opensOn}::date::timestamp at time zone 'Asia/Ho_Chi_Minh')
      and occurred_at < ((${c.closesOn}::date + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh')
    order by global_position
    limit ${MAX_QUOTA_ROWS}`.execute(db);
  return rows.map((r) => quotaChangeAnomaly(toEvent(r), c));
}
