import { canonicalJson, toJsonValue, type JsonObject, type RecordedEvent } from '@vinhdanh/event-store';
import type { NominationState } from '@vinhdanh/domain';
import type { AuditSigner, SIGNATURE_ALGORITHM } from './signing';

/** Format name and version inside every export payload. */
export const NOMINATION_EXPORT_FORMAT = 'vinhdanh.nomination-export';
/** Bumped when the payload's shape changes. */
export const NOMINATION_EXPORT_FORMAT_VERSION = 1;

/** One event as exported: everything its hash covers, plus when it was recorded and both chain hashes. */
export interface ExportedEvent {
  eventId: string;
  streamId: string;
  streamVersion: number;
  type: string;
  schemaVersion: number;
  data: JsonObject;
  metadata: JsonObject;
  occurredAt: string;
  recordedAt: string;
  prevHash: string;
  hash: string;
}

/** What is signed: the events, the state folded from them and who exported when. */
export interface NominationExportPayload {
  format: typeof NOMINATION_EXPORT_FORMAT;
  formatVersion: number;
  nominationId: string;
  streamId: string;
  exportedAt: string;
  exportedBy: string;
  head: { version: number; hash: string };
  events: ExportedEvent[];
  finalState: NominationState;
}

/**
 * A signed JSON export: `signature` is a detached Ed25519 signature (base64) over the UTF-8 bytes
 * of `canonicalJson(payload)` (RFC 8785); `publicKey` is SPKI PEM and `keyId` its short fingerprint.
 */
export interface SignedEnvelope<P> {
  payload: P;
  signature: string;
  publicKey: string;
  keyId: string;
  algorithm: typeof SIGNATURE_ALGORITHM;
}

/** An event as it goes into an export (stored bytes, before any upcasting). */
export function toExportedEvent(event: RecordedEvent): ExportedEvent {
  return {
    eventId: event.eventId,
    streamId: event.streamId,
    streamVersion: event.streamVersion,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data as JsonObject,
    metadata: event.metadata as JsonObject,
    occurredAt: event.occurredAt,
    recordedAt: event.recordedAt,
    prevHash: event.prevHash,
    hash: event.hash,
  };
}

/** The exact bytes that are signed for a payload: RFC 8785 canonical JSON of its JSON value. */
export function signedBytes(payload: unknown): Buffer {
  return Buffer.from(canonicalJson(toJsonValue(payload)), 'utf8');
}

/** Signs a payload into an envelope (the payload as JSON will carry it: undefined keys dropped). */
export function signEnvelope<P>(payload: P, signer: AuditSigner): SignedEnvelope<P> {
  return {
    payload: toJsonValue(payload) as P,
    signature: signer.sign(signedBytes(payload)),
    publicKey: signer.publicKeyPem,
    keyId: signer.keyId,
    algorithm: signer.algorithm,
  };
}

const CSV_COLUMNS = [
  'stream_id',
  'stream_version',
  'event_id',
  'type',
  'schema_version',
  'occurred_at',
  'recorded_at',
  'actor',
  'actor_name',
  'on_behalf_of',
  'reason',
  'rule_set_version',
  'workflow_id',
  'prev_hash',
  'hash',
  'data_json',
  'metadata_json',
] as const;

/** The CSV header line's columns, in order. */
export const EXPORT_CSV_COLUMNS: readonly string[] = CSV_COLUMNS;

/** Byte-order mark: without it Excel reads UTF-8 CSV as the local code page and garbles Vietnamese. */
export const UTF8_BOM = '\uFEFF';

function csvCell(value: unknown): string {
  const text = value === undefined || value === null ? '' : typeof value === 'string' ? value : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * RFC 4180 CSV (CRLF, UTF-8 with a byte-order mark, so Excel shows Vietnamese), one row per event. `data_json` and `metadata_json` hold the
 * canonical JSON, so a verifier recomputes every hash from the file alone.
 */
export function eventsToCsv(events: readonly ExportedEvent[]): string {
  const meta = (e: ExportedEvent, key: string) => e.metadata[key];
  const rows = events.map((e) =>
    [
      e.streamId,
      e.streamVersion,
      e.eventId,
      e.type,
      e.schemaVersion,
      e.occurredAt,
      e.recordedAt,
      meta(e, 'actor'),
      meta(e, 'actorName'),
      meta(e, 'onBehalfOf'),
      meta(e, 'reason'),
      meta(e, 'ruleSetVersion'),
      meta(e, 'workflowId'),
      e.prevHash,
      e.hash,
      canonicalJson(e.data),
      canonicalJson(e.metadata),
    ]
      .map(csvCell)
      .join(','),
  );
  return UTF8_BOM + [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

/** Parses RFC 4180 CSV text into rows of cells. */
export function parseCsv(input: string): string[][] {
  const text = input.startsWith(UTF8_BOM) ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (quoted) {
      if (c === '"' && text.charAt(i + 1) === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endCell();
    else if (c === '\n') {
      endCell();
      rows.push(row);
      row = [];
    } else if (c !== '\r' || text.charAt(i + 1) !== '\n') cell += c;
  }
  if (cell !== '' || row.length) {
    endCell();
    rows.push(row);
  }
  return rows;
}

/** Rebuilds exported events from the CSV (the columns the hash covers). */
export function eventsFromCsv(text: string): ExportedEvent[] {
  const [header, ...rows] = parseCsv(text);
  if (header?.join(',') !== CSV_COLUMNS.join(',')) throw new Error('not a vinhdanh export CSV: unexpected header');
  return rows.map((cells) => {
    const get = (name: (typeof CSV_COLUMNS)[number]) => cells[CSV_COLUMNS.indexOf(name)] ?? '';
    return {
      eventId: get('event_id'),
      streamId: get('stream_id'),
      streamVersion: Number(get('stream_version')),
      type: get('type'),
      schemaVersion: Number(get('schema_version')),
      data: JSON.parse(get('data_json')) as JsonObject,
      metadata: JSON.parse(get('metadata_json')) as JsonObject,
      occurredAt: get('occurred_at'),
      recordedAt: get('recorded_at'),
      prevHash: get('prev_hash'),
      hash: get('hash'),
    };
  });
}
