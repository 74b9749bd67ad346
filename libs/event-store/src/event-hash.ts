import { createHash } from 'node:crypto';
import { canonicalJson, type JsonObject } from './canonical-json';

/** prev_hash of a stream's first event: 32 zero bytes. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * Exactly what is hashed for one event (besides the previous hash): the RFC 8785 canonical JSON of
 * `{ data, eventId, metadata, occurredAt, schemaVersion, streamId, streamVersion, type }` with
 * `eventId` lower-case, `occurredAt` as `Date.toISOString()` (UTC, milliseconds), data and metadata
 * as stored in JSONB. Recorded-at, positions and transaction ids are not hashed (the store assigns them).
 */
export interface HashedEventContent {
  data: JsonObject;
  eventId: string;
  metadata: JsonObject;
  occurredAt: string;
  schemaVersion: number;
  streamId: string;
  streamVersion: number;
  type: string;
}

/**
 * The canonical JSON split around the stream version, which only the database knows at append
 * time; `head + version + tail` equals `canonicalJson(content)` because keys sort that way.
 */
export function canonicalEventParts(content: Omit<HashedEventContent, 'streamVersion'>): {
  head: string;
  tail: string;
} {
  const head =
    `{"data":${canonicalJson(content.data)},"eventId":${JSON.stringify(content.eventId)}` +
    `,"metadata":${canonicalJson(content.metadata)},"occurredAt":${JSON.stringify(content.occurredAt)}` +
    `,"schemaVersion":${content.schemaVersion},"streamId":${JSON.stringify(content.streamId)},"streamVersion":`;
  return { head, tail: `,"type":${JSON.stringify(content.type)}}` };
}

/** hash = hex(sha256(prevHash bytes ‖ UTF-8 bytes of the canonical JSON)), as the database computes it. */
export function computeEventHash(prevHashHex: string, content: HashedEventContent): string {
  const { head, tail } = canonicalEventParts(content);
  return createHash('sha256')
    .update(Buffer.from(prevHashHex, 'hex'))
    .update(`${head}${content.streamVersion}${tail}`, 'utf8')
    .digest('hex');
}
