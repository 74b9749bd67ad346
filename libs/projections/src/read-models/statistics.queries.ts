import { sql, type Kysely } from 'kysely';
import type { Database } from '@vinhdanh/db';
import {
  isWithinPeriod,
  levelOfKind,
  type OrgLevel,
  type OrgTreeData,
  type OrgUnit,
  type ParentLink,
} from '@vinhdanh/domain';
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

/** What the statistics need of the org tree (an `OrgTree` from @vinhdanh/domain satisfies it too). */
export interface OrgTreeReader {
  readonly units: readonly OrgUnit[];
  findUnit(unitId: string): OrgUnit | undefined;
  unit(unitId: string): OrgUnit;
  levelOf(unitId: string): OrgLevel;
  isActiveAsOf(unitId: string, date: string): boolean;
  parentAsOf(unitId: string, date: string): OrgUnit | null;
  ancestryAsOf(unitId: string, date: string): OrgUnit[];
  childrenAsOf(unitId: string, date: string): OrgUnit[];
}

/**
 * The stored org tree indexed for reads, without re-validating it: it was validated when each change
 * was written, and validating a national tree (tens of thousands of units) on every report costs
 * seconds. Lookups by id, by child and by parent are maps.
 */
export class OrgIndex implements OrgTreeReader {
  private readonly byId: Map<string, OrgUnit>;
  private readonly byChild = new Map<string, ParentLink[]>();
  private readonly byParent = new Map<string, ParentLink[]>();

  constructor(readonly data: OrgTreeData) {
    this.byId = new Map(data.units.map((u) => [u.id, u]));
    for (const l of data.links) {
      const c = this.byChild.get(l.unitId);
      if (c) c.push(l);
      else this.byChild.set(l.unitId, [l]);
      const p = this.byParent.get(l.parentId);
      if (p) p.push(l);
      else this.byParent.set(l.parentId, [l]);
    }
  }

  get units(): readonly OrgUnit[] {
    return this.data.units;
  }
  findUnit(unitId: string): OrgUnit | undefined {
    return this.byId.get(unitId);
  }
  unit(unitId: string): OrgUnit {
    const unit = this.byId.get(unitId);
    if (!unit) throw new Error(`unit ${unitId} is not in the tree`);
    return unit;
  }
  levelOf(unitId: string): OrgLevel {
    return levelOfKind(this.unit(unitId).kind);
  }
  isActiveAsOf(unitId: string, date: string): boolean {
    const d = this.unit(unitId).dissolvedOn;
    return d == null || date < d;
  }
  parentAsOf(unitId: string, date: string): OrgUnit | null {
    const link = (this.byChild.get(unitId) ?? []).find((l) => isWithinPeriod(date, l.validFrom, l.validTo));
    return link ? this.unit(link.parentId) : null;
  }
  ancestryAsOf(unitId: string, date: string): OrgUnit[] {
    const chain = [this.unit(unitId)];
    for (let p = this.parentAsOf(unitId, date); p && chain.length < 16; p = this.parentAsOf(p.id, date)) chain.push(p);
    return chain;
  }
  childrenAsOf(unitId: string, date: string): OrgUnit[] {
    return (this.byParent.get(unitId) ?? [])
      .filter((l) => isWithinPeriod(date, l.validFrom, l.validTo))
      .map((l) => this.unit(l.unitId));
  }
}

/**
 * Which units' figures count under `unitId` on `asOf`: a unit counts where it sits that day; a
 * dissolved one counts under its successor (recorded with the dissolution), else under the parent
 * it had on its last day — so a merged unit's history follows it through the 2025 reorganisation.
 * Cost: the unit's subtree plus the dissolved units, not the whole tree.
 */
export function statisticsScope(
  tree: OrgTreeReader,
  successors: ReadonlyMap<string, string>,
  unitId: string,
  asOf: string,
): StatisticsScope {
  const represent = (id: string, seen: Set<string> = new Set()): { rep: OrgUnit; via: MergedUnit['via'] | null } => {
    const unit = tree.unit(id);
    if (tree.isActiveAsOf(id, asOf) || seen.has(id)) return { rep: unit, via: null };
    seen.add(id);
    const successor = successors.get(id);
    if (successor && tree.findUnit(successor)) return { rep: represent(successor, seen).rep, via: 'successor' };
    const parent = unit.dissolvedOn ? tree.parentAsOf(id, dayBefore(unit.dissolvedOn)) : null;
    if (parent) return { rep: represent(parent.id, seen).rep, via: 'parent' };
    return { rep: unit, via: null };
  };
  // The top of the tree (level 4, no parent) counts every unit; a unit merely without a parent that day does not.
  const isRoot =
    tree.levelOf(unitId) === 4 && tree.parentAsOf(unitId, asOf) === null && tree.isActiveAsOf(unitId, asOf);
  const subtree = new Set<string>();
  if (!isRoot) {
    const queue = [unitId];
    while (queue.length > 0) {
      const id = queue.pop() as string;
      if (subtree.has(id)) continue;
      subtree.add(id);
      for (const c of tree.childrenAsOf(id, asOf)) queue.push(c.id);
    }
  }
  const merged: MergedUnit[] = [];
  for (const u of tree.units) {
    if (!u.dissolvedOn || tree.isActiveAsOf(u.id, asOf)) continue;
    const { rep, via } = represent(u.id);
    if (!isRoot && !subtree.has(rep.id)) continue;
    subtree.add(u.id);
    if (via) {
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
  return { unitIds: isRoot ? '*' : [...subtree], merged };
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
