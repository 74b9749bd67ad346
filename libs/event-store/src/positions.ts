import type { EventPosition } from './event.types';

/** Orders two positions as readAll delivers them: negative when `a` comes first, 0 when equal. */
export function comparePositions(a: EventPosition | null, b: EventPosition | null): number {
  const ax = a ? [BigInt(a.transactionId), BigInt(a.globalPosition)] : [-1n, -1n];
  const bx = b ? [BigInt(b.transactionId), BigInt(b.globalPosition)] : [-1n, -1n];
  for (let i = 0; i < 2; i++) {
    if (ax[i]! !== bx[i]!) return ax[i]! < bx[i]! ? -1 : 1;
  }
  return 0;
}
