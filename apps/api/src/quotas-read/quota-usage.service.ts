import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { findCampaign, listQuotaOverrides, listQuotaUsage, type Database } from '@vinhdanh/db';
import { awardRuleOf, quotaBucketsFor, RuleSet, type AwardCode, type OrgLevel } from '@vinhdanh/domain';
import { DB } from '../core/tokens';
import { ResourceNotFoundError } from '../errors/api-error';
import { RuleSetMissingError } from '../nominations/nominations.errors';

/** One quota counter as the gauge shows it: "đã dùng {used}/{limit} suất". */
export interface QuotaGauge {
  bucketKey: string;
  scope: 'unit' | 'national';
  unitId: string | null;
  periodKey: string;
  limit: number;
  used: number;
  remaining: number;
  labelVi: string;
  labelEn: string;
}

/** Answer of `GET /api/quotas/usage`: the counters an approval of the award at the unit may use. */
export interface QuotaUsageView {
  campaignId: string;
  unitId: string;
  awardCode: string;
  /** Empty when the award has no quota counted at this unit (nor nationally). */
  buckets: QuotaGauge[];
}

/**
 * Reads quota usage without reserving anything. The keys are built as the append activity builds
 * them (`activities/src/quota-reservation.ts`): year from the campaign's opening, theme = campaign code;
 * the limit is the administrator's override, else the counter's, else the rule set's.
 */
@Injectable()
export class QuotaUsageService {
  constructor(@Inject(DB) private readonly db: Kysely<Database>) {}

  async usage(query: { campaignId: string; unitId: string; awardCode: AwardCode }): Promise<QuotaUsageView> {
    const campaign = await findCampaign(this.db, query.campaignId);
    if (!campaign) throw new ResourceNotFoundError('CAMPAIGN', query.campaignId, 'đợt thi đua');
    const unit = await this.db
      .selectFrom('units')
      .select(['id', 'level', 'member_count'])
      .where('id', '=', query.unitId)
      .executeTakeFirst();
    if (!unit) throw new ResourceNotFoundError('UNIT', query.unitId, 'đơn vị');
    const stored = await this.db
      .selectFrom('rule_sets')
      .select('body')
      .where('version', '=', campaign.ruleSetVersion)
      .executeTakeFirst();
    if (!stored) throw new RuleSetMissingError(campaign.ruleSetVersion);
    const award = awardRuleOf(RuleSet.parse(stored.body), query.awardCode);
    // Only the counters of this unit's level (and national caps): other levels' units are not known here.
    const quotas = (award.quotas ?? []).filter((q) => q.scope === 'national' || (q.unitLevel ?? 3) === unit.level);
    const buckets = quotaBucketsFor(
      { ...award, quotas },
      {
        campaignId: campaign.id,
        year: Number(campaign.opensOn.slice(0, 4)),
        theme: campaign.code,
        unitAtLevel: { [unit.level as OrgLevel]: { unitId: unit.id, memberCount: unit.member_count } },
      },
    );
    const keys = buckets.map((b) => b.key);
    const [counters, overrides] = await Promise.all([
      listQuotaUsage(this.db, keys),
      listQuotaOverrides(this.db, campaign.id, keys),
    ]);
    return {
      campaignId: campaign.id,
      unitId: unit.id,
      awardCode: award.code,
      buckets: buckets.map((b) => {
        const counter = counters.find((c) => c.bucketKey === b.key);
        const limit = overrides.find((o) => o.bucketKey === b.key)?.limit ?? counter?.limit ?? b.limit;
        const used = counter?.used ?? 0;
        return {
          bucketKey: b.key,
          scope: b.scope,
          unitId: b.unitId ?? null,
          periodKey: b.periodKey,
          limit,
          used,
          remaining: Math.max(0, limit - used),
          labelVi: b.labelVi,
          labelEn: b.labelEn,
        };
      }),
    };
  }
}
