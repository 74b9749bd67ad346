import type { Pool } from 'pg';
import type { JsonObject } from './canonical-json';
import { computeEventHash, GENESIS_HASH } from './event-hash';
import { EVENT_COLUMNS, toRecordedEvent, type EventRow } from './event-rows';
import type { RecordedEvent } from './event.types';

/** The first place where a stream's chain does not hold. */
export interface BrokenLink {
  streamId: string;
  streamVersion: number;
  eventId: string;
  globalPosition: string;
  /** `hash`: content changed; `prev_hash`: link to the previous event changed; `version_gap`: an event is missing or renumbered. */
  problem: 'hash' | 'prev_hash' | 'version_gap';
  /** What the chain says the value should be (hash, prev hash, or version). */
  expected: string;
  /** What is stored. */
  stored: string;
}

/** Outcome of a verification: `brokenLink` is absent when every checked event holds. */
export interface VerifyResult {
  ok: boolean;
  eventsChecked: number;
  brokenLink?: BrokenLink;
}

/** Options for a whole-store verification. */
export interface VerifyAllOptions {
  /** Called after each page with the running count. */
  onProgress?: (eventsChecked: number) => void;
  pageSize?: number;
}

/** Checks one event against its predecessor's hash; undefined when it holds. */
export function checkLink(event: RecordedEvent, prevHash: string, expectedVersion: number): BrokenLink | undefined {
  const at = {
    streamId: event.streamId,
    streamVersion: event.streamVersion,
    eventId: event.eventId,
    globalPosition: event.globalPosition,
  };
  if (event.streamVersion !== expectedVersion) {
    return { ...at, problem: 'version_gap', expected: String(expectedVersion), stored: String(event.streamVersion) };
  }
  if (event.prevHash !== prevHash) return { ...at, problem: 'prev_hash', expected: prevHash, stored: event.prevHash };
  const hash = computeEventHash(prevHash, {
    data: event.data as JsonObject,
    eventId: event.eventId,
    metadata: event.metadata as JsonObject,
    occurredAt: event.occurredAt,
    schemaVersion: event.schemaVersion,
    streamId: event.streamId,
    streamVersion: event.streamVersion,
    type: event.type,
  });
  return hash === event.hash ? undefined : { ...at, problem: 'hash', expected: hash, stored: event.hash };
}

/** Walks (stream, version) keyset pages, recomputing each chain from its genesis. */
async function walk(pool: Pool, streamId: string | null, options: VerifyAllOptions): Promise<VerifyResult> {
  const pageSize = options.pageSize ?? 2000;
  let after: [string, number] = ['', 0];
  let prev = { streamId: '', hash: GENESIS_HASH, version: 0 };
  let eventsChecked = 0;
  for (;;) {
    const { rows } = await pool.query<EventRow>(
      `select ${EVENT_COLUMNS} from events
        where ($1::text is null or stream_id = $1) and (stream_id, stream_version) > ($2, $3)
        order by stream_id, stream_version limit $4`,
      [streamId, after[0], after[1], pageSize],
    );
    for (const row of rows) {
      const event = toRecordedEvent(row);
      if (event.streamId !== prev.streamId) prev = { streamId: event.streamId, hash: GENESIS_HASH, version: 0 };
      const broken = checkLink(event, prev.hash, prev.version + 1);
      if (broken) return { ok: false, eventsChecked, brokenLink: broken };
      eventsChecked += 1;
      prev = { streamId: event.streamId, hash: event.hash, version: event.streamVersion };
    }
    options.onProgress?.(eventsChecked);
    if (rows.length < pageSize) return { ok: true, eventsChecked };
    after = [prev.streamId, prev.version];
  }
}

/** Verifies one stream's chain. */
export function verifyStream(pool: Pool, streamId: string): Promise<VerifyResult> {
  return walk(pool, streamId, {});
}

/** Verifies every stream's chain in (stream, version) order. */
export function verifyAll(pool: Pool, options: VerifyAllOptions = {}): Promise<VerifyResult> {
  return walk(pool, null, options);
}
