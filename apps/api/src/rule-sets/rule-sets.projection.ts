import type { Transaction } from 'kysely';
import type { Database } from '@vinhdanh/db';
import type { RuleSetVersionEvent } from '@vinhdanh/domain';
import type { StoredEvent } from '../core/command-handler';

/** The `rule_sets` row of a published version: what campaigns pin and workers load (drafts have none). */
export async function projectRuleSetVersion(
  trx: Transaction<Database>,
  events: readonly StoredEvent<RuleSetVersionEvent>[],
): Promise<void> {
  for (const { event } of events) {
    if (event.type !== 'RuleSetVersionPublished') continue;
    const ruleSet = event.data.ruleSet;
    await trx
      .insertInto('rule_sets')
      .values({
        version: ruleSet.version,
        effective_from: ruleSet.effectiveFrom,
        effective_to: ruleSet.effectiveTo ?? null,
        body: JSON.stringify(ruleSet),
      })
      .execute();
  }
}
