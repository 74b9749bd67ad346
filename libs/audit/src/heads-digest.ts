import { createHash, type Hash } from 'node:crypto';

/** The head of one event stream: its last version and that event's chain hash (hex). */
export interface StreamHead {
  streamId: string;
  version: number;
  hash: string;
}

/** Name of the digest scheme, stored with each anchor so a later scheme can coexist. */
export const HEADS_DIGEST_ALGORITHM = 'sha256-sorted-heads-v1';

/** Thrown when heads are fed out of order or twice: the digest would not be reproducible. */
export class HeadsOrderError extends Error {
  readonly code = 'AUDIT.HEADS_ORDER';
  constructor(previous: string, next: string) {
    super(`stream heads must be in strictly ascending byte order: "${next}" after "${previous}"`);
    this.name = 'HeadsOrderError';
  }
}

/** Byte-wise (UTF-8) comparison, the order PostgreSQL's "C" collation gives. */
export function compareStreamIds(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/**
 * Incremental digest over stream heads in ascending byte order of stream id:
 * sha256 of the concatenated lines `streamId \t version \t hash \n`. A sorted list rather than a
 * Merkle tree: anchors are checked whole, and anyone can recompute it with `sort -c` and `sha256sum`.
 */
export class HeadsDigester {
  private readonly hash: Hash = createHash('sha256');
  private last: string | null = null;
  private count = 0;
  private events = 0;

  /** Adds the next head; throws `HeadsOrderError` when not strictly after the previous one. */
  add(head: StreamHead): void {
    if (this.last !== null && compareStreamIds(this.last, head.streamId) >= 0) {
      throw new HeadsOrderError(this.last, head.streamId);
    }
    this.hash.update(`${head.streamId}\t${head.version}\t${head.hash}\n`, 'utf8');
    this.last = head.streamId;
    this.count += 1;
    this.events += head.version;
  }

  /** The hex digest and how many streams and events it covers. */
  finish(): { digest: string; streamCount: number; eventCount: number } {
    return { digest: this.hash.digest('hex'), streamCount: this.count, eventCount: this.events };
  }
}

/** The digest of a whole list of heads (sorted here). */
export function headsDigest(heads: readonly StreamHead[]): { digest: string; streamCount: number; eventCount: number } {
  const digester = new HeadsDigester();
  for (const head of [...heads].sort((a, b) => compareStreamIds(a.streamId, b.streamId))) digester.add(head);
  return digester.finish();
}
