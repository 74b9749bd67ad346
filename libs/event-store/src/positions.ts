import type { EventPosition } from './event.types';

function key(p: EventPosition | null): [bigint, bigint] {
  return p ? [BigInt(p.transactionId), BigInt(p.globalPosition)] : [-1n, -1n];
}

/** Orders two positions as readAll delivers them: negative when `a` comes first, 0 when equal; null is before everything. */
export function comparePositions(a: EventPosition | null, b: EventPosition | null): number {
  const [at, ap] = key(a);
  const [bt, bp] = key(b);
  if (at !== bt) return at < bt ? -1 : 1;
  if (ap !== bp) return ap < bp ? -1 : 1;
  return 0;
}
