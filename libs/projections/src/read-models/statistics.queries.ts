import { sql, type Kysely } from 'kysely';
import type { Database } from '@vinhdanh/db';
import type { OrgTree, OrgUnit } from '@vinhdanh/domain';
import { COUNT_VALUES, type CountValue, type StatOutcome } from './statistics.fold';

/** A dissolved unit whose history is counted under the unit that took it over. */
export interface MergedUnit {
  unitId: string;
  name: string;
  dissolvedOn: string;
  /** The unit its figures count under as of the report's date. */
  countedUnderId: string;
  countedUnderName: string;
  /** 'successor': named when it was dissolved; 'parent': no successor recorded, its parent then took its members. */
  via: 'successor' | 'parent';
}

/** The units whose nominations count under a unit as of a date, and the dissolved ones among them. */
export interface StatisticsScope {
  /** '*' when the unit is the top of the tree (every unit's figures), else the unit ids. */
  unitIds: '*' | string[];
  merged: MergedUnit[];
}

const dayBefore = (date: string): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * Which units' figures count under `unitId` on `asOf`: a unit counts where it sits that day; a
 * dissolved one counts under its successor (recorded with the dissolution), else under the parent
 * it had on its last day — so a merged unit's history follows it through the 2025 reorganisation.
 */
export function statisticsScope(
  tree: OrgTree,
  successors: ReadonlyMap<string, string>,
  unitId: string,
  asOf: string,
): StatisticsScope {
  const resolved = new Map<string, { rep: OrgUnit; via: MergedUnit['via'] | null }>();
  const represent = (id: string, seen: Set<string> = new Set()): { rep: OrgUnit; via: MergedUnit['via'] | null } => {
    const known = resolved.get(id);
    if (known) return known;
    const unit = tree.unit(id);
    let result: { rep: OrgUnit; via: MergedUnit['via'] | null } = { rep: unit, via: null };
    if (!tree.isActiveAsOf(id, asOf) && !seen.has(id)) {
      seen.add(id);
      const successor = successors.get(id);
      const parent = unit.dissolvedOn ? tree.parentAsOf(id, dayBefore(unit.dissolvedOn)) : null;
      if (successor && tree.findUnit(successor)) result = { rep: represent(successor, seen).rep, via: 'successor' };
      else if (parent) result = { rep: represent(parent.id, seen).rep, via: 'parent' };
    }
    resolved.set(id, result);
    return result;
  };
  // The top of the tree (level 4, no parent) counts every unit; a unit merely without a parent that day does not.
  const isRoot =
    tree.levelOf(unitId) === 4 && tree.parentAsOf(unitId, asOf) === null && tree.isActiveAsOf(unitId, asOf);
  const unitIds: string[] = [];
  const merged: MergedUnit[] = [];
  for (const u of tree.units) {
    const { rep, via } = represent(u.id);
    if (!tree.ancestryAsOf(rep.id, asOf).some((a) => a.id === unitId)) continue;
    unitIds.push(u.id);
    if (via && u.dissolvedOn) {
      merged.push({
        unitId: u.id,
        name: u.name,
        dissolvedOn: u.dissolvedOn,
        countedUnderId: rep.id,
        countedUnderName: rep.name,
        via,
      });
    }
  }
  return { unitIds: isRoot ? '*' : unitIds, merged };
}

/** Successors recorded with dissolutions (UnitDissolved events), folded by the statistics projection. */
export async function readUnitSuccessors(db: Kysely<Database>): Promise<Map<string, string>> {
  const { rows } = await sql<{ unit_id: string; successor_id: string }>`
    select unit_id, successor_id from stat_unit_successors`.execute(db);
  return new Map(rows.map((r) => [r.unit_id, r.successor_id]));
}

/** Filters of a statistics read. */
export interface StatisticsFilter {
  scope: StatisticsScope;
  year?: number;
  campaignId?: string;
}

/** Summed counters for one combination of award, granting level, nominee kind and outcome. */
export interface StatCountRow extends Record<CountValue, number> {
  year: number;
  campaignId: string;
  awardCode: string;
  grantingLevel: number;
  nomineeKind: 'person' | 'collective';
  outcome: StatOutcome;
}

/** Time spent at a level: closed tasks and their total milliseconds. */
export interface LevelTimeRow {
  level: number;
  tasks: number;
  totalMs: number;
}

function whereOf(f: StatisticsFilter) {
  const scope =
    f.scope.unitIds === '*' ? sql`scope_unit_id = '*'` : sql`scope_unit_id = any(${f.scope.unitIds}::text[])`;
  const year = f.year === undefined ? sql`` : sql` and year = ${f.year}`;
  const campaign = f.campaignId === undefined ? sql`` : sql` and campaign_id = ${f.campaignId}`;
  return sql`${scope}${year}${campaign}`;
}

/** The counters under a scope, summed over its units, per year, campaign, award, level, kind and outcome. */
export async function readStatCounts(db: Kysely<Database>, f: StatisticsFilter): Promise<StatCountRow[]> {
  if (f.scope.unitIds !== '*' && f.scope.unitIds.length === 0) return [];
  const sums = sql.join(COUNT_VALUES.map((v) => sql`sum(${sql.ref(v)})::float8 as ${sql.ref(v)}`));
  const { rows } = await sql<StatCountRow>`
    select year, campaign_id as "campaignId", award_code as "awardCode", granting_level as "grantingLevel",
           nominee_kind as "nomineeKind", outcome, ${sums}
      from stat_counts where ${whereOf(f)}
     group by year, campaign_id, award_code, granting_level, nominee_kind, outcome
     order by year, campaign_id, award_code, granting_level, nominee_kind, outcome`.execute(db);
  return rows;
}

/** Time spent per level under a scope. */
export async function readLevelTimes(db: Kysely<Database>, f: StatisticsFilter): Promise<LevelTimeRow[]> {
  if (f.scope.unitIds !== '*' && f.scope.unitIds.length === 0) return [];
  const { rows } = await sql<LevelTimeRow>`
    select level, sum(tasks)::float8 as tasks, sum(total_ms)::float8 as "totalMs"
      from stat_level_time where ${whereOf(f)} group by level order by level`.execute(db);
  return rows;
}
