import { sql, type Transaction } from 'kysely';
import type { Database } from '@vinhdanh/db';
import type { LeanEvent } from '@vinhdanh/event-store';
import type { Projection, ProjectionRebuild } from '../projection';
import { isNominationEvent, nominationIdOfStream } from './nomination-events';
import {
  COUNT_VALUES,
  STAT_EVENT_TYPES,
  countsOf,
  foldStatEvent,
  levelTimesOf,
  type CountKey,
  type CountValue,
  type StatFold,
} from './statistics.fold';

type TimeKey = ReturnType<typeof levelTimesOf>[number]['key'];
type CountRow = CountKey & Record<CountValue, number>;
type TimeRow = TimeKey & { tasks: number; ms: number };
interface Fact {
  id: string;
  version: number;
  fold: StatFold | null;
}

/** Counter changes folded in memory: per batch, or across a whole rebuild. */
class CounterSums {
  readonly counts = new Map<string, { key: CountKey; values: number[] }>();
  readonly times = new Map<string, { key: TimeKey; tasks: number; ms: number }>();

  get size(): number {
    return this.counts.size + this.times.size;
  }

  add(f: StatFold | null, sign: 1 | -1): void {
    if (!f) return;
    for (const c of countsOf(f)) {
      const k = c.key;
      const id = `${k.scopeUnitId}\u0000${k.year}\u0000${k.campaignId}\u0000${k.awardCode}\u0000${k.grantingLevel}\u0000${k.nomineeKind}\u0000${k.outcome}`;
      let acc = this.counts.get(id);
      if (!acc) this.counts.set(id, (acc = { key: k, values: COUNT_VALUES.map(() => 0) }));
      const values = acc.values;
      COUNT_VALUES.forEach((v, i) => (values[i] = (values[i] ?? 0) + sign * c.values[v]));
    }
    for (const t of levelTimesOf(f)) {
      const k = t.key;
      const id = `${k.scopeUnitId}\u0000${k.year}\u0000${k.campaignId}\u0000${k.level}`;
      let acc = this.times.get(id);
      if (!acc) this.times.set(id, (acc = { key: k, tasks: 0, ms: 0 }));
      acc.tasks += sign * t.tasks;
      acc.ms += sign * t.ms;
    }
  }

  /** The non-zero changes, as rows for the upserts. */
  rows(): { counts: CountRow[]; times: TimeRow[] } {
    const counts: CountRow[] = [];
    for (const { key, values } of this.counts.values()) {
      if (values.every((v) => v === 0)) continue;
      const row = { ...key } as CountRow;
      COUNT_VALUES.forEach((v, i) => (row[v] = values[i] ?? 0));
      counts.push(row);
    }
    const times: TimeRow[] = [];
    for (const { key, tasks, ms } of this.times.values())
      if (tasks !== 0 || ms !== 0) times.push({ ...key, tasks, ms });
    return { counts, times };
  }

  clear(): void {
    this.counts.clear();
    this.times.clear();
  }
}

/** Each nomination's events of the batch, and the dissolutions with a successor. */
function groupBatch(events: readonly LeanEvent[]): {
  byNomination: Map<string, LeanEvent[]>;
  dissolutions: { unitId: string; successorId: string; effectiveFrom: string }[];
} {
  const byNomination = new Map<string, LeanEvent[]>();
  const dissolutions: { unitId: string; successorId: string; effectiveFrom: string }[] = [];
  for (const e of events) {
    if (isNominationEvent(e)) {
      const id = nominationIdOfStream(e.streamId);
      const list = byNomination.get(id);
      if (list) list.push(e);
      else byNomination.set(id, [e]);
    } else if (e.type === 'UnitDissolved' && e.streamId.startsWith('unit-')) {
      const d = e.data as { successorId?: string; effectiveFrom?: string };
      if (d.successorId && d.effectiveFrom) {
        dissolutions.push({
          unitId: e.streamId.slice('unit-'.length),
          successorId: d.successorId,
          effectiveFrom: d.effectiveFrom,
        });
      }
    }
  }
  return { byNomination, dissolutions };
}

async function writeDissolutions(
  trx: Transaction<Database>,
  dissolutions: ReturnType<typeof groupBatch>['dissolutions'],
): Promise<void> {
  if (dissolutions.length === 0) return;
  await sql`
    insert into stat_unit_successors (unit_id, successor_id, effective_from)
    select * from jsonb_to_recordset(${JSON.stringify(dissolutions)}::jsonb)
      as d("unitId" text, "successorId" text, "effectiveFrom" date)
    on conflict (unit_id) do update set successor_id = excluded.successor_id, effective_from = excluded.effective_from`.execute(
    trx,
  );
}

/**
 * The stored facts of the batch's nominations, and whether the counters lag the facts (a rebuild
 * stopped before writing them) — one round trip.
 */
async function loadFacts(
  trx: Transaction<Database>,
  ids: string[],
): Promise<{ stored: Map<string, Fact>; countersPending: boolean }> {
  const { rows } = await sql<{ id: string | null; version: number; fold: StatFold; pending: boolean | null }>`
    select id, version, fold, null::boolean as pending from stat_nominations where id = any(${ids}::text[])
    union all
    select null, null, null, exists (select 1 from stat_counters_pending)`.execute(trx);
  const stored = new Map<string, Fact>();
  for (const r of rows) if (r.id !== null) stored.set(r.id, { id: r.id, version: r.version, fold: r.fold });
  return { stored, countersPending: rows.some((r) => r.pending === true) };
}

/**
 * Folds each nomination on from its stored fact (redelivered versions skipped) and adds the
 * difference between what it counted before and after to `sums`; returns the facts that changed.
 */
function foldBatch(byNomination: Map<string, LeanEvent[]>, stored: Map<string, Fact>, sums: CounterSums): Fact[] {
  const changed: Fact[] = [];
  for (const [id, recorded] of byNomination) {
    const before = stored.get(id) ?? { id, version: 0, fold: null };
    let fold = before.fold;
    let version = before.version;
    for (const e of recorded) {
      if (e.streamVersion <= version) continue;
      fold = foldStatEvent(fold, { type: e.type, data: e.data, occurredAt: e.occurredAt });
      version = e.streamVersion;
    }
    if (version === before.version) continue;
    sums.add(before.fold, -1);
    sums.add(fold, 1);
    changed.push({ id, version, fold });
  }
  return changed;
}

const COUNT_COLUMNS = sql`"scopeUnitId" text, year smallint, "campaignId" text, "awardCode" text, "grantingLevel" smallint,
  "nomineeKind" text, outcome text, nominations bigint, returned bigint, returns bigint, women bigint,
  direct_workers bigint, non_leaders bigint, collective_members bigint, collective_women bigint`;
const TIME_COLUMNS = sql`"scopeUnitId" text, year smallint, "campaignId" text, level smallint, tasks bigint, ms bigint`;

/**
 * The facts and both counters in one statement (writable CTEs each run once, to completion): one
 * round trip per batch, not three — on a busy database the waits dominate. Then the emptied
 * counters go, so any batch boundaries leave exactly the same rows.
 */
async function writeFactsAndCounters(
  trx: Transaction<Database>,
  facts: Fact[],
  { counts, times }: { counts: CountRow[]; times: TimeRow[] },
): Promise<void> {
  await sql`
    with facts as (
      insert into stat_nominations as s (id, version, fold)
      select id, version, fold from jsonb_to_recordset(${JSON.stringify(facts)}::jsonb) as c(id text, version int, fold jsonb)
      on conflict (id) do update set version = excluded.version, fold = excluded.fold where s.version < excluded.version
      returning 1
    ), counters as (
      insert into stat_counts as s
      select "scopeUnitId", year, "campaignId", "awardCode", "grantingLevel", "nomineeKind", outcome,
             nominations, returned, returns, women, direct_workers, non_leaders, collective_members, collective_women
        from jsonb_to_recordset(${JSON.stringify(counts)}::jsonb) as c(${COUNT_COLUMNS})
      on conflict (scope_unit_id, year, campaign_id, award_code, granting_level, nominee_kind, outcome) do update set
        nominations = s.nominations + excluded.nominations, returned = s.returned + excluded.returned,
        returns = s.returns + excluded.returns, women = s.women + excluded.women,
        direct_workers = s.direct_workers + excluded.direct_workers, non_leaders = s.non_leaders + excluded.non_leaders,
        collective_members = s.collective_members + excluded.collective_members,
        collective_women = s.collective_women + excluded.collective_women
      returning 1
    ), level_times as (
      insert into stat_level_time as s
      select "scopeUnitId", year, "campaignId", level, tasks, ms
        from jsonb_to_recordset(${JSON.stringify(times)}::jsonb) as t(${TIME_COLUMNS})
      on conflict (scope_unit_id, year, campaign_id, level) do update set
        tasks = s.tasks + excluded.tasks, total_ms = s.total_ms + excluded.total_ms
      returning 1
    )
    select 1`.execute(trx);
  // Only a counter that lost a nomination can have emptied (a rebuild only adds: this stays small).
  // A separate statement: the one above cannot see its own updates.
  const shrunk = counts.filter((c) => c.nominations < 0);
  if (shrunk.length > 0) {
    await sql`delete from stat_counts s using jsonb_to_recordset(${JSON.stringify(shrunk)}::jsonb) as c(${COUNT_COLUMNS})
      where s.nominations = 0 and s.scope_unit_id = c."scopeUnitId" and s.year = c.year
        and s.campaign_id = c."campaignId" and s.award_code = c."awardCode" and s.granting_level = c."grantingLevel"
        and s.nominee_kind = c."nomineeKind" and s.outcome = c.outcome`.execute(trx);
  }
}

/** Rows per statement when a rebuild writes its counters: a few MB of JSON each. */
const COUNTER_CHUNK = 20_000;

/** Writes counter sums in statements of `COUNTER_CHUNK` rows. */
async function writeCounterSums(trx: Transaction<Database>, sums: CounterSums): Promise<void> {
  const { counts, times } = sums.rows();
  for (let i = 0; i < Math.max(counts.length, times.length); i += COUNTER_CHUNK) {
    await writeFactsAndCounters(trx, [], {
      counts: counts.slice(i, i + COUNTER_CHUNK),
      times: times.slice(i, i + COUNTER_CHUNK),
    });
  }
}

/**
 * A rebuild stopped after writing facts without their counters: derive the counters from every
 * stored fact (keyset pages), as the rebuild would have written them.
 */
async function deriveCountersFromFacts(trx: Transaction<Database>): Promise<void> {
  await sql`truncate stat_counts, stat_level_time`.execute(trx);
  const sums = new CounterSums();
  let after = '';
  for (;;) {
    const { rows } = await sql<{ id: string; fold: StatFold }>`
      select id, fold from stat_nominations where id > ${after} order by id limit 10000`.execute(trx);
    for (const r of rows) sums.add(r.fold, 1);
    const last = rows.at(-1);
    if (!last) break;
    after = last.id;
  }
  await writeCounterSums(trx, sums);
  await sql`delete from stat_counters_pending`.execute(trx);
}

/**
 * Counter rows a rebuild sums in memory before writing them with the batch (memory stays bounded,
 * and the write overlaps the read of the next batch instead of waiting for the end).
 */
const REBUILD_COUNTER_FLUSH = 50_000;

/**
 * Statistics of nominations (awards and nominations by year, campaign, award, granting level, unit,
 * person or collective; shares of women, direct workers and non-leaders; outcomes; time per level)
 * and dissolutions with their successor. Per batch: each nomination's compact fact is loaded,
 * folded on (redelivered versions skipped), and the difference between what it counted before and
 * after goes into the counters, so the counters always equal the sum over the facts.
 */
export const statisticsProjection: Projection = {
  name: 'statistics',
  // A batch writes each nomination's fact once and the counters it touched once: larger batches fold
  // more in memory per write (a 25,000-event batch holds a few tens of MB of events).
  rebuildBatchSize: 25_000,
  // A rebuild reads only what the fold reads: its event types, and of a dossier only the nominee.
  // A fact's version is then that of its last folded event (later events of other types fold to nothing).
  rebuildRead: {
    types: [...STAT_EVENT_TYPES, 'UnitDissolved'],
    narrow: [{ field: 'dossier', keep: ['nominee'] }],
  },
  async apply(trx, events) {
    const { byNomination, dissolutions } = groupBatch(events);
    await writeDissolutions(trx, dissolutions);
    if (byNomination.size === 0) return;
    const { stored, countersPending } = await loadFacts(trx, [...byNomination.keys()]);
    if (countersPending) await deriveCountersFromFacts(trx);
    const sums = new CounterSums();
    const changed = foldBatch(byNomination, stored, sums);
    if (changed.length > 0) await writeFactsAndCounters(trx, changed, sums.rows());
  },
  /**
   * A rebuild writes each batch's facts but keeps the counters' sums in memory across batches and
   * writes them in large statements when they reach `REBUILD_COUNTER_FLUSH` rows and at the end: a
   * counter touched by many batches is written once per flush instead of once per batch. `stat_counters_pending` marks
   * the counters as lagging until then, so a rebuild that stops half-way is repaired by the next batch.
   */
  beginRebuild(): ProjectionRebuild {
    const sums = new CounterSums();
    return {
      async apply(trx, events) {
        const { byNomination, dissolutions } = groupBatch(events);
        await writeDissolutions(trx, dissolutions);
        if (byNomination.size === 0) return;
        // A nomination whose stream starts in this batch has no stored fact yet (the rebuild began
        // from empty): only those continued from an earlier batch are looked up.
        const continued = [...byNomination].flatMap(([id, es]) => ((es[0]?.streamVersion ?? 1) > 1 ? [id] : []));
        const { stored } = continued.length > 0 ? await loadFacts(trx, continued) : { stored: new Map<string, Fact>() };
        const changed = foldBatch(byNomination, stored, sums);
        if (changed.length === 0) return;
        await sql`
          with pending as (
            insert into stat_counters_pending (singleton, since) values (true, now()) on conflict do nothing
          )
          insert into stat_nominations as s (id, version, fold)
          select id, version, fold from jsonb_to_recordset(${JSON.stringify(changed)}::jsonb) as c(id text, version int, fold jsonb)
          on conflict (id) do update set version = excluded.version, fold = excluded.fold where s.version < excluded.version`.execute(
          trx,
        );
        if (sums.size >= REBUILD_COUNTER_FLUSH) {
          await writeCounterSums(trx, sums);
          sums.clear();
        }
      },
      async finish(trx) {
        await writeCounterSums(trx, sums);
        sums.clear();
        await sql`delete from stat_counters_pending`.execute(trx);
      },
    };
  },
  async reset(trx) {
    await sql`truncate stat_nominations, stat_counts, stat_level_time, stat_unit_successors, stat_counters_pending`.execute(
      trx,
    );
  },
};
