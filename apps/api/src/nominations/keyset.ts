import { decodeCursor, encodeCursor, type KeysetPosition } from '@vinhdanh/db';

// Keyset cursors have one implementation, in @vinhdanh/db's nominations repository; these names
// stay for the API's own keyset lists (the stuck desk). A bad cursor is a 400 naming `cursor`.
export { containsPattern, exactInstant } from '@vinhdanh/db';

/** A keyset position: the exact sort instant (microseconds) and the id breaking ties. */
export type Keyset = KeysetPosition;
/** Encodes a position as an opaque cursor tagged with its list, so one list's cursor cannot page another. */
export const encodeKeyset: (tag: string, position: Keyset) => string = encodeCursor;
/** Decodes a cursor of `encodeKeyset(tag, …)`, or refuses it as a 400 naming the `cursor` parameter. */
export const decodeKeyset: (tag: string, cursor: string) => Keyset = decodeCursor;
