import type { AwardCode } from '../rules/rule-set.schema';
import type { QuotaBucket } from './quota';

/*
 * Chỉ tiêu giao cho đơn vị — a quota allotted to one unit for one award in one campaign, for any
 * award, whether or not the rule set defines a quota for it. The union allots such numbers per
 * unit (1689/QĐ-TLĐ Art. 14.3: the number of Bằng khen TLĐ per LĐLĐ tỉnh / CĐ ngành TW [S3];
 * Art. 15: ≤ 4 thematic Bằng khen per LĐLĐ [S4]); provinces set their own in their annual
 * guidance (domain-sources §3.3, UNV). An allotment is the limit of the campaign-period unit
 * bucket `AWARD|unit:<unitId>|campaign:<campaignId>`, set through the campaign's quota-limit
 * aggregate (`QuotaLimitChanged`), so it has the same history, audit and anomaly report as any
 * quota change. A slot is taken when the unit approves (forwards or grants) a nomination of that
 * award, and given back when the nomination is rejected, withdrawn, cancelled or revoked.
 */

/** The bucket key of a unit's allotment for an award in a campaign. */
export function allotmentBucketKey(campaignId: string, unitId: string, awardCode: AwardCode): string {
  return `${awardCode}|unit:${unitId}|campaign:${campaignId}`;
}

/** The unit and award of an allotment's bucket key of `campaignId`, or null for any other bucket. */
export function parseAllotmentBucketKey(
  campaignId: string,
  bucketKey: string,
): { unitId: string; awardCode: AwardCode } | null {
  const [awardCode, scope, period, ...rest] = bucketKey.split('|');
  if (rest.length > 0 || !awardCode || !scope?.startsWith('unit:') || period !== `campaign:${campaignId}`) return null;
  const unitId = scope.slice('unit:'.length);
  return unitId ? { unitId, awardCode } : null;
}

/**
 * The buckets an approval uses: the rule set's, plus an allotment for each approving unit that has
 * one and whose bucket the rule set does not already define (there the allotment is that bucket's
 * limit, applied as an override).
 */
export function withAllotments(
  ruleSetBuckets: readonly QuotaBucket[],
  allotments: readonly { bucketKey: string; limit: number }[],
  input: { campaignId: string; awardCode: AwardCode; approvingUnitIds: readonly string[] },
): QuotaBucket[] {
  const known = new Set(ruleSetBuckets.map((b) => b.key));
  const extra: QuotaBucket[] = [];
  for (const unitId of input.approvingUnitIds) {
    const key = allotmentBucketKey(input.campaignId, unitId, input.awardCode);
    const allotted = allotments.find((a) => a.bucketKey === key);
    if (!allotted || known.has(key)) continue;
    extra.push({
      key,
      scope: 'unit',
      awardCode: input.awardCode,
      unitId,
      periodKey: `campaign:${input.campaignId}`,
      limit: allotted.limit,
      labelVi: `Chỉ tiêu ${input.awardCode} giao cho đơn vị ${unitId} trong đợt thi đua`,
      labelEn: `${input.awardCode} quota allotted to unit ${unitId} in the campaign`,
    });
  }
  return [...ruleSetBuckets, ...extra];
}
