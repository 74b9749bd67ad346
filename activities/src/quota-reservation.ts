import type { Kysely } from 'kysely';
import { findCampaign, listQuotaOverrides, type Database } from '@vinhdanh/db';
import {
  QuotaError,
  assertWithinQuota,
  awardRuleOf,
  quotaBucketsFor,
  withAllotments,
  allotmentBucketKey,
  type AwardCode,
  type NominationEvent,
  type OrgLevel,
  type QuotaBucket,
  type RouteStep,
  type RuleSet,
} from '@vinhdanh/domain';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What the append needs to know about a nomination to count its quotas; the workflow passes it from its state. */
export interface NominationQuotaScope {
  awardCode: AwardCode;
  campaignId: string;
  ruleSetVersion: string;
  route: readonly RouteStep[];
}

/** Events that give a nomination's slots back. */
const RELEASING: ReadonlySet<NominationEvent['type']> = new Set([
  'NominationRejected',
  'NominationWithdrawn',
  'NominationRevoked',
  'NominationCancelled',
]);

/** True when the events give the nomination's slots back. */
export function releasesQuota(events: readonly NominationEvent[]): boolean {
  return events.some((e) => RELEASING.has(e.type));
}

/**
 * The levels whose approval the events record: a unit quota counted at a level is taken when that
 * level forwards or grants; a national quota when the award is granted.
 */
function approvals(events: readonly NominationEvent[]): { levels: Set<OrgLevel>; granted: boolean } {
  const levels = new Set<OrgLevel>();
  let granted = false;
  for (const e of events) {
    if (e.type === 'NominationForwarded') levels.add(e.data.from.level);
    if (e.type === 'NominationGranted') {
      levels.add(e.data.level);
      granted = true;
    }
  }
  return { levels, granted };
}

/**
 * The quota buckets the events use, each with the limit in force: an administrator's override for
 * the campaign wins over the rule set's limit, and a unit's allotment for the award (chỉ tiêu giao,
 * [S3][S4]) adds its bucket even where the rule set has no quota. Empty when the events approve
 * nothing, or the award has no quota and no approving unit an allotment.
 */
export async function bucketsUsedBy(
  db: Kysely<Database>,
  ruleSetOf: (version: string) => Promise<RuleSet>,
  scope: NominationQuotaScope,
  events: readonly NominationEvent[],
  now: string,
): Promise<QuotaBucket[]> {
  const { levels, granted } = approvals(events);
  if (levels.size === 0) return [];
  const award = awardRuleOf(await ruleSetOf(scope.ruleSetVersion), scope.awardCode);
  const campaign = UUID.test(scope.campaignId) ? await findCampaign(db, scope.campaignId) : undefined;
  const approvedUnits = new Set(scope.route.filter((s) => levels.has(s.level)).map((s) => s.unitId));
  if (!award.quotas?.length) return campaign ? allotted(db, campaign.id, scope.awardCode, [], approvedUnits) : [];
  const unitIds = scope.route.map((s) => s.unitId);
  const units = await db.selectFrom('units').select(['id', 'member_count']).where('id', 'in', unitIds).execute();
  const members = new Map(units.map((u) => [u.id, u.member_count]));
  const unitAtLevel: Partial<Record<OrgLevel, { unitId: string; memberCount?: number }>> = {};
  for (const step of scope.route) {
    const memberCount = members.get(step.unitId);
    unitAtLevel[step.level] = { unitId: step.unitId, ...(memberCount === undefined ? {} : { memberCount }) };
  }
  const all = quotaBucketsFor(award, {
    campaignId: scope.campaignId,
    year: Number((campaign?.opensOn ?? now).slice(0, 4)),
    // A thematic campaign is its own theme: its code names it.
    theme: campaign?.code ?? scope.campaignId,
    unitAtLevel,
  });
  const used = all.filter((b) =>
    b.scope === 'national' ? granted : b.unitId !== undefined && approvedUnits.has(b.unitId),
  );
  if (!campaign) return used;
  return allotted(db, campaign.id, scope.awardCode, used, approvedUnits);
}

/** The rule set's buckets with the campaign's overrides applied, plus the approving units' allotments. */
async function allotted(
  db: Kysely<Database>,
  campaignId: string,
  awardCode: AwardCode,
  ruleSetBuckets: readonly QuotaBucket[],
  approvingUnits: ReadonlySet<string>,
): Promise<QuotaBucket[]> {
  const approvingUnitIds = [...approvingUnits];
  const allotmentKeys = approvingUnitIds.map((u) => allotmentBucketKey(campaignId, u, awardCode));
  const keys = [...new Set([...ruleSetBuckets.map((b) => b.key), ...allotmentKeys])];
  if (keys.length === 0) return [...ruleSetBuckets];
  const overrides = await listQuotaOverrides(db, campaignId, keys);
  const limitOf = new Map(overrides.map((o) => [o.bucketKey, o.limit]));
  const buckets = ruleSetBuckets.map((b) => ({ ...b, limit: limitOf.get(b.key) ?? b.limit }));
  return withAllotments(buckets, overrides, { campaignId, awardCode, approvingUnitIds });
}

/** The refusal for a full bucket: names the quota, its limit and its usage (`QUOTA.EXCEEDED`). */
export function quotaExceeded(bucket: QuotaBucket, used: number): QuotaError {
  try {
    assertWithinQuota(bucket, used);
  } catch (err) {
    if (err instanceof QuotaError) return err;
    throw err;
  }
  // The counter's stored limit may trail a just-raised override; report the count as full anyway.
  return QuotaError.exceeded(bucket, used, 1);
}
