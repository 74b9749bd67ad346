import { sql } from 'kysely';
import type { RecordedEvent } from '@vinhdanh/event-store';
import type { Projection } from '../projection';
import { isNominationEvent, nominationIdOfStream } from './nomination-events';
import {
  COUNT_VALUES,
  countsOf,
  foldStatEvent,
  levelTimesOf,
  type CountKey,
  type CountValue,
  type StatFold,
} from './statistics.fold';

interface Stored {
  version: number;
  fold: StatFold | null;
}

const countKeyOf = (k: CountKey): string =>
  JSON.stringify([k.scopeUnitId, k.year, k.campaignId, k.awardCode, k.grantingLevel, k.nomineeKind, k.outcome]);

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
  async apply(trx, events) {
    const byNomination = new Map<string, RecordedEvent[]>();
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
    if (dissolutions.length > 0) {
      await sql`
        insert into stat_unit_successors (unit_id, successor_id, effective_from)
        select * from jsonb_to_recordset(${JSON.stringify(dissolutions)}::jsonb)
          as d("unitId" text, "successorId" text, "effectiveFrom" date)
        on conflict (unit_id) do update set successor_id = excluded.successor_id, effective_from = excluded.effective_from`.execute(
        trx,
      );
    }
    if (byNomination.size === 0) return;

    const ids = [...byNomination.keys()];
    const { rows } = await sql<{ id: string; version: number; fold: StatFold }>`
      select id, version, fold from stat_nominations where id = any(${ids}::text[])`.execute(trx);
    const stored = new Map<string, Stored>(rows.map((r) => [r.id, { version: r.version, fold: r.fold }]));

    const counts = new Map<string, { key: CountKey; values: Record<CountValue, number> }>();
    const times = new Map<string, { key: ReturnType<typeof levelTimesOf>[number]['key']; tasks: number; ms: number }>();
    const add = (f: StatFold | null, sign: 1 | -1) => {
      if (!f) return;
      for (const c of countsOf(f)) {
        const k = countKeyOf(c.key);
        const acc = counts.get(k) ?? { key: c.key, values: Object.fromEntries(COUNT_VALUES.map((v) => [v, 0])) };
        for (const v of COUNT_VALUES) acc.values[v] += sign * c.values[v];
        counts.set(k, acc as { key: CountKey; values: Record<CountValue, number> });
      }
      for (const t of levelTimesOf(f)) {
        const k = JSON.stringify(t.key);
        const acc = times.get(k) ?? { key: t.key, tasks: 0, ms: 0 };
        acc.tasks += sign * t.tasks;
        acc.ms += sign * t.ms;
        times.set(k, acc);
      }
    };

    const changed: { id: string; version: number; fold: StatFold | null }[] = [];
    for (const [id, recorded] of byNomination) {
      const before = stored.get(id) ?? { version: 0, fold: null };
      let fold = before.fold;
      let version = before.version;
      for (const e of recorded) {
        if (e.streamVersion <= version) continue;
        fold = foldStatEvent(fold, { type: e.type, data: e.data, occurredAt: e.occurredAt });
        version = e.streamVersion;
      }
      if (version === before.version) continue;
      add(before.fold, -1);
      add(fold, 1);
      changed.push({ id, version, fold });
    }
    if (changed.length === 0) return;

    const countRows = [...counts.values()]
      .filter((c) => COUNT_VALUES.some((v) => c.values[v] !== 0))
      .map((c) => ({ ...c.key, ...c.values }));
    const timeRows = [...times.values()]
      .filter((t) => t.tasks !== 0 || t.ms !== 0)
      .map((t) => ({ ...t.key, tasks: t.tasks, ms: t.ms }));
    // The facts and both counters in one statement (writable CTEs each run once, to completion): a
    // rebuild's batch is one round trip here, not three — on a busy database the waits dominated.
    await sql`
      with facts as (
        insert into stat_nominations as s (id, version, fold)
        select id, version, fold from jsonb_to_recordset(${JSON.stringify(changed)}::jsonb) as c(id text, version int, fold jsonb)
        on conflict (id) do update set version = excluded.version, fold = excluded.fold where s.version < excluded.version
        returning 1
      ), counters as (
        insert into stat_counts as s
        select "scopeUnitId", year, "campaignId", "awardCode", "grantingLevel", "nomineeKind", outcome,
               nominations, returned, returns, women, direct_workers, non_leaders, collective_members, collective_women
          from jsonb_to_recordset(${JSON.stringify(countRows)}::jsonb) as c(
            "scopeUnitId" text, year smallint, "campaignId" text, "awardCode" text, "grantingLevel" smallint,
            "nomineeKind" text, outcome text, nominations bigint, returned bigint, returns bigint, women bigint,
            direct_workers bigint, non_leaders bigint, collective_members bigint, collective_women bigint)
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
          from jsonb_to_recordset(${JSON.stringify(timeRows)}::jsonb) as t(
            "scopeUnitId" text, year smallint, "campaignId" text, level smallint, tasks bigint, ms bigint)
        on conflict (scope_unit_id, year, campaign_id, level) do update set
          tasks = s.tasks + excluded.tasks, total_ms = s.total_ms + excluded.total_ms
        returning 1
      )
      select 1`.execute(trx);
    // Emptied counters go, so a rebuild (other batch boundaries) leaves exactly the same rows. Only a
    // counter that lost a nomination can have emptied (a rebuild mostly adds: this stays small). A
    // separate statement: the one above cannot see its own updates.
    const shrunk = countRows.filter((c) => c.nominations < 0);
    if (shrunk.length > 0) {
      await sql`delete from stat_counts s using jsonb_to_recordset(${JSON.stringify(shrunk)}::jsonb) as c(
          "scopeUnitId" text, year smallint, "campaignId" text, "awardCode" text, "grantingLevel" smallint,
          "nomineeKind" text, outcome text)
        where s.nominations = 0 and s.scope_unit_id = c."scopeUnitId" and s.year = c.year
          and s.campaign_id = c."campaignId" and s.award_code = c."awardCode" and s.granting_level = c."grantingLevel"
          and s.nominee_kind = c."nomineeKind" and s.outcome = c.outcome`.execute(trx);
    }
  },
  async reset(trx) {
    await sql`truncate stat_nominations, stat_counts, stat_level_time, stat_unit_successors`.execute(trx);
  },
};
