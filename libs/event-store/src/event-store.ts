import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { Client, type Pool } from 'pg';
import { StreamVersionConflictError } from './event-store.errors';
import {
  APPEND_ONE_SQL,
  APPEND_SQL,
  MAX_RACE_RETRIES,
  pgCode,
  READ_ALL_SQL,
  translateError,
  UNIQUE_VIOLATION,
  type AppendRow,
} from './event-store.sql';
import { EVENT_COLUMNS, expectedVersionCode, prepareEvents, toRecordedEvent, type EventRow } from './event-rows';
import type {
  AppendResult,
  EventPosition,
  ExpectedVersion,
  NewEvent,
  ReadStreamOptions,
  RecordedEvent,
} from './event.types';
import { leanReader, type LeanEvent, type LeanReadSpec } from './read-lean';
import type { UpcasterRegistry } from './upcasters';
import { verifyAll, verifyStream, type VerifyAllOptions, type VerifyResult } from './verify';

/** The LISTEN/NOTIFY channel woken (after commit, coalesced) when events are appended. */
export const EVENTS_CHANNEL = 'vinhdanh_events';

/** Options for an `EventStore`. */
export interface EventStoreOptions {
  /** Applied to every event read through the store (not to `verify*`, which checks stored bytes). */
  upcasters?: UpcasterRegistry;
  /** Send a coalesced NOTIFY after appends (default true). */
  notify?: boolean;
  /** Minimum time between two NOTIFYs from this process (default 20 ms). */
  notifyIntervalMs?: number;
}

/** Something that can run a query inside a caller's transaction (a Kysely `Transaction`). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any Database shape; the store only runs raw SQL
export type TransactionLike = Kysely<any>;

/**
 * The append-only event store on PostgreSQL. Appends are one statement (`append_events()`):
 * head check, hash chain and insert in one round trip; readers use `readAll` order.
 */
export class EventStore {
  private readonly listeners = new Set<(result: AppendResult) => void>();
  private notifyTimer: NodeJS.Timeout | null = null;
  private notifying: Promise<void> | null = null;
  private lastNotifyAt = 0;
  private closed = false;

  constructor(
    private readonly pool: Pool,
    private readonly options: EventStoreOptions = {},
  ) {}

  /** Appends events to a stream if it is at `expected`; a retry with the same event ids returns the stored result. */
  async append(streamId: string, expected: ExpectedVersion, events: readonly NewEvent[]): Promise<AppendResult> {
    const prepared = prepareEvents(streamId, events);
    const params = [streamId, expectedVersionCode(expected), JSON.stringify(prepared)];
    let one = prepared.length === 1 && expected !== 'any' ? (prepared[0] ?? null) : null;
    for (let attempt = 0; ; attempt++) {
      try {
        if (one) {
          const values = [
            streamId,
            expected === 'no_stream' ? 0 : params[1],
            one.eventId,
            one.type,
            one.schemaVersion,
            JSON.stringify(one.data),
            JSON.stringify(one.metadata),
            one.occurredAt,
            one.canonHead,
            one.canonTail,
          ];
          const fast = await this.pool.query<AppendRow>({ name: 'vinhdanh_append_one', text: APPEND_ONE_SQL, values });
          if (fast.rows.length === 1) return this.appended(streamId, fast.rows);
        }
        const { rows } = await this.pool.query<AppendRow>({
          name: 'vinhdanh_append_events',
          text: APPEND_SQL,
          values: params,
        });
        return this.appended(streamId, rows);
      } catch (err) {
        // A concurrent append won the same version or ids; running again reports what it wrote.
        // After a unique violation append_events() runs instead: it checks stored ids first.
        if (pgCode(err) === UNIQUE_VIOLATION && attempt < MAX_RACE_RETRIES) {
          one = null;
          continue;
        }
        throw translateError(err, streamId, expected, prepared);
      }
    }
  }

  /**
   * Appends inside the caller's transaction (e.g. with a quota reservation). Call `notifyAppended()`
   * after the commit (with this result) to wake readers. A concurrent append aborts the transaction with StreamVersionConflictError.
   */
  async appendInTransaction(
    trx: TransactionLike,
    streamId: string,
    expected: ExpectedVersion,
    events: readonly NewEvent[],
  ): Promise<AppendResult> {
    const prepared = prepareEvents(streamId, events);
    const json = JSON.stringify(prepared);
    try {
      const { rows } =
        await sql<AppendRow>`select global_position, stream_version, transaction_id::text as transaction_id,
        already_written from append_events(${streamId}, ${expectedVersionCode(expected)}, ${json}::jsonb)`.execute(trx);
      return this.appended(streamId, rows, false);
    } catch (err) {
      if (pgCode(err) === UNIQUE_VIOLATION) throw new StreamVersionConflictError(streamId, expected, undefined);
      throw translateError(err, streamId, expected, prepared);
    }
  }

  /** Events of one stream in version order, optionally a version range or as recorded at an instant. */
  async readStream(
    streamId: string,
    options: ReadStreamOptions = {},
    db: TransactionLike | Pool = this.pool,
  ): Promise<RecordedEvent[]> {
    const asOf = options.asOf === undefined ? null : new Date(options.asOf).toISOString();
    const [from, until] = [options.fromVersion ?? 1, options.untilVersion ?? 2147483647];
    // Inside a caller's transaction (a command handler) the stream is read in the snapshot it decides and writes in.
    const rows = !('executeQuery' in db)
      ? (
          await (db as Pool).query<EventRow>(
            `select ${EVENT_COLUMNS} from events where stream_id = $1 and stream_version >= $2 and stream_version <= $3
        and ($4::timestamptz is null or recorded_at <= $4::timestamptz) order by stream_version`,
            [streamId, from, until, asOf],
          )
        ).rows
      : (
          await sql<EventRow>`select ${sql.raw(EVENT_COLUMNS)} from events where stream_id = ${streamId}
            and stream_version >= ${from} and stream_version <= ${until}
            and (${asOf}::timestamptz is null or recorded_at <= ${asOf}::timestamptz) order by stream_version`.execute(
            db as TransactionLike,
          )
        ).rows;
    return rows.map((row) => this.upcast(toRecordedEvent(row)));
  }

  /** The current version of a stream (0 when it has no events). */
  async streamVersion(streamId: string): Promise<number> {
    const { rows } = await this.pool.query<{ v: number | null }>(
      'select max(stream_version) as v from events where stream_id = $1',
      [streamId],
    );
    return rows[0]?.v ?? 0;
  }

  /**
   * Up to `limit` events after `after` in (transaction id, position) order, only from transactions
   * older than every one still running, so an event committed later can never sort before one returned.
   */
  async readAll(
    after: EventPosition | null,
    limit = 1000,
    db: TransactionLike | Pool = this.pool,
  ): Promise<RecordedEvent[]> {
    const params = [after?.transactionId ?? '0', after?.globalPosition ?? '0', limit];
    const rows = !('executeQuery' in db)
      ? (await (db as Pool).query<EventRow>({ name: 'vinhdanh_read_all', text: READ_ALL_SQL, values: params })).rows
      : (
          await sql<EventRow>`select ${sql.raw(EVENT_COLUMNS)} from events
            where (transaction_id, global_position) > (${params[0]}::xid8, ${params[1]}::bigint)
              and transaction_id < pg_snapshot_xmin(pg_current_snapshot())
            order by events.transaction_id, events.global_position limit ${limit}`.execute(db as TransactionLike)
        ).rows;
    return rows.map((row) => this.upcast(toRecordedEvent(row)));
  }

  /**
   * A reader of `readAll`'s order that returns only the spec's event types and the fields a fold
   * needs (`LeanEvent`): for rebuilds of projections that fold a few facts from many events.
   * Refuses (`LeanReadUpcastError`) a type with upcasters.
   */
  leanReader(spec: LeanReadSpec): (after: EventPosition | null, limit: number) => Promise<LeanEvent[]> {
    return leanReader(this.pool, spec, this.options.upcasters);
  }

  /** How many events lie after `after` (all of them for null): a projection's lag. */
  async countAfter(after: EventPosition | null): Promise<number> {
    const { rows } = await this.pool.query<{ n: string }>(
      'select count(*) as n from events where (transaction_id, global_position) > ($1::xid8, $2::bigint)',
      [after?.transactionId ?? '0', after?.globalPosition ?? '0'],
    );
    return Number(rows[0]?.n ?? 0);
  }

  /** Recomputes one stream's hash chain; reports the first broken link. */
  verifyStream(streamId: string): Promise<VerifyResult> {
    return verifyStream(this.pool, streamId);
  }

  /** Recomputes every stream's hash chain; reports the first broken link. */
  verifyAll(options: VerifyAllOptions = {}): Promise<VerifyResult> {
    return verifyAll(this.pool, options);
  }

  /** Calls `listener` in this process after each committed append that wrote events; returns an unsubscribe. */
  onAppended(listener: (result: AppendResult) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Wakes readers in other processes. NOTIFY inside the append would take PostgreSQL's global
   * notify lock at commit and serialise every writer, so it is sent after the commit, at most once
   * per `notifyIntervalMs` (bursts coalesce into one trailing NOTIFY), without waiting for the WAL flush.
   */
  notifyAppended(result?: AppendResult): void {
    if (result) for (const listener of this.listeners) listener(result);
    if (this.options.notify === false || this.closed || this.notifyTimer) return;
    const wait = Math.max(0, this.lastNotifyAt + (this.options.notifyIntervalMs ?? 20) - Date.now());
    this.notifyTimer = setTimeout(() => {
      this.lastNotifyAt = Date.now();
      this.notifying = this.pool
        // A lost wake-up costs one poll interval, so this commit need not wait for the WAL flush.
        .query("select set_config('synchronous_commit', 'off', true), pg_notify($1, '')", [EVENTS_CHANNEL])
        .then(
          () => undefined,
          (err: Error) => {
            process.stderr.write(`[event-store] notify failed: ${err.message}\n`);
          },
        )
        .finally(() => {
          this.notifyTimer = null;
          this.notifying = null;
        });
    }, wait);
  }

  /** Sends the pending wake-up, if any, and stops notifying; call before ending the pool. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.notifyTimer && !this.notifying) {
      clearTimeout(this.notifyTimer);
      this.notifyTimer = null;
    }
    await this.notifying;
  }

  /** LISTENs on a dedicated connection and calls `onWake` per notification; close it when done. */
  async subscribe(
    onWake: () => void,
    onError: (err: Error) => void = () => undefined,
  ): Promise<{ close(): Promise<void> }> {
    const client = new Client(this.pool.options);
    client.on('notification', () => onWake());
    client.on('error', onError);
    await client.connect();
    await client.query(`listen ${EVENTS_CHANNEL}`);
    return { close: () => client.end() };
  }

  private appended(streamId: string, rows: AppendRow[], committed = true): AppendResult {
    const positions = rows.map((r) => ({
      transactionId: r.transaction_id,
      globalPosition: r.global_position,
      streamVersion: r.stream_version,
    }));
    const last = positions.at(-1);
    if (!last) throw new Error(`append to ${streamId} returned no rows`);
    const result: AppendResult = {
      streamId,
      alreadyWritten: rows.some((r) => r.already_written),
      nextExpectedVersion: last.streamVersion,
      positions,
      lastPosition: { transactionId: last.transactionId, globalPosition: last.globalPosition },
    };
    if (committed && !result.alreadyWritten) this.notifyAppended(result);
    return result;
  }

  private upcast(event: RecordedEvent): RecordedEvent {
    return this.options.upcasters ? this.options.upcasters.upcast(event) : event;
  }
}
