import { sql } from 'kysely';
import { RequestValidationError } from '../errors/api-error';

/** A keyset position: the exact sort instant (microseconds) and the id breaking ties. */
export interface Keyset {
  at: string;
  id: string;
}

/** The exact stored instant of a timestamptz column as text: a millisecond Date could skip or repeat rows. */
export const exactInstant = (column: string) =>
  sql<string>`to_char(${sql.ref(column)} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** Encodes a position as an opaque cursor tagged with its list, so one list's cursor cannot page another. */
export function encodeKeyset(tag: string, position: Keyset): string {
  return Buffer.from(JSON.stringify([tag, position.at, position.id]), 'utf8').toString('base64url');
}

/** Decodes a cursor of `encodeKeyset(tag, …)`, or refuses it as a 400 naming the `cursor` parameter. */
export function decodeKeyset(tag: string, cursor: string): Keyset {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    decoded = undefined;
  }
  if (
    Array.isArray(decoded) &&
    decoded.length === 3 &&
    decoded[0] === tag &&
    typeof decoded[1] === 'string' &&
    !Number.isNaN(Date.parse(decoded[1])) &&
    typeof decoded[2] === 'string'
  ) {
    return { at: decoded[1], id: decoded[2] };
  }
  throw new RequestValidationError([
    {
      field: 'cursor',
      in: 'query',
      rule: 'format:cursor',
      message: 'cursor không hợp lệ: hãy dùng nextCursor của trang trước.',
      message_en: 'cursor is not one this list issued: pass the previous page’s nextCursor.',
    },
  ]);
}

/** `%text%` for LIKE, with the wildcard characters of the text escaped. */
export function containsPattern(folded: string): string {
  return `%${folded.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
