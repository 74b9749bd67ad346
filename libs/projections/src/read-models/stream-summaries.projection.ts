import { sql } from 'kysely';
import type { RecordedEvent } from '@vinhdanh/event-store';
import type { Projection } from '../projection';

interface Summary {
  streamId: string;
  version: number;
  count: number;
  firstType: string;
  lastType: string;
  firstAt: string;
  lastAt: string;
  lastPosition: string;
}

/** Folds a batch into one row per stream, so the write is one statement whatever the batch size. */
function summarise(events: readonly RecordedEvent[]): Summary[] {
  const byStream = new Map<string, Summary>();
  for (const e of events) {
    const s = byStream.get(e.streamId);
    if (!s) {
      byStream.set(e.streamId, {
        streamId: e.streamId,
        version: e.streamVersion,
        count: 1,
        firstType: e.type,
        lastType: e.type,
        firstAt: e.occurredAt,
        lastAt: e.occurredAt,
        lastPosition: e.globalPosition,
      });
    } else {
      // readAll delivers each stream in version order, so the later event is the newer one.
      Object.assign(s, {
        version: e.streamVersion,
        count: s.count + 1,
        lastType: e.type,
        lastAt: e.occurredAt,
        lastPosition: e.globalPosition,
      });
    }
  }
  return [...byStream.values()];
}

/** One row per stream: version, event count, first and last event; the audit list of streams. */
export const streamSummariesProjection: Projection = {
  name: 'stream_summaries',
  async apply(trx, events) {
    const rows = summarise(events);
    const col = <K extends keyof Summary>(k: K) => rows.map((r) => r[k]);
    await sql`
      insert into stream_summaries as s (stream_id, category, version, event_count, first_event_type, last_event_type,
                                         first_occurred_at, last_occurred_at, last_global_position)
      select id, split_part(id, '-', 1), v, n, ft, lt, fa, la, lp
        from unnest(${col('streamId')}::text[], ${col('version')}::int[], ${col('count')}::int[], ${col('firstType')}::text[],
                    ${col('lastType')}::text[], ${col('firstAt')}::timestamptz[], ${col('lastAt')}::timestamptz[],
                    ${col('lastPosition')}::bigint[]) as u(id, v, n, ft, lt, fa, la, lp)
      on conflict (stream_id) do update set
        version = excluded.version,
        event_count = s.event_count + excluded.event_count,
        last_event_type = excluded.last_event_type,
        last_occurred_at = excluded.last_occurred_at,
        last_global_position = excluded.last_global_position`.execute(trx);
  },
  async reset(trx) {
    await sql`truncate stream_summaries`.execute(trx);
  },
};
