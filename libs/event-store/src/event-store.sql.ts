import { EventIdConflictError, StreamVersionConflictError } from './event-store.errors';
import { EVENT_COLUMNS } from './event-rows';
import type { ExpectedVersion } from './event.types';

/** A row returned by both append statements. */
export interface AppendRow {
  global_position: string;
  stream_version: number;
  transaction_id: string;
  already_written: boolean;
}

export const APPEND_SQL =
  'select global_position, stream_version, transaction_id::text as transaction_id, already_written from append_events($1, $2, $3::jsonb)';
/**
 * The hot path, one event at an exact version, as a single INSERT: the same head check, xid order
 * check and hash as append_events(). It inserts nothing when any check fails; append_events() then
 * says why (conflict, already written). A concurrent duplicate fails on a unique index and is retried.
 */
export const APPEND_ONE_SQL = `with head as (
    select e.stream_version, e.hash, e.transaction_id from events e where e.stream_id = $1 order by e.stream_version desc limit 1
  ), cur as (
    select coalesce((select stream_version from head), 0) as version,
           coalesce((select hash from head), '\\x${'00'.repeat(32)}'::bytea) as hash,
           (select transaction_id from head) as xid
  )
  insert into events (event_id, stream_id, stream_version, type, schema_version, data, metadata, occurred_at, prev_hash, hash)
  select $3::uuid, $1, cur.version + 1, $4, $5, $6::jsonb, $7::jsonb, $8::timestamptz, cur.hash,
         sha256(cur.hash || convert_to($9 || (cur.version + 1)::text || $10, 'UTF8'))
    from cur where cur.version = $2 and (cur.xid is null or cur.xid <= pg_current_xact_id())
  returning global_position, stream_version, transaction_id::text as transaction_id, false as already_written`;
export const READ_ALL_SQL = `select ${EVENT_COLUMNS} from events
  where (transaction_id, global_position) > ($1::xid8, $2::bigint)
    and transaction_id < pg_snapshot_xmin(pg_current_snapshot())
  order by events.transaction_id, events.global_position limit $3`;
export const UNIQUE_VIOLATION = '23505';
export const MAX_RACE_RETRIES = 5;

/** The SQLSTATE of a pg error, if any. */
export function pgCode(err: unknown): string | undefined {
  return (err as { code?: string }).code;
}

/** Maps append_events() errors to the store's typed errors; others pass through. */
export function translateError(
  err: unknown,
  streamId: string,
  expected: ExpectedVersion,
  events: { eventId: string }[],
): unknown {
  const code = pgCode(err);
  if (code === 'ES412') return new StreamVersionConflictError(streamId, expected, undefined);
  if (code === 'ES409')
    return new StreamVersionConflictError(streamId, expected, Number((err as { detail?: string }).detail));
  if (code === 'ES410')
    return new EventIdConflictError(
      streamId,
      events.map((e) => e.eventId),
    );
  return err;
}
