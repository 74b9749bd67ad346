import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
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

/** A stored rule set by version, parsed, with its raw body (for switches the domain schema does not carry). */
export async function loadStoredRuleSet(
  db: Kysely<Database>,
  version: string,
): Promise<{ ruleSet: RuleSet; body: unknown }> {
  const row = await db.selectFrom('rule_sets').select('body').where('version', '=', version).executeTakeFirst();
  if (!row) throw new RuleSetMissingError(version);
  return { ruleSet: RuleSet.parse(row.body), body: row.body };
}

/**
 * Rules whose failure refuses a submission outright, when the stored rule set does not list its
 * own (`submissionBlockingRules`): facts the appraisal cannot change (wrong nominee kind, not an
 * award year, already held once-per-person, already granted for the same period). The other
 * rules (prerequisites, person conditions, exclusivity) are left to the appraisal step.
 */
export const DEFAULT_SUBMISSION_BLOCKING_RULES: readonly string[] = [
  'ELIGIBILITY.NOMINEE_KIND',
  'ELIGIBILITY.AWARD_YEAR',
  'ELIGIBILITY.ONCE_PER_PERSON',
  'ELIGIBILITY.NO_DUPLICATE',
];

// Read leniently from the stored rule-set body: the domain schema does not carry the switch yet.
const BlockingRules = z.object({ submissionBlockingRules: z.array(z.string().min(1)).optional() });

/** The rules a stored rule-set body makes blocking at submission (the defaults when it lists none). */
export function submissionBlockingRules(ruleSetBody: unknown): readonly string[] {
  const parsed = BlockingRules.safeParse(ruleSetBody);
  return (parsed.success && parsed.data.submissionBlockingRules) || DEFAULT_SUBMISSION_BLOCKING_RULES;
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
 * a collective by name and nominating unit. Awards granted before the engine (paper records)
 * need the importable history table, which does not exist yet.
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
  } else {
    q = q
      .where('n.nominating_unit_id', '=', nominatingUnitId)
      .where('n.nominee_search', '=', normaliseSearchText(nominee.kind === 'person' ? nominee.fullName : nominee.name));
    if (nominee.kind === 'person') {
      q = q.where(sql<string>`n.state->'dossier'->'nominee'->>'birthYear'`, '=', String(nominee.birthYear));
    }
  }
  const rows = await q.execute();
  return rows.flatMap((r) => {
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
