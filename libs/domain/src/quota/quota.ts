import { z } from 'zod';
import type { OrgLevel } from '../org/org-unit';
import { AwardCode, type AwardRule, type QuotaRule } from '../rules/rule-set.schema';
import { QuotaError } from './quota.errors';

/** A limit as data: absolute (`max`), a share of the unit's members rounded down (`maxShareOfMembers`), or both (the smaller wins). */
export type QuotaLimitRule = Pick<QuotaRule, 'max' | 'maxShareOfMembers' | 'minimum'>;

/** A campaign × unit × award quota an administrator sets (stored in the database, changed by an event with a reason). */
export const CampaignUnitQuota = z
  .object({
    campaignId: z.string().min(1),
    unitId: z.string().min(1),
    awardCode: AwardCode,
    max: z.number().int().min(0).optional(),
    maxShareOfMembers: z.number().min(0).max(1).optional(),
    minimum: z.number().int().min(0).optional(),
  })
  .refine((q) => q.max !== undefined || q.maxShareOfMembers !== undefined, {
    message: 'a quota needs max or maxShareOfMembers',
    path: ['max'],
  });
/** A campaign × unit × award quota. */
export type CampaignUnitQuota = z.infer<typeof CampaignUnitQuota>;

/**
 * The number of slots a quota allows for a unit: `max`, or ⌊members × share⌋ raised to
 * `minimum`, or the smaller of the two when both are set.
 */
export function quotaLimit(rule: QuotaLimitRule, unit: { memberCount?: number } = {}): number {
  if (rule.max === undefined && rule.maxShareOfMembers === undefined) {
    throw new QuotaError(
      'QUOTA.INVALID_RULE',
      'Chỉ tiêu phải có số tối đa hoặc tỷ lệ.',
      'A quota needs max or maxShareOfMembers.',
      { rule },
    );
  }
  let limit = rule.max ?? Number.POSITIVE_INFINITY;
  if (rule.maxShareOfMembers !== undefined) {
    if (unit.memberCount === undefined) {
      throw new QuotaError(
        'QUOTA.MEMBER_COUNT_REQUIRED',
        'Chỉ tiêu theo tỷ lệ cần số đoàn viên của đơn vị.',
        "A share quota needs the unit's member count.",
        { rule },
      );
    }
    // Round away float noise (0.1 × 30 = 3.0000000000000004) before rounding down.
    const byShare = Math.floor(Math.round(unit.memberCount * rule.maxShareOfMembers * 1e9) / 1e9);
    limit = Math.min(limit, Math.max(byShare, rule.minimum ?? 0));
  }
  return limit;
}

/** Throws `QUOTA.EXCEEDED` when `requested` more slots would take usage past the limit. */
export function assertWithinQuota(
  quota: { key: string; labelVi: string; labelEn: string; limit: number },
  used: number,
  requested = 1,
): void {
  if (used + requested > quota.limit) throw QuotaError.exceeded(quota, used, requested);
}

/** One counter a nomination uses: its stable key (the database row), what it is called and its limit. */
export interface QuotaBucket {
  readonly key: string;
  readonly scope: 'unit' | 'national';
  readonly awardCode: AwardCode;
  readonly unitId?: string;
  readonly periodKey: string;
  readonly limit: number;
  readonly labelVi: string;
  readonly labelEn: string;
}

/** Where a nomination sits for its quotas: campaign, year, theme and the route's unit at each level with its members. */
export interface QuotaContext {
  readonly campaignId: string;
  readonly year: number;
  readonly theme?: string;
  readonly unitAtLevel: Partial<Record<OrgLevel, { readonly unitId: string; readonly memberCount?: number }>>;
}

function periodKeyOf(rule: QuotaRule, ctx: QuotaContext): string {
  if (rule.period === 'campaign') return `campaign:${ctx.campaignId}`;
  if (rule.period === 'year') return `year:${ctx.year}`;
  if (!ctx.theme) {
    throw new QuotaError(
      'QUOTA.CONTEXT_MISSING',
      'Chỉ tiêu theo chuyên đề cần tên chuyên đề.',
      'A per-theme quota needs the theme.',
      { rule },
    );
  }
  return `theme:${ctx.theme}`;
}

/** The period of a quota key as people read it (`campaign:<id>` → the campaign, named by the API). */
function periodVi(periodKey: string): string {
  const [kind, value] = [periodKey.slice(0, periodKey.indexOf(':')), periodKey.slice(periodKey.indexOf(':') + 1)];
  if (kind === 'year') return `năm ${value}`;
  if (kind === 'theme') return `chuyên đề ${value}`;
  return `đợt thi đua ${value}`;
}

/**
 * The rule-set quota counters a nomination for `award` uses (e.g. BK_CD: ≤ 4 per province-level
 * unit per theme and ≤ 300 nationally per theme). Keys are stable, so the activity can reserve a
 * row per key under a check constraint `used <= limit`.
 */
export function quotaBucketsFor(award: AwardRule, ctx: QuotaContext): QuotaBucket[] {
  return (award.quotas ?? []).map((rule) => {
    const periodKey = periodKeyOf(rule, ctx);
    if (rule.scope === 'national') {
      return {
        key: `${award.code}|national|${periodKey}`,
        scope: 'national',
        awardCode: award.code,
        periodKey,
        limit: quotaLimit(rule),
        labelVi: `${award.code} toàn quốc (${periodVi(periodKey)})`,
        labelEn: `${award.code} nationally (${periodKey})`,
      };
    }
    const level = rule.unitLevel ?? 3;
    const unit = ctx.unitAtLevel[level];
    if (!unit) {
      throw new QuotaError(
        'QUOTA.CONTEXT_MISSING',
        `Không có đơn vị cấp ${level} để tính chỉ tiêu ${award.code}.`,
        `No level-${level} unit to count the ${award.code} quota at.`,
        { awardCode: award.code, level },
      );
    }
    return {
      key: `${award.code}|unit:${unit.unitId}|${periodKey}`,
      scope: 'unit',
      awardCode: award.code,
      unitId: unit.unitId,
      periodKey,
      limit: quotaLimit(rule, unit),
      labelVi: `${award.code} của đơn vị ${unit.unitId} (${periodVi(periodKey)})`,
      labelEn: `${award.code} for unit ${unit.unitId} (${periodKey})`,
    };
  });
}
