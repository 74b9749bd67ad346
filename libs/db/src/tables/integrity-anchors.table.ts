import type { ColumnType, Insertable, Selectable } from 'kysely';

/** A signed digest of every stream head at one moment, at most one per day (`@vinhdanh/audit`). Append-only. */
export interface IntegrityAnchorsTable {
  id: string;
  /** Vietnam calendar day the anchor belongs to (YYYY-MM-DD). */
  anchor_day: ColumnType<string, string, never>;
  created_at: ColumnType<Date, string, never>;
  created_by: string;
  digest_algorithm: string;
  /** Hex SHA-256 over the sorted heads. */
  digest: string;
  stream_count: number;
  /** BIGINT as a decimal string. */
  event_count: ColumnType<string, string | number, never>;
  /** The canonical JSON that was signed. */
  signed_payload: string;
  /** Ed25519 signature of `signed_payload`, base64. */
  signature: string;
  signature_algorithm: string;
  /** SPKI PEM of the signing key. */
  public_key: string;
  key_id: string;
}

/** One stream head recorded by an anchor. Append-only. */
export interface IntegrityAnchorHeadsTable {
  anchor_id: string;
  stream_id: string;
  version: number;
  hash: Buffer;
}

/** An anchor row as read. */
export type IntegrityAnchorRow = Selectable<IntegrityAnchorsTable>;
/** An anchor row to insert. */
export type NewIntegrityAnchorRow = Insertable<IntegrityAnchorsTable>;
/** An anchored head as read. */
export type IntegrityAnchorHeadRow = Selectable<IntegrityAnchorHeadsTable>;
