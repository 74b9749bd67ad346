import { Inject, Injectable } from '@nestjs/common';
import { sql, type Kysely } from 'kysely';
import { findCampaign, loadOrgTreeData, type Campaign, type Database } from '@vinhdanh/db';
import {
  defaultRuleSets,
  directWorkerShareRuleOf,
  vietnamDateOf,
  type AwardCode,
  type RuleSet,
} from '@vinhdanh/domain';
import {
  OrgIndex,
  readLevelTimes,
  readStatCounts,
  readUnitSuccessors,
  statisticsScope,
  type MergedUnit,
  type OrgTreeReader,
  type StatCountRow,
  type StatisticsScope,
} from '@vinhdanh/projections';
import type { Principal } from '../auth/principal';
import { CLOCK, DB, type Clock } from '../core/tokens';
import { ResourceNotFoundError } from '../errors/api-error';
import { lastDayOf, mayReadNominee, reportAccessOf, reportUnitFor, type ReportAccess } from './reports.scope';
import type { AwardHistoryQuery, ProgressQuery, SummaryQuery } from './reports.schemas';

/** Names of the levels as offices say them. */
export const LEVEL_NAMES: Readonly<Record<number, string>> = {
  1: 'Cấp cơ sở',
  2: 'Cấp trên trực tiếp cơ sở',
  3: 'Cấp tỉnh, ngành trung ương',
  4: 'Tổng Liên đoàn',
};

/** Vietnamese names of the outcomes. */
export const OUTCOME_NAMES: Readonly<Record<string, string>> = {
  OPEN: 'Đang xét',
  GRANTED: 'Đã khen thưởng',
  REJECTED: 'Không đạt',
  WITHDRAWN: 'Đã rút',
  REVOKED: 'Bị thu hồi',
  CANCELLED: 'Đã hủy',
};

/** Counts of one slice of the figures. */
export interface Figures {
  nominations: number;
  granted: number;
  rejected: number;
  withdrawn: number;
  revoked: number;
  cancelled: number;
  open: number;
  /** Nominations returned for revision at least once, and the returns in all. */
  returned: number;
  returns: number;
}

/** A share with its parts and, where the rule set states one, its target. */
export interface Share {
  count: number;
  of: number;
  share: number | null;
  target: number | null;
  /** True/false against the target; null when the rule set states none. */
  meetsTarget: boolean | null;
}

/** The shares of direct workers, women and non-leaders among person nominations (and women among collectives' members). */
export interface Shares {
  directWorkers: Share;
  women: Share;
  nonLeaders: Share;
  collectiveWomen: Share;
  /** What the targets are and where they come from. */
  targetsNote: string;
}

/** Header of every report: what it covers, as of when, and which dissolved units it counts. */
export interface ReportHeader {
  unit: { id: string; name: string };
  year: number | null;
  campaign: { id: string; name: string } | null;
  asOf: string;
  mergedUnits: MergedUnit[];
  /** Vietnamese sentence on the reorganisation, when dissolved units are counted here. */
  reorganisationNote: string | null;
}

/** Năm tổng kết: the annual summary of a unit and its subtree. */
export interface AnnualSummary extends ReportHeader {
  totals: Figures;
  byAward: (Figures & { awardCode: string; awardName: string })[];
  byLevel: (Figures & { level: number; levelName: string })[];
  byKind: (Figures & { nomineeKind: 'person' | 'collective'; kindName: string })[];
  byCampaign: (Figures & { campaignId: string; campaignName: string })[];
  byUnit: (Figures & { unitId: string; unitName: string })[] | null;
  grantedShares: Shares;
  nominatedShares: Shares;
  timePerLevel: { level: number; levelName: string; tasks: number; averageDays: number }[];
  quotaUse: { bucketKey: string; awardCode: string; unitId: string; unitName: string; limit: number; used: number }[];
  /** Vietnamese names of the outcomes counted in `Figures`, for the screens' legends. */
  outcomeNames: Readonly<Record<string, string>>;
}

/** Tiến độ đợt: where a campaign's nominations wait, overdue, and a forecast against the cut-offs. */
export interface RoundProgress extends ReportHeader {
  byLevel: {
    level: number;
    levelName: string;
    open: number;
    overdue: number;
    cutoff: string | null;
    averageDaysAtLevel: number | null;
    /** Open tasks whose expected finish (opened + the level's average time) falls after the cut-off. */
    forecastLate: number;
  }[];
  byUnit: { unitId: string; unitName: string; level: number; open: number; overdue: number; oldestOpenedAt: string }[];
  totals: { open: number; overdue: number; forecastLate: number; finished: number };
}

/** One award in a unit's history. */
export interface AwardHistoryItem {
  nominationId: string;
  nomineeKind: 'person' | 'collective';
  /** Null when the caller may not read the nomination (personal data hidden). */
  nomineeName: string | null;
  awardCode: string;
  awardName: string;
  campaignId: string;
  campaignName: string;
  nominatingUnitId: string;
  nominatingUnitName: string;
  status: 'GRANTED' | 'REVOKED';
  decisionNumber: string | null;
  grantedAt: string | null;
}

/** Lịch sử khen thưởng của đơn vị. */
export interface UnitAwardHistory extends ReportHeader {
  items: AwardHistoryItem[];
  hiddenNames: number;
}

const zeroFigures = (): Figures => ({
  nominations: 0,
  granted: 0,
  rejected: 0,
  withdrawn: 0,
  revoked: 0,
  cancelled: 0,
  open: 0,
  returned: 0,
  returns: 0,
});

function addRow(f: Figures, r: StatCountRow): void {
  f.nominations += r.nominations;
  f.returned += r.returned;
  f.returns += r.returns;
  const k = (
    {
      GRANTED: 'granted',
      REJECTED: 'rejected',
      WITHDRAWN: 'withdrawn',
      REVOKED: 'revoked',
      CANCELLED: 'cancelled',
      OPEN: 'open',
    } as const
  )[r.outcome];
  f[k] += r.nominations;
}

function groupFigures<K>(rows: readonly StatCountRow[], keyOf: (r: StatCountRow) => K): Map<K, Figures> {
  const out = new Map<K, Figures>();
  for (const r of rows) {
    const k = keyOf(r);
    const f = out.get(k) ?? zeroFigures();
    addRow(f, r);
    out.set(k, f);
  }
  return out;
}

const share = (count: number, of: number, target: number | null): Share => {
  const s = of > 0 ? count / of : null;
  return { count, of, share: s, target, meetsTarget: target === null || s === null ? null : s >= target };
};

/** Reports read from the statistics projection and the nominations read model, scoped to the caller. */
@Injectable()
export class ReportsService {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private async context(user: Principal, unitId: string | undefined) {
    const now = this.clock();
    const today = vietnamDateOf(now.toISOString());
    const [tree, successors] = await Promise.all([this.orgIndex(), readUnitSuccessors(this.db)]);
    const access = reportAccessOf(user);
    const unit = reportUnitFor(access, tree, today, unitId);
    // A dissolved unit is reported as its subtree stood on its last day (its figures then, before the reorganisation).
    const asOf = tree.isActiveAsOf(unit, today) ? today : lastDayOf(tree, unit);
    const scope = statisticsScope(tree, successors, unit, asOf);
    return { now, asOf, tree, successors, access, unit, scope };
  }

  private cached: { until: number; tree: Promise<OrgIndex>; ruleSets: Promise<RuleSet[]> } | null = null;

  /**
   * The org tree and rule sets, read at most every 30 s: a national tree is tens of thousands of
   * rows and each report needs it, while a reorganisation showing in the figures half a minute
   * later is fine. (Successors are read on every request: they are few.)
   */
  private cache() {
    const now = Date.now();
    if (!this.cached || this.cached.until < now) {
      const tree = loadOrgTreeData(this.db).then((d) => new OrgIndex(d));
      const ruleSets = sql<{ body: RuleSet }>`select body from rule_sets`
        .execute(this.db)
        .then(({ rows }) => (rows.length ? rows.map((r) => r.body) : [...defaultRuleSets]));
      this.cached = { until: now + 30_000, tree, ruleSets };
      // A failed read is not kept.
      Promise.all([tree, ruleSets]).catch(() => (this.cached = null));
    }
    return this.cached;
  }

  private orgIndex(): Promise<OrgIndex> {
    return this.cache().tree;
  }

  private async campaign(id: string | undefined): Promise<Campaign | null> {
    return id ? this.requiredCampaign(id) : null;
  }

  private async requiredCampaign(id: string): Promise<Campaign> {
    const c = await findCampaign(this.db, id);
    if (!c) throw new ResourceNotFoundError('CAMPAIGN', id, 'đợt thi đua');
    return c;
  }

  private header(
    tree: OrgTreeReader,
    unitId: string,
    scope: StatisticsScope,
    asOf: string,
    year: number | null,
    campaign: Campaign | null,
  ): ReportHeader {
    const merged = scope.merged;
    return {
      unit: { id: unitId, name: tree.unit(unitId).name },
      year,
      campaign: campaign && { id: campaign.id, name: campaign.name },
      asOf,
      mergedUnits: merged,
      reorganisationNote: merged.length
        ? `Số liệu gồm cả đơn vị đã giải thể hoặc sáp nhập, tính cho đơn vị kế thừa: ${merged
            .map((m) => `${m.name} (giải thể từ ${vnDate(m.dissolvedOn)}, tính vào ${m.countedUnderName})`)
            .join('; ')}.`
        : null,
    };
  }

  /** The annual summary of a unit and its subtree (national when the unit is the top of the tree). */
  async annualSummary(user: Principal, q: SummaryQuery): Promise<AnnualSummary> {
    const { asOf, tree, successors, unit, scope } = await this.context(user, q.unitId);
    const campaign = await this.campaign(q.campaignId);
    const year = q.year ?? Number(asOf.slice(0, 4));
    const filter = { scope, year, ...(campaign ? { campaignId: campaign.id } : {}) };
    const [rows, times, campaignNames] = await Promise.all([
      readStatCounts(this.db, filter),
      readLevelTimes(this.db, filter),
      this.campaignNames(),
    ]);
    const totals = groupFigures(rows, () => 'all').get('all') ?? zeroFigures();
    const awards = awardNames();
    const rulesOf = await this.ruleSets();
    const byUnit =
      q.breakdown === 'units' ? await this.byChildUnit(tree, successors, unit, asOf, year, campaign) : null;
    return {
      ...this.header(tree, unit, scope, asOf, year, campaign),
      totals,
      byAward: [...groupFigures(rows, (r) => r.awardCode)].map(([awardCode, f]) => ({
        awardCode,
        awardName: awards.get(awardCode) ?? awardCode,
        ...f,
      })),
      byLevel: [...groupFigures(rows, (r) => r.grantingLevel)]
        .sort(([a], [b]) => a - b)
        .map(([level, f]) => ({ level, levelName: LEVEL_NAMES[level] ?? `Cấp ${level}`, ...f })),
      byKind: [...groupFigures(rows, (r) => r.nomineeKind)].map(([nomineeKind, f]) => ({
        nomineeKind,
        kindName: nomineeKind === 'person' ? 'Cá nhân' : 'Tập thể',
        ...f,
      })),
      byCampaign: [...groupFigures(rows, (r) => r.campaignId)].map(([campaignId, f]) => ({
        campaignId,
        campaignName: campaignNames.get(campaignId) ?? campaignId,
        ...f,
      })),
      byUnit,
      grantedShares: sharesOf(
        rows.filter((r) => r.outcome === 'GRANTED'),
        rulesOf,
      ),
      nominatedShares: sharesOf(rows, rulesOf),
      timePerLevel: times.map((t) => ({
        level: t.level,
        levelName: LEVEL_NAMES[t.level] ?? `Cấp ${t.level}`,
        tasks: t.tasks,
        averageDays: t.tasks > 0 ? Math.round((t.totalMs / t.tasks / 86_400_000) * 10) / 10 : 0,
      })),
      quotaUse: await this.quotaUse(tree, scope),
      outcomeNames: OUTCOME_NAMES,
    };
  }

  /** The direct-worker, women and non-leader shares against the rule set's targets. */
  async shares(user: Principal, q: SummaryQuery): Promise<ReportHeader & { nominated: Shares; granted: Shares }> {
    const { asOf, tree, unit, scope } = await this.context(user, q.unitId);
    const campaign = await this.campaign(q.campaignId);
    const year = q.year ?? Number(asOf.slice(0, 4));
    const rows = await readStatCounts(this.db, { scope, year, ...(campaign ? { campaignId: campaign.id } : {}) });
    const rules = await this.ruleSets();
    return {
      ...this.header(tree, unit, scope, asOf, year, campaign),
      nominated: sharesOf(rows, rules),
      granted: sharesOf(
        rows.filter((r) => r.outcome === 'GRANTED'),
        rules,
      ),
    };
  }

  /** Where a campaign's open nominations wait, by level and unit; overdue; forecast against the cut-offs. */
  async roundProgress(user: Principal, q: ProgressQuery): Promise<RoundProgress> {
    const { now, asOf, tree, unit, scope } = await this.context(user, q.unitId);
    const campaign = await this.requiredCampaign(q.campaignId);
    const unitFilter = scope.unitIds === '*' ? sql`true` : sql`n.nominating_unit_id = any(${scope.unitIds}::text[])`;
    const { rows } = await sql<{ level: number; unit_id: string; open: number; overdue: number; oldest: Date }>`
      select t.level, t.unit_id, count(*)::int as open, count(*) filter (where t.due_at < ${now})::int as overdue,
             min(t.opened_at) as oldest
        from inbox_tasks t join nominations n on n.id = t.nomination_id
       where t.campaign_id = ${campaign.id} and ${unitFilter}
       group by t.level, t.unit_id order by t.level, t.unit_id`.execute(this.db);
    const { rows: late } = await sql<{ level: number; opened_at: Date }>`
      select t.level, t.opened_at from inbox_tasks t join nominations n on n.id = t.nomination_id
       where t.campaign_id = ${campaign.id} and ${unitFilter}`.execute(this.db);
    const { rows: finishedRows } = await sql<{ finished: number }>`
      select count(*)::int as finished from nominations n
       where n.campaign_id = ${campaign.id} and n.final_at is not null and ${unitFilter}`.execute(this.db);
    const times = await readLevelTimes(this.db, { scope, campaignId: campaign.id });
    const avgMs = new Map(times.filter((t) => t.tasks > 0).map((t) => [t.level, t.totalMs / t.tasks]));
    const levels = [...new Set([...rows.map((r) => r.level), ...Object.keys(campaign.cutoffs).map(Number)])].sort();
    const byLevel = levels.map((level) => {
      const cutoff = campaign.cutoffs[String(level)] ?? null;
      const avg = avgMs.get(level) ?? null;
      // Expected finish: opened plus the level's average time so far; late when after the cut-off's end (Vietnam time).
      const cutoffEnd = cutoff ? Date.parse(`${cutoff}T23:59:59+07:00`) : null;
      const forecastLate =
        cutoffEnd === null
          ? 0
          : late.filter((t) => t.level === level && t.opened_at.getTime() + (avg ?? 0) > cutoffEnd).length;
      const here = rows.filter((r) => r.level === level);
      return {
        level,
        levelName: LEVEL_NAMES[level] ?? `Cấp ${level}`,
        open: here.reduce((s, r) => s + r.open, 0),
        overdue: here.reduce((s, r) => s + r.overdue, 0),
        cutoff,
        averageDaysAtLevel: avg === null ? null : Math.round((avg / 86_400_000) * 10) / 10,
        forecastLate,
      };
    });
    return {
      ...this.header(tree, unit, scope, asOf, null, campaign),
      byLevel,
      byUnit: rows.map((r) => ({
        unitId: r.unit_id,
        unitName: tree.findUnit(r.unit_id)?.name ?? r.unit_id,
        level: r.level,
        open: r.open,
        overdue: r.overdue,
        oldestOpenedAt: r.oldest.toISOString(),
      })),
      totals: {
        open: byLevel.reduce((s, l) => s + l.open, 0),
        overdue: byLevel.reduce((s, l) => s + l.overdue, 0),
        forecastLate: byLevel.reduce((s, l) => s + l.forecastLate, 0),
        finished: finishedRows[0]?.finished ?? 0,
      },
    };
  }

  /** Awards granted (and revoked) to a unit and its subtree, newest first; names only where the caller may read. */
  async unitAwardHistory(user: Principal, unitId: string, q: AwardHistoryQuery): Promise<UnitAwardHistory> {
    const { asOf, tree, unit, scope, access } = await this.context(user, unitId);
    const campaign = await this.campaign(q.campaignId);
    const unitFilter = scope.unitIds === '*' ? sql`true` : sql`nominating_unit_id = any(${scope.unitIds}::text[])`;
    const yearFilter =
      q.year === undefined
        ? sql`true`
        : sql`extract(year from (coalesce(final_at, submitted_at) at time zone 'Asia/Ho_Chi_Minh')) = ${q.year}`;
    const campaignFilter = campaign ? sql`campaign_id = ${campaign.id}` : sql`true`;
    const { rows } = await sql<{
      id: string;
      nominee_kind: 'person' | 'collective';
      nominee_name: string;
      award_code: string;
      campaign_id: string;
      nominating_unit_id: string;
      status: 'GRANTED' | 'REVOKED';
      decision_number: string | null;
      final_at: Date | null;
      route: { unitId: string }[];
    }>`
      select id, nominee_kind, nominee_name, award_code, campaign_id, nominating_unit_id, status, decision_number,
             final_at, route
        from nominations
       where status in ('GRANTED', 'REVOKED') and ${unitFilter} and ${yearFilter} and ${campaignFilter}
       order by final_at desc nulls last, id
       limit 20000`.execute(this.db);
    const awards = awardNames();
    const campaigns = await this.campaignNames();
    let hidden = 0;
    const items = rows.map((r): AwardHistoryItem => {
      const may = mayReadNominee(access, [r.nominating_unit_id, ...r.route.map((s) => s.unitId)]);
      if (!may) hidden++;
      return {
        nominationId: r.id,
        nomineeKind: r.nominee_kind,
        nomineeName: may ? r.nominee_name : null,
        awardCode: r.award_code,
        awardName: awards.get(r.award_code) ?? r.award_code,
        campaignId: r.campaign_id,
        campaignName: campaigns.get(r.campaign_id) ?? r.campaign_id,
        nominatingUnitId: r.nominating_unit_id,
        nominatingUnitName: tree.findUnit(r.nominating_unit_id)?.name ?? r.nominating_unit_id,
        status: r.status,
        decisionNumber: r.decision_number,
        grantedAt: r.final_at ? r.final_at.toISOString() : null,
      };
    });
    return { ...this.header(tree, unit, scope, asOf, q.year ?? null, campaign), items, hiddenNames: hidden };
  }

  private async byChildUnit(
    tree: OrgTreeReader,
    successors: ReadonlyMap<string, string>,
    unitId: string,
    asOf: string,
    year: number,
    campaign: Campaign | null,
  ): Promise<AnnualSummary['byUnit']> {
    const children = tree.childrenAsOf(unitId, asOf);
    const out: NonNullable<AnnualSummary['byUnit']> = [];
    for (const child of children) {
      const scope = statisticsScope(tree, successors, child.id, asOf);
      const rows = await readStatCounts(this.db, { scope, year, ...(campaign ? { campaignId: campaign.id } : {}) });
      out.push({ unitId: child.id, unitName: child.name, ...(groupFigures(rows, () => 0).get(0) ?? zeroFigures()) });
    }
    return out;
  }

  private async quotaUse(tree: OrgTreeReader, scope: StatisticsScope): Promise<AnnualSummary['quotaUse']> {
    const { rows } = await sql<{ bucket_key: string; quota_limit: number; used: number }>`
      select bucket_key, quota_limit, used from quota_usage where bucket_key like '%|unit:%' order by bucket_key`.execute(
      this.db,
    );
    const inScope = scope.unitIds === '*' ? null : new Set(scope.unitIds);
    return rows.flatMap((r) => {
      const [awardCode = '', unitPart = ''] = r.bucket_key.split('|');
      const unitId = unitPart.slice('unit:'.length);
      if (inScope && !inScope.has(unitId)) return [];
      return [
        {
          bucketKey: r.bucket_key,
          awardCode,
          unitId,
          unitName: tree.findUnit(unitId)?.name ?? unitId,
          limit: r.quota_limit,
          used: r.used,
        },
      ];
    });
  }

  private async campaignNames(): Promise<Map<string, string>> {
    const { rows } = await sql<{ id: string; name: string }>`select id::text, name from campaigns`.execute(this.db);
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  private ruleSets(): Promise<RuleSet[]> {
    return this.cache().ruleSets;
  }

  /** Access of the caller, for the controller's export record. */
  accessOf(user: Principal): ReportAccess {
    return reportAccessOf(user);
  }
}

/** Vietnamese names of the awards, by code (first rule set that names it). */
export function awardNames(): Map<string, string> {
  const out = new Map<string, string>();
  for (const rs of defaultRuleSets) for (const a of rs.awards) if (!out.has(a.code)) out.set(a.code, a.nameVi);
  return out;
}

/** The highest direct-worker share any rule set in force asks of these awards (null when none asks). */
function directWorkerTarget(rows: readonly StatCountRow[], ruleSets: readonly RuleSet[]): number | null {
  let target: number | null = null;
  for (const code of new Set(rows.map((r) => r.awardCode))) {
    for (const rs of ruleSets) {
      const rule = directWorkerShareRuleOf(rs, code as AwardCode);
      if (rule) target = Math.max(target ?? 0, rule.minShare);
    }
  }
  return target;
}

function sharesOf(rows: readonly StatCountRow[], ruleSets: readonly RuleSet[]): Shares {
  const persons = rows.filter((r) => r.nomineeKind === 'person');
  const sum = (xs: readonly StatCountRow[], k: keyof StatCountRow) => xs.reduce((s, r) => s + Number(r[k]), 0);
  const n = sum(persons, 'nominations');
  const target = directWorkerTarget(persons, ruleSets);
  return {
    directWorkers: share(sum(persons, 'direct_workers'), n, target),
    women: share(sum(persons, 'women'), n, null),
    nonLeaders: share(sum(persons, 'non_leaders'), n, null),
    collectiveWomen: share(sum(rows, 'collective_women'), sum(rows, 'collective_members'), null),
    targetsNote:
      target === null
        ? 'Bộ quy định không nêu chỉ tiêu tỷ lệ người lao động trực tiếp cho các hình thức này; không có chỉ tiêu tỷ lệ nữ hay người không giữ chức vụ lãnh đạo.'
        : `Bộ quy định yêu cầu người lao động trực tiếp chiếm ít nhất ${Math.round(target * 100)}% cá nhân được đề nghị; không nêu chỉ tiêu tỷ lệ nữ hay người không giữ chức vụ lãnh đạo.`,
  };
}

/** dd/mm/yyyy of a `YYYY-MM-DD`. */
export function vnDate(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}
