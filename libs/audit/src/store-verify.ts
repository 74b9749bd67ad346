import { sql, type Kysely } from 'kysely';
import type { Database } from '@vinhdanh/db';
import { checkLink, GENESIS_HASH, type BrokenLink } from '@vinhdanh/event-store';
import { readStreamsRange } from './stored-events';

/** One bounded slice of a whole-store verification, resumable with `nextCursor`. */
export interface StoreVerification {
  ok: boolean;
  /** True when no stream lies after the last one checked. */
  complete: boolean;
  streamsChecked: number;
  eventsChecked: number;
  /** Pass as `after` to continue; null when complete or broken. */
  nextCursor: string | null;
  brokenLink?: BrokenLink;
}

/**
 * Verifies the hash chains of at most `maxStreams` whole streams after `after` (stream ids in
 * store order), so one request stays bounded on a store of millions of streams.
 */
export async function verifyStoreSlice(
  db: Kysely<Database>,
  options: { after?: string; maxStreams: number },
): Promise<StoreVerification> {
  const after = options.after ?? '';
  const { rows } = await sql<{ stream_id: string }>`select stream_id from events
    where stream_id > ${after} group by stream_id order by stream_id limit ${options.maxStreams + 1}`.execute(db);
  const slice = rows.slice(0, options.maxStreams);
  const last = slice.at(-1)?.stream_id;
  if (last === undefined) return { ok: true, complete: true, streamsChecked: 0, eventsChecked: 0, nextCursor: null };
  let prev = { streamId: '', hash: GENESIS_HASH, version: 0 };
  let eventsChecked = 0;
  let streamsChecked = 0;
  for (const event of await readStreamsRange(db, after, last)) {
    if (event.streamId !== prev.streamId) {
      prev = { streamId: event.streamId, hash: GENESIS_HASH, version: 0 };
      streamsChecked += 1;
    }
    const brokenLink = checkLink(event, prev.hash, prev.version + 1);
    if (brokenLink) return { ok: false, complete: false, streamsChecked, eventsChecked, nextCursor: null, brokenLink };
    eventsChecked += 1;
    prev = { streamId: event.streamId, hash: event.hash, version: event.streamVersion };
  }
  const complete = rows.length <= options.maxStreams;
  return { ok: true, complete, streamsChecked, eventsChecked, nextCursor: complete ? null : last };
}
