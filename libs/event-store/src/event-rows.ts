import { z } from 'zod';
import { toJsonValue, type JsonObject, type JsonValue } from './canonical-json';
import { canonicalEventParts } from './event-hash';
import { InvalidEventError, UnencodableEventError } from './event-store.errors';
import type { EventMetadata, NewEvent, RecordedEvent } from './event.types';

/**
 * Columns every event read selects, in `EventRow` shape. The xid8 is read as text under another
 * name: aliasing it `transaction_id` would make `ORDER BY transaction_id` sort the text (SQL
 * resolves ORDER BY names against output columns first), so '999' would follow '1000'.
 */
export const EVENT_COLUMNS =
  'global_position, transaction_id::text as xid, event_id, stream_id, stream_version, type, schema_version, data, metadata, occurred_at, recorded_at, prev_hash, hash';

/** An `events` row as `pg` returns it (BIGINT and xid8 as strings, bytea as Buffer). */
export interface EventRow {
  global_position: string;
  xid: string;
  event_id: string;
  stream_id: string;
  stream_version: number;
  type: string;
  schema_version: number;
  data: Record<string, unknown>;
  metadata: EventMetadata;
  occurred_at: Date | string;
  recorded_at: Date | string;
  prev_hash: Buffer;
  hash: Buffer;
}

/** Maps a stored row to the JSON-safe event shape (before upcasting). */
export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    eventId: row.event_id,
    streamId: row.stream_id,
    streamVersion: row.stream_version,
    type: row.type,
    schemaVersion: row.schema_version,
    data: row.data,
    metadata: row.metadata,
    occurredAt: toIso(row.occurred_at),
    recordedAt: toIso(row.recorded_at),
    transactionId: row.xid,
    globalPosition: row.global_position,
    prevHash: row.prev_hash.toString('hex'),
    hash: row.hash.toString('hex'),
  };
}

const envelope = z.object({
  eventId: z.guid(),
  type: z.string().min(1).max(200),
  schemaVersion: z.number().int().positive().optional(),
  data: z.record(z.string(), z.unknown()),
  metadata: z.record(z.string(), z.unknown()).optional(),
  occurredAt: z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'must be an ISO 8601 date-time'),
});

/** One event as `append_events()` takes it: normalised exactly as stored and hashed. */
export interface PreparedEvent {
  eventId: string;
  type: string;
  schemaVersion: number;
  data: JsonObject;
  metadata: JsonObject;
  occurredAt: string;
  canonHead: string;
  canonTail: string;
}

// NUL: PostgreSQL text and jsonb cannot hold it; a lone surrogate has no UTF-8 encoding (jsonb
// refuses the \uD800 escape JSON.stringify writes for it). In `u` mode a pair is one code point.
// eslint-disable-next-line no-control-regex -- NUL is exactly what this must find
const UNENCODABLE = /[\u0000\p{Cs}]/u;

/** Throws `UnencodableEventError` for the first string or key of `value` the store cannot encode. */
function assertEncodable(value: JsonValue, path: string): void {
  // Without recursion: event data comes from callers and may nest deeply.
  const stack: Array<[JsonValue, string]> = [[value, path]];
  const fail = (text: string, at: string): never => {
    const char = UNENCODABLE.exec(text)?.[0] ?? '';
    const cp = `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
    throw new UnencodableEventError(at, cp);
  };
  while (stack.length > 0) {
    const [v, at] = stack.pop() as [JsonValue, string];
    if (typeof v === 'string') {
      if (UNENCODABLE.test(v)) fail(v, at);
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => stack.push([item, `${at}[${i}]`]));
    } else if (v !== null && typeof v === 'object') {
      for (const [k, item] of Object.entries(v)) {
        if (UNENCODABLE.test(k)) fail(k, `${at}.${k}`);
        stack.push([item, `${at}.${k}`]);
      }
    }
  }
}

/** Validates the envelopes and normalises them (lower-case id, UTC millisecond time, JSONB-exact values). */
export function prepareEvents(streamId: string, events: readonly NewEvent[]): PreparedEvent[] {
  if (!streamId) throw new InvalidEventError(['streamId is empty']);
  if (events.length === 0) throw new InvalidEventError(['no events to append']);
  const seen = new Set<string>();
  return events.map((event, i) => {
    const parsed = envelope.safeParse(event);
    if (!parsed.success) {
      throw new InvalidEventError(parsed.error.issues.map((x) => `events[${i}].${x.path.join('.')}: ${x.message}`));
    }
    const eventId = event.eventId.toLowerCase();
    if (seen.has(eventId)) throw new InvalidEventError([`events[${i}].eventId repeats ${eventId}`]);
    seen.add(eventId);
    const content = {
      eventId,
      type: event.type,
      schemaVersion: event.schemaVersion ?? 1,
      data: toJsonValue(event.data, `events[${i}].data`) as JsonObject,
      metadata: toJsonValue(event.metadata ?? {}, `events[${i}].metadata`) as JsonObject,
      occurredAt: new Date(event.occurredAt).toISOString(),
      streamId,
    };
    assertEncodable(content.data, `events[${i}].data`);
    assertEncodable(content.metadata, `events[${i}].metadata`);
    assertEncodable(content.type, `events[${i}].type`);
    const { head, tail } = canonicalEventParts(content);
    const { streamId: _hashedOnly, ...row } = content;
    return { ...row, canonHead: head, canonTail: tail };
  });
}

/** Encodes the expected version as `append_events()`'s integer: -1 any, -2 no stream. */
export function expectedVersionCode(expected: unknown): number {
  if (expected === 'any') return -1;
  if (expected === 'no_stream') return -2;
  if (typeof expected === 'number' && Number.isInteger(expected) && expected >= 0) return expected;
  throw new InvalidEventError([`expected version ${String(expected)} is not a version, 'any' or 'no_stream'`]);
}

/** ISO 8601 from a timestamptz whether pg parsed it to a Date (default) or a process set a string parser. */
function toIso(value: Date | string): string {
  return value instanceof Date ? value.toISOString() : new Date(value).toISOString();
}
