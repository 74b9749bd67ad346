import { sql, type Kysely } from 'kysely';
import type { Database } from '@vinhdanh/db';
import type { RecordedEvent } from '@vinhdanh/event-store';

interface Row {
  global_position: string;
  xid: string;
  event_id: string;
  stream_id: string;
  stream_version: number;
  type: string;
  schema_version: number;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
  occurred_at: Date;
  recorded_at: Date;
  prev_hash: Buffer;
  hash: Buffer;
}

/** A stored row as the event store's `RecordedEvent` (stored bytes, never upcast: audits check what is stored). */
function toRecorded(row: Row): RecordedEvent {
  return {
    eventId: row.event_id,
    streamId: row.stream_id,
    streamVersion: row.stream_version,
    type: row.type,
    schemaVersion: row.schema_version,
    data: row.data,
    metadata: row.metadata as RecordedEvent['metadata'],
    occurredAt: new Date(row.occurred_at).toISOString(),
    recordedAt: new Date(row.recorded_at).toISOString(),
    transactionId: row.xid,
    globalPosition: String(row.global_position),
    prevHash: Buffer.from(row.prev_hash).toString('hex'),
    hash: Buffer.from(row.hash).toString('hex'),
  };
}

const COLUMNS = sql.raw(
  'global_position, transaction_id::text as xid, event_id, stream_id, stream_version, type, schema_version, data, metadata, occurred_at, recorded_at, prev_hash, hash',
);

/** Events of streams in `(afterStreamId, untilStreamId]`, in stream then version order, as stored. */
export async function readStreamsRange(
  db: Kysely<Database>,
  afterStreamId: string,
  untilStreamId: string,
): Promise<RecordedEvent[]> {
  const { rows } = await sql<Row>`select ${COLUMNS} from events
    where stream_id > ${afterStreamId} and stream_id <= ${untilStreamId}
    order by stream_id, stream_version`.execute(db);
  return rows.map(toRecorded);
}

/** One stream as stored, optionally only the events recorded at or before `asOf`. */
export async function readStoredStream(db: Kysely<Database>, streamId: string, asOf?: Date): Promise<RecordedEvent[]> {
  const { rows } = await sql<Row>`select ${COLUMNS} from events
    where stream_id = ${streamId} and (${asOf ?? null}::timestamptz is null or recorded_at <= ${asOf ?? null}::timestamptz)
    order by stream_version`.execute(db);
  return rows.map(toRecorded);
}

/** Nomination streams submitted to a campaign, from the events (not a read model), in stream order, a page at a time. */
export async function campaignStreamIds(
  db: Kysely<Database>,
  campaignId: string,
  after: string,
  limit: number,
): Promise<string[]> {
  const { rows } = await sql<{ stream_id: string }>`select stream_id from events
    where type = 'NominationSubmitted' and data ->> 'campaignId' = ${campaignId} and stream_id > ${after}
    order by stream_id limit ${limit}`.execute(db);
  return rows.map((r) => r.stream_id);
}

/** Every event of the given streams, as stored, in stream then version order. */
export async function readStreams(db: Kysely<Database>, streamIds: readonly string[]): Promise<RecordedEvent[]> {
  if (streamIds.length === 0) return [];
  const { rows } = await sql<Row>`select ${COLUMNS} from events
    where stream_id = any(${[...streamIds]}::text[]) order by stream_id, stream_version`.execute(db);
  return rows.map(toRecorded);
}

/**
 * The events of the given anchored streams up to each one's anchored version, in stream then
 * version order, as stored: what an anchor check recomputes the chains over.
 */
export async function readAnchoredEvents(
  db: Kysely<Database>,
  anchorId: string,
  streamIds: readonly string[],
): Promise<RecordedEvent[]> {
  if (streamIds.length === 0) return [];
  const { rows } = await sql<Row>`select ${sql.raw(
    'e.global_position, e.transaction_id::text as xid, e.event_id, e.stream_id, e.stream_version, e.type, e.schema_version, e.data, e.metadata, e.occurred_at, e.recorded_at, e.prev_hash, e.hash',
  )}
    from integrity_anchor_heads h
    join events e on e.stream_id = (h.stream_id collate "default") and e.stream_version <= h.version
    where h.anchor_id = ${anchorId} and h.stream_id = any(${streamIds as string[]})
    order by e.stream_id, e.stream_version`.execute(db);
  return rows.map(toRecorded);
}
