import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import type { EventPosition } from './event.types';
import type { UpcasterRegistry } from './upcasters';

/**
 * What a rebuild that folds few facts reads of an event: its place, stream, type and data, and when
 * it happened. No ids, metadata, hashes or recording time (a projection does not check the chain;
 * `verify*` does).
 */
export interface LeanEvent extends EventPosition {
  streamId: string;
  streamVersion: number;
  type: string;
  schemaVersion: number;
  data: Record<string, unknown>;
  /** ISO 8601, as `RecordedEvent.occurredAt`. */
  occurredAt: string;
}

/** Of a data field holding an object, only these keys are read (the rest stays in the database). */
export interface LeanDataNarrowing {
  field: string;
  keep: readonly string[];
}

/** Which events and which parts of their data a lean read returns. */
export interface LeanReadSpec {
  /** Only events of these types (filtered in SQL). */
  types: readonly string[];
  /** Large fields cut down in SQL to the keys the reader folds. */
  narrow?: readonly LeanDataNarrowing[];
}

/** A type the lean read cannot serve: its upcasters need the full envelope (metadata). */
export class LeanReadUpcastError extends Error {
  constructor(readonly type: string) {
    super(`a lean read cannot return ${type}: it has upcasters, which need the full event (read it with readAll)`);
    this.name = 'LeanReadUpcastError';
  }
}

/** The SQL of one spec, its parameters after the position and limit ($1–$3). */
function leanSql(spec: LeanReadSpec): { text: string; values: unknown[] } {
  const values: unknown[] = [spec.types];
  let data = 'data';
  for (const n of spec.narrow ?? []) {
    values.push(n.field);
    const field = `$${values.length + 3}::text`;
    // Each kept key only where the event has it: the narrowed object holds what was stored, no more.
    const kept = n.keep.map((k) => {
      values.push(k);
      const key = `$${values.length + 3}::text`;
      return `case when data -> ${field} ? ${key} then jsonb_build_object(${key}, data -> ${field} -> ${key}) else '{}'::jsonb end`;
    });
    data = `case when jsonb_typeof(data -> ${field}) = 'object'
      then jsonb_set(${data}, array[${field}], ${kept.join(' || ')}) else ${data} end`;
  }
  const text = `select transaction_id::text, global_position, stream_id, stream_version, type, schema_version, ${data},
      (extract(epoch from occurred_at) * 1000)::float8
    from events
   where (transaction_id, global_position) > ($1::xid8, $2::bigint)
     and transaction_id < pg_snapshot_xmin(pg_current_snapshot())
     and type = any($4::text[])
   order by events.transaction_id, events.global_position limit $3`;
  return { text, values };
}

type LeanRow = [string, string, string, number, string, number, Record<string, unknown>, number];

/**
 * A reader of `readAll`'s order (same snapshot rule) for one spec: up to `limit` events of its types
 * after `after`, as rows in array mode with the time as epoch milliseconds — the per-row work a full
 * read spends on ids, metadata, hex hashes and two parsed timestamps is skipped.
 */
export function leanReader(
  pool: Pool,
  spec: LeanReadSpec,
  upcasters: UpcasterRegistry | undefined,
): (after: EventPosition | null, limit: number) => Promise<LeanEvent[]> {
  const upcast = spec.types.find((t) => upcasters?.has(t));
  if (upcast) throw new LeanReadUpcastError(upcast);
  const { text, values } = leanSql(spec);
  const name = `vinhdanh_read_lean_${createHash('sha256').update(text).update(JSON.stringify(values)).digest('hex').slice(0, 16)}`;
  return async (after, limit) => {
    const { rows } = await pool.query<LeanRow>({
      name,
      text,
      values: [after?.transactionId ?? '0', after?.globalPosition ?? '0', limit, ...values],
      rowMode: 'array',
    });
    return rows.map((r) => ({
      transactionId: r[0],
      globalPosition: r[1],
      streamId: r[2],
      streamVersion: r[3],
      type: r[4],
      schemaVersion: r[5],
      data: r[6],
      occurredAt: new Date(r[7]).toISOString(),
    }));
  };
}
