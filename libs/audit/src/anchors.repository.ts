import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database, IntegrityAnchorRow } from '@vinhdanh/db';
import { canonicalJson, checkLink, GENESIS_HASH, type BrokenLink } from '@vinhdanh/event-store';
import { HEADS_DIGEST_ALGORITHM, HeadsDigester } from './heads-digest';
import { keyIdOf, verifySignature, type AuditSigner } from './signing';
import { readAnchoredEvents } from './stored-events';

/** An anchor as the API shows it. */
export interface IntegrityAnchor {
  id: string;
  day: string;
  createdAt: string;
  createdBy: string;
  digestAlgorithm: string;
  digest: string;
  streamCount: number;
  eventCount: number;
  signedPayload: string;
  signature: string;
  signatureAlgorithm: string;
  publicKey: string;
  keyId: string;
}

/** Thrown when no anchor has the id. */
export class AnchorNotFoundError extends Error {
  readonly code = 'ANCHOR.NOT_FOUND';
  constructor(readonly id: string) {
    super(`integrity anchor ${id} was not found`);
    this.name = 'AnchorNotFoundError';
  }
}

const PAGE = 10_000;

// pg parses `date` as local midnight; read the local calendar fields back.
function dayText(day: string | Date): string {
  if (typeof day === 'string') return day;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

function toAnchor(row: IntegrityAnchorRow): IntegrityAnchor {
  return {
    id: row.id,
    day: dayText(row.anchor_day as string | Date),
    createdAt: new Date(row.created_at).toISOString(),
    createdBy: row.created_by,
    digestAlgorithm: row.digest_algorithm,
    digest: row.digest,
    streamCount: row.stream_count,
    eventCount: Number(row.event_count),
    signedPayload: row.signed_payload,
    signature: row.signature,
    signatureAlgorithm: row.signature_algorithm,
    publicKey: row.public_key,
    keyId: row.key_id,
  };
}

/** Digests an anchor's stored heads in byte order, a page at a time. */
async function digestStoredHeads(db: Kysely<Database>, anchorId: string) {
  const digester = new HeadsDigester();
  let after = '';
  for (;;) {
    const { rows } = await sql<{ stream_id: string; version: number; hash: string }>`
      select stream_id, version, encode(hash, 'hex') as hash from integrity_anchor_heads
      where anchor_id = ${anchorId} and stream_id > ${after} order by stream_id limit ${PAGE}`.execute(db);
    for (const r of rows) digester.add({ streamId: r.stream_id, version: r.version, hash: r.hash });
    if (rows.length < PAGE) return digester.finish();
    after = rows[rows.length - 1]?.stream_id ?? after;
  }
}

/**
 * Records every stream head and signs their digest, once per `day`: a second call that day returns
 * the first anchor (`created: false`). Heads are read in one statement, so they are one snapshot.
 */
export async function createAnchor(
  db: Kysely<Database>,
  signer: AuditSigner,
  input: { day: string; now: Date; createdBy: string },
): Promise<{ anchor: IntegrityAnchor; created: boolean }> {
  return db.transaction().execute(async (trx) => {
    // Serialises creators so a day never gets two anchors (the unique key would abort the loser).
    await sql`select pg_advisory_xact_lock(hashtext('vinhdanh.integrity_anchor'))`.execute(trx);
    const existing = await trx
      .selectFrom('integrity_anchors')
      .selectAll()
      .where('anchor_day', '=', input.day)
      .executeTakeFirst();
    if (existing) return { anchor: toAnchor(existing), created: false };
    const id = randomUUID();
    await sql`insert into integrity_anchor_heads (anchor_id, stream_id, version, hash)
      select ${id}::uuid, stream_id, stream_version, hash
      from (select distinct on (stream_id) stream_id, stream_version, hash from events order by stream_id, stream_version desc) heads`.execute(
      trx,
    );
    const { digest, streamCount, eventCount } = await digestStoredHeads(trx, id);
    const createdAt = input.now.toISOString();
    const signedPayload = canonicalJson({
      kind: 'vinhdanh.integrity-anchor',
      id,
      day: input.day,
      createdAt,
      createdBy: input.createdBy,
      digestAlgorithm: HEADS_DIGEST_ALGORITHM,
      digest,
      streamCount,
      eventCount,
    });
    const row = await trx
      .insertInto('integrity_anchors')
      .values({
        id,
        anchor_day: input.day,
        created_at: createdAt,
        created_by: input.createdBy,
        digest_algorithm: HEADS_DIGEST_ALGORITHM,
        digest,
        stream_count: streamCount,
        event_count: eventCount,
        signed_payload: signedPayload,
        signature: signer.sign(signedPayload),
        signature_algorithm: signer.algorithm,
        public_key: signer.publicKeyPem,
        key_id: signer.keyId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { anchor: toAnchor(row), created: true };
  });
}

/** Anchors newest first, `limit` at a time, before the day `beforeDay` when given. */
export async function listAnchors(
  db: Kysely<Database>,
  options: { limit: number; beforeDay?: string },
): Promise<IntegrityAnchor[]> {
  let query = db.selectFrom('integrity_anchors').selectAll().orderBy('anchor_day', 'desc').limit(options.limit);
  if (options.beforeDay) query = query.where('anchor_day', '<', options.beforeDay as never);
  return (await query.execute()).map(toAnchor);
}

/** A stream whose history no longer matches what the anchor signed. */
export interface AnchorProblem {
  streamId: string;
  /**
   * moved_backwards: the stream now ends before the anchored version; hash_differs: the event there
   * changed; chain_broken: an event at or before the anchored version no longer hashes to its
   * stored hash (edited in place), named by `brokenLink`; `currentVersion`/`currentHash` are then
   * that event's version and stored hash.
   */
  problem: 'moved_backwards' | 'hash_differs' | 'chain_broken';
  anchoredVersion: number;
  anchoredHash: string;
  currentVersion: number;
  currentHash: string | null;
  brokenLink?: BrokenLink;
}

// Streams whose chains are recomputed per query: bounded memory on a store of millions of streams.
const CHAIN_PAGE = 500;

/**
 * Recomputes every anchored stream's chain from its genesis up to the anchored version, so an
 * event edited in place (its hash column untouched) is caught by the anchor check alone. Returns
 * the first broken link of each broken stream, in stream order.
 */
async function brokenAnchoredChains(
  db: Kysely<Database>,
  anchorId: string,
): Promise<Array<{ streamId: string; version: number; hash: string; brokenLink: BrokenLink }>> {
  const broken: Array<{ streamId: string; version: number; hash: string; brokenLink: BrokenLink }> = [];
  let after = '';
  for (;;) {
    const { rows: heads } = await sql<{ stream_id: string; version: number; hash: string }>`
      select stream_id, version, encode(hash, 'hex') as hash from integrity_anchor_heads
      where anchor_id = ${anchorId} and stream_id > ${after} order by stream_id limit ${CHAIN_PAGE}`.execute(db);
    if (heads.length === 0) return broken;
    const anchored = new Map(heads.map((h) => [h.stream_id, h]));
    let prev = { streamId: '', hash: GENESIS_HASH, version: 0 };
    let skip = '';
    for (const event of await readAnchoredEvents(db, anchorId, [...anchored.keys()])) {
      if (event.streamId !== prev.streamId) prev = { streamId: event.streamId, hash: GENESIS_HASH, version: 0 };
      if (event.streamId === skip) continue;
      const brokenLink = checkLink(event, prev.hash, prev.version + 1);
      if (brokenLink) {
        const head = anchored.get(event.streamId);
        if (head) broken.push({ streamId: event.streamId, version: head.version, hash: head.hash, brokenLink });
        skip = event.streamId;
        continue;
      }
      prev = { streamId: event.streamId, hash: event.hash, version: event.streamVersion };
    }
    if (heads.length < CHAIN_PAGE) return broken;
    after = heads[heads.length - 1]?.stream_id ?? after;
  }
}

/** Outcome of checking the store against one anchor. */
export interface AnchorCheck {
  anchorId: string;
  day: string;
  ok: boolean;
  /** The signature is valid and made with the trusted key (the API's own). */
  signatureValid: boolean;
  signedByTrustedKey: boolean;
  /** The stored heads still digest to the signed digest and the row matches its payload. */
  headsMatchSignedDigest: boolean;
  streamsChecked: number;
  problemCount: number;
  /** The first `maxProblems` problems, by stream id. */
  problems: AnchorProblem[];
}

/**
 * Checks the store against an anchor: the signature (with the trusted key, not the one stored
 * beside it), the stored heads against the signed digest, and each anchored stream against the
 * events now stored. A rewrite that recomputed the hash chain still changes the hash at the
 * anchored version, or shortens the stream; an event edited in place (hash column untouched) no
 * longer hashes to its stored hash when the chain is recomputed up to the anchored version.
 */
export async function checkAnchor(
  db: Kysely<Database>,
  anchorId: string,
  trustedPublicKeyPems: readonly string[],
  maxProblems = 100,
): Promise<AnchorCheck> {
  const row = await db.selectFrom('integrity_anchors').selectAll().where('id', '=', anchorId).executeTakeFirst();
  if (!row) throw new AnchorNotFoundError(anchorId);
  const anchor = toAnchor(row);
  const signatureValid = verifySignature(anchor.publicKey, anchor.signedPayload, anchor.signature);
  const trustedIds = new Set(trustedPublicKeyPems.map((pem) => keyIdOf(pem)));
  const signedByTrustedKey = signatureValid && trustedIds.has(keyIdOf(anchor.publicKey));
  const signed = JSON.parse(anchor.signedPayload) as { id: string; digest: string; streamCount: number };
  const recomputed = await digestStoredHeads(db, anchorId);
  const headsMatchSignedDigest =
    signed.id === anchor.id &&
    signed.digest === anchor.digest &&
    recomputed.digest === signed.digest &&
    recomputed.streamCount === signed.streamCount;
  const mismatches = sql`from integrity_anchor_heads h
      left join events e on e.stream_id = (h.stream_id collate "default") and e.stream_version = h.version
      where h.anchor_id = ${anchorId} and (e.hash is null or e.hash <> h.hash)`;
  const [{ rows: counted }, { rows }, broken] = await Promise.all([
    sql<{ n: string }>`select count(*) as n ${mismatches}`.execute(db),
    sql<{
      stream_id: string;
      version: number;
      anchored_hash: string;
      current_hash: string | null;
      current_version: number | null;
    }>`
      select h.stream_id, h.version, encode(h.hash, 'hex') as anchored_hash, encode(e.hash, 'hex') as current_hash,
        (select max(x.stream_version) from events x where x.stream_id = (h.stream_id collate "default")) as current_version
      ${mismatches} order by h.stream_id limit ${maxProblems}`.execute(db),
    brokenAnchoredChains(db, anchorId),
  ]);
  const problems: AnchorProblem[] = rows.map((r) => ({
    streamId: r.stream_id,
    problem: r.current_hash === null ? 'moved_backwards' : 'hash_differs',
    anchoredVersion: r.version,
    anchoredHash: r.anchored_hash,
    currentVersion: r.current_version ?? 0,
    currentHash: r.current_hash,
  }));
  for (const b of broken.slice(0, Math.max(0, maxProblems - problems.length))) {
    problems.push({
      streamId: b.streamId,
      problem: 'chain_broken',
      anchoredVersion: b.version,
      anchoredHash: b.hash,
      currentVersion: b.brokenLink.streamVersion,
      currentHash: b.brokenLink.stored,
      brokenLink: b.brokenLink,
    });
  }
  const problemCount = Number(counted[0]?.n ?? 0) + broken.length;
  return {
    anchorId,
    day: anchor.day,
    ok: signedByTrustedKey && headsMatchSignedDigest && problemCount === 0,
    signatureValid,
    signedByTrustedKey,
    headsMatchSignedDigest,
    streamsChecked: recomputed.streamCount,
    problemCount,
    problems,
  };
}
