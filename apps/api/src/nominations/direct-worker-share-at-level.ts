import { sql, type Kysely } from 'kysely';
import type { Database, NominationDetail } from '@vinhdanh/db';
import { assertDirectWorkerShareAtSubmission, directWorkerShareRuleOf, type AwardCode } from '@vinhdanh/domain';
import { loadStoredRuleSet } from './eligibility';

/** Statuses whose nominations no longer count towards a unit's share of direct workers. */
const NOT_COUNTED = ['REJECTED', 'WITHDRAWN', 'REVOKED', 'CANCELLED'];

/**
 * Priority to direct workers at the level that applies it (Law 06/2022 Art. 5, "chú trọng khen
 * thưởng … trực tiếp lao động, sản xuất" [S34]; NQ 07/NQ-TLĐ [S18][S19]; the share itself is the
 * rule set's data, no fixed union percentage was found — domain-sources §3.3): when the rule set's
 * `directWorkerShare.level` is the approving step's level, approving a person who is not a direct
 * worker is refused if it would leave the unit's approved person nominations of the campaign (counted
 * awards, still live) below the share. Same arithmetic as at submission: ⌈share × total⌉ direct workers.
 */
export async function assertDirectWorkerShareAtApproval(
  db: Kysely<Database>,
  nomination: NominationDetail,
  step: { level: number; unitId: string },
): Promise<void> {
  const state = nomination.state;
  const nominee = state.dossier.nominee;
  if (nominee.kind !== 'person' || nominee.isDirectWorker) return;
  const { ruleSet } = await loadStoredRuleSet(db, state.ruleSetVersion);
  const rule = directWorkerShareRuleOf(ruleSet, state.awardCode as AwardCode);
  if (!rule || rule.level !== step.level) return;
  const decision = sql<string>`state->'lastDecisions'->${String(step.level)}`;
  let q = db
    .selectFrom('nominations')
    .select([
      sql<number>`count(*)::int`.as('total'),
      sql<number>`count(*) filter (where (state->'dossier'->'nominee'->>'isDirectWorker')::boolean)::int`.as(
        'direct_workers',
      ),
    ])
    .where('campaign_id', '=', state.campaignId)
    .where('nominee_kind', '=', 'person')
    .where('status', 'not in', NOT_COUNTED)
    .where('id', '!=', nomination.id)
    .where(sql<string>`${decision}->>'unitId'`, '=', step.unitId)
    .where(sql<string>`${decision}->>'decision'`, '=', 'approve');
  if (rule.awardCodes) q = q.where('award_code', 'in', [...rule.awardCodes]);
  const row = await q.executeTakeFirstOrThrow();
  assertDirectWorkerShareAtSubmission(
    rule,
    ruleSet.version,
    step.unitId,
    { directWorkers: row.direct_workers, total: row.total },
    false,
  );
}
