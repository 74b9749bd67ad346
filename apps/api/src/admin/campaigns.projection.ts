import type { Transaction } from 'kysely';
import type { Database } from '@vinhdanh/db';
import type { CampaignEvent } from '@vinhdanh/domain';
import type { StoredEvent } from '../core/command-handler';

/** The `campaigns` read model: one row per campaign, written only here, in the command's transaction. */
export async function projectCampaignEvents(
  trx: Transaction<Database>,
  events: readonly StoredEvent<CampaignEvent>[],
): Promise<void> {
  for (const { event } of events) {
    const d = event.data;
    const terms = {
      name: d.name,
      kind: d.kind,
      rule_set_version: d.ruleSetVersion,
      award_codes: d.awardCodes,
      opens_on: d.opensOn,
      closes_on: d.closesOn,
      cutoffs: JSON.stringify(d.cutoffs),
    };
    switch (event.type) {
      case 'CampaignCreated':
        await trx
          .insertInto('campaigns')
          .values({ id: d.campaignId, code: d.code, ...terms })
          .execute();
        break;
      case 'CampaignChanged':
        await trx.updateTable('campaigns').set(terms).where('id', '=', d.campaignId).execute();
        break;
      case 'CampaignRecorded':
        // Recorded from the row itself: the row already says this.
        break;
    }
  }
}
