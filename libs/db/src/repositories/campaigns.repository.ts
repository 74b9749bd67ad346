import { sql, type Kysely } from 'kysely';
import type { Database } from '../database';
import type { CampaignKind } from '../tables/campaigns.table';

/** A campaign as the application reads it: dates as `YYYY-MM-DD`, cut-offs per level. */
export interface Campaign {
  id: string;
  code: string;
  name: string;
  kind: CampaignKind;
  ruleSetVersion: string;
  awardCodes: string[];
  opensOn: string;
  closesOn: string;
  cutoffs: Record<string, string>;
}

function campaignsQuery(db: Kysely<Database>) {
  return db
    .selectFrom('campaigns')
    .select([
      'id',
      'code',
      'name',
      'kind',
      'rule_set_version',
      'award_codes',
      sql<string>`opens_on::text`.as('opens_on'),
      sql<string>`closes_on::text`.as('closes_on'),
      'cutoffs',
    ]);
}

type CampaignSelect = Awaited<ReturnType<ReturnType<typeof campaignsQuery>['executeTakeFirstOrThrow']>>;

function toCampaign(r: CampaignSelect): Campaign {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    kind: r.kind,
    ruleSetVersion: r.rule_set_version,
    awardCodes: r.award_codes,
    opensOn: r.opens_on,
    closesOn: r.closes_on,
    cutoffs: r.cutoffs,
  };
}

/** Campaigns, newest opening first; `openOn` (YYYY-MM-DD) keeps those open that day. */
export async function listCampaigns(db: Kysely<Database>, filter: { openOn?: string } = {}): Promise<Campaign[]> {
  let q = campaignsQuery(db).orderBy('opens_on', 'desc').orderBy('code');
  if (filter.openOn) q = q.where('opens_on', '<=', filter.openOn).where('closes_on', '>=', filter.openOn);
  return (await q.execute()).map(toCampaign);
}

/** One campaign by id, or undefined. */
export async function findCampaign(db: Kysely<Database>, id: string): Promise<Campaign | undefined> {
  const row = await campaignsQuery(db).where('id', '=', id).executeTakeFirst();
  return row ? toCampaign(row) : undefined;
}
