import { sql, type Kysely } from 'kysely';
import { normaliseSearchText, type Campaign, type Database } from '@vinhdanh/db';
import {
  AwardCode,
  checkEligibility,
  failedChecks,
  type AwardHistoryEntry,
  type AwardRule,
  type Dossier,
  type EligibilityCheck,
  RuleSet,
} from '@vinhdanh/domain';
import { RuleSetMissingError } from './nominations.errors';

/** A stored rule set by version, parsed (every switch, e.g. `submissionBlockingRules`, is in the schema). */
export async function loadStoredRuleSet(db: Kysely<Database>, version: string): Promise<{ ruleSet: RuleSet }> {
  const row = await db.selectFrom('rule_sets').select('body').where('version', '=', version).executeTakeFirst();
  if (!row) throw new RuleSetMissingError(version);
  return { ruleSet: RuleSet.parse(row.body) };
}

/** Rules judged on the nominee's award history: they can only block when the history is surely theirs. */
const HISTORY_RULES: readonly string[] = [
  'ELIGIBILITY.ONCE_PER_PERSON',
  'ELIGIBILITY.NO_DUPLICATE',
  'ELIGIBILITY.EXCLUSIVITY',
  'ELIGIBILITY.PREREQUISITE',
];

/**
 * The failed checks that block a submission under the rule set. History rules block only when the
 * nominee is identified by `personKey`: a match by name is a hint for the appraiser, not a refusal.
 */
export function blockingFailures(
  checks: readonly EligibilityCheck[],
  blocking: readonly string[],
  nominee: Dossier['nominee'],
): EligibilityCheck[] {
  const identified = nominee.kind === 'person' && nominee.personKey !== undefined;
  return failedChecks(checks).filter(
    (c) => blocking.includes(c.rule) && (identified || !HISTORY_RULES.includes(c.rule)),
  );
}

/**
 * The nominee's award history from this engine's granted (and revoked) nominations. A person is
 * matched by `personKey` when the dossier has one, else by name, birth year and nominating unit;
 * a collective by its unit id when the dossier names it (so its history follows it through a
 * reorganisation of the units above it), else by name and nominating unit. Awards granted before the engine (paper records) come
 * from the imported `award_history` table, matched by `personKey` only (a name is no identity).
 */
export async function loadAwardHistory(
  db: Kysely<Database>,
  dossier: Dossier,
  nominatingUnitId: string,
  excludeNominationId?: string,
): Promise<AwardHistoryEntry[]> {
  const nominee = dossier.nominee;
  let q = db
    .selectFrom('nominations as n')
    .innerJoin('campaigns as c', (join) => join.on(sql<boolean>`c.id::text = n.campaign_id`))
    .select([
      'n.award_code',
      'n.status',
      'n.decision_number',
      'c.kind',
      'c.code',
      sql<number>`extract(year from c.opens_on)::int`.as('year'),
    ])
    .where('n.status', 'in', ['GRANTED', 'REVOKED'])
    .where('n.nominee_kind', '=', nominee.kind);
  if (excludeNominationId) q = q.where('n.id', '<>', excludeNominationId);
  if (nominee.kind === 'person' && nominee.personKey) {
    q = q.where(sql<string>`n.state->'dossier'->'nominee'->>'personKey'`, '=', nominee.personKey);
  } else if (nominee.kind === 'collective' && nominee.unitId) {
    // The unit itself, whichever unit nominated it and whatever it was called then.
    q = q.where(sql<string>`n.state->'dossier'->'nominee'->>'unitId'`, '=', nominee.unitId);
  } else {
    q = q
      .where('n.nominating_unit_id', '=', nominatingUnitId)
      .where('n.nominee_search', '=', normaliseSearchText(nominee.kind === 'person' ? nominee.fullName : nominee.name));
    if (nominee.kind === 'person') {
      q = q.where(sql<string>`n.state->'dossier'->'nominee'->>'birthYear'`, '=', String(nominee.birthYear));
    }
  }
  const [rows, imported] = await Promise.all([q.execute(), importedHistory(db, dossier)]);
  return [
    ...imported,
    ...rows.flatMap((r) => {
      const code = AwardCode.safeParse(r.award_code);
      if (!code.success) return [];
      const entry: AwardHistoryEntry = {
        awardCode: code.data,
        year: r.year,
        source: 'granted',
        ...(r.kind === 'thematic' ? { theme: r.code } : {}),
        ...(r.decision_number ? { decisionNumber: r.decision_number } : {}),
        ...(r.status === 'REVOKED' ? { revoked: true } : {}),
      };
      return [entry];
    }),
  ];
}

/** Imported awards (paper records) of a person identified by `personKey`; none for collectives or unidentified people. */
async function importedHistory(db: Kysely<Database>, dossier: Dossier): Promise<AwardHistoryEntry[]> {
  const nominee = dossier.nominee;
  if (nominee.kind !== 'person' || !nominee.personKey) return [];
  const rows = await db
    .selectFrom('award_history')
    .select(['award_code', 'year', 'theme', 'decision_number'])
    .where('person_key', '=', nominee.personKey)
    .execute();
  return rows.flatMap((r) => {
    const code = AwardCode.safeParse(r.award_code);
    if (!code.success) return [];
    const entry: AwardHistoryEntry = {
      awardCode: code.data,
      year: r.year,
      source: 'imported',
      ...(r.theme ? { theme: r.theme } : {}),
      ...(r.decision_number ? { decisionNumber: r.decision_number } : {}),
    };
    return [entry];
  });
}

/** The campaign year and theme the eligibility rules are judged for. */
export function campaignScope(campaign: Pick<Campaign, 'opensOn' | 'kind' | 'code'>): { year: number; theme?: string } {
  const year = Number(campaign.opensOn.slice(0, 4));
  return campaign.kind === 'thematic' ? { year, theme: campaign.code } : { year };
}

/** Every eligibility rule's result for a dossier in a campaign, with the nominee's history from the read model. */
export async function evaluateEligibility(
  db: Kysely<Database>,
  input: {
    ruleSet: RuleSet;
    award: AwardRule;
    campaign: Pick<Campaign, 'opensOn' | 'kind' | 'code'>;
    dossier: Dossier;
    nominatingUnitId: string;
    nominationId?: string;
  },
): Promise<EligibilityCheck[]> {
  const history = await loadAwardHistory(db, input.dossier, input.nominatingUnitId, input.nominationId);
  const { year, theme } = campaignScope(input.campaign);
  return checkEligibility(input.ruleSet, input.award, input.dossier.nominee, history, year, {
    ...(theme ? { theme } : {}),
    initiatives: input.dossier.initiatives,
  });
}

/** Statuses whose nominations no longer count towards a unit's share of direct workers. */
const NOT_COUNTED = ['REJECTED', 'WITHDRAWN', 'REVOKED', 'CANCELLED'];

/**
 * A unit's live person nominations in a campaign for the counted awards (all when `awardCodes` is
 * absent), and how many of them are direct workers, from the read model (the current dossier).
 */
export async function directWorkerCounts(
  db: Kysely<Database>,
  input: { nominatingUnitId: string; campaignId: string; awardCodes?: readonly string[] },
): Promise<{ directWorkers: number; total: number }> {
  let q = db
    .selectFrom('nominations')
    .select([
      sql<number>`count(*)::int`.as('total'),
      sql<number>`count(*) filter (where (state->'dossier'->'nominee'->>'isDirectWorker')::boolean)::int`.as(
        'direct_workers',
      ),
    ])
    .where('nominating_unit_id', '=', input.nominatingUnitId)
    .where('campaign_id', '=', input.campaignId)
    .where('nominee_kind', '=', 'person')
    .where('status', 'not in', NOT_COUNTED);
  if (input.awardCodes) q = q.where('award_code', 'in', [...input.awardCodes]);
  const row = await q.executeTakeFirstOrThrow();
  return { directWorkers: row.direct_workers, total: row.total };
}
