import { awardRuleOf } from '../rules/rule-set';
import { ruleSet2024 } from '../rules/rule-set-2024';
import { assertDirectWorkerShare, directWorkerShare } from './direct-worker-share';
import { assertWithinQuota, CampaignUnitQuota, quotaBucketsFor, quotaLimit } from './quota';
import { type QuotaError } from './quota.errors';

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    return (error as QuotaError).code;
  }
  return undefined;
};
const ctx = {
  campaignId: 'campaign-2026-attld',
  year: 2026,
  theme: 'an-toan-ve-sinh-lao-dong',
  unitAtLevel: { 3: { unitId: 'ldld-ha-noi', memberCount: 250_000 } },
};

// A share-of-members quota: no source was found for a union rule of this shape (domain-sources §3.3, UNV:
// provinces set such numbers in their own guidance); it is configurable data, tested as arithmetic.
describe('quotaLimit', () => {
  it('given an absolute quota, then the limit is its max', () => {
    expect(quotaLimit({ max: 5 })).toBe(5);
  });

  it('given a share of members, then it rounds down and never goes below the minimum', () => {
    expect(quotaLimit({ maxShareOfMembers: 0.1 }, { memberCount: 37 })).toBe(3);
    expect(quotaLimit({ maxShareOfMembers: 0.1 }, { memberCount: 30 })).toBe(3);
    expect(quotaLimit({ maxShareOfMembers: 0.1, minimum: 1 }, { memberCount: 4 })).toBe(1);
    expect(quotaLimit({ maxShareOfMembers: 0.1, max: 2 }, { memberCount: 37 })).toBe(2);
  });

  it('refuses a rule without a limit and a share quota without the member count', () => {
    expect(codeOf(() => quotaLimit({}))).toBe('QUOTA.INVALID_RULE');
    expect(codeOf(() => quotaLimit({ maxShareOfMembers: 0.1 }))).toBe('QUOTA.MEMBER_COUNT_REQUIRED');
    expect(CampaignUnitQuota.safeParse({ campaignId: 'c', unitId: 'u', awardCode: 'GK' }).success).toBe(false);
  });
});

// Thematic Bằng khen TLĐ: ≤ 4 per LĐLĐ / CĐ ngành TW per theme, ≤ 300 nationally per theme (1689/QĐ-TLĐ Art. 15 [S4]).
describe('quotaBucketsFor [S4]', () => {
  it('given BK_CD, then a nomination uses the province-level counter (4 per theme) and the national one (300 per theme)', () => {
    expect(quotaBucketsFor(awardRuleOf(ruleSet2024, 'BK_CD'), ctx)).toEqual([
      expect.objectContaining({
        key: 'BK_CD|unit:ldld-ha-noi|theme:an-toan-ve-sinh-lao-dong',
        scope: 'unit',
        limit: 4,
      }),
      expect.objectContaining({ key: 'BK_CD|national|theme:an-toan-ve-sinh-lao-dong', scope: 'national', limit: 300 }),
    ]);
    expect(quotaBucketsFor(awardRuleOf(ruleSet2024, 'GK'), ctx)).toEqual([]);
  });

  it('refuses a per-theme quota without a theme, or a unit quota with no unit at its level', () => {
    expect(codeOf(() => quotaBucketsFor(awardRuleOf(ruleSet2024, 'BK_CD'), { ...ctx, theme: undefined }))).toBe(
      'QUOTA.CONTEXT_MISSING',
    );
    expect(codeOf(() => quotaBucketsFor(awardRuleOf(ruleSet2024, 'BK_CD'), { ...ctx, unitAtLevel: {} }))).toBe(
      'QUOTA.CONTEXT_MISSING',
    );
  });
});

describe('assertWithinQuota', () => {
  it('given 4 of 4 used, when one more is requested, then QUOTA.EXCEEDED names the quota, its limit and its usage', () => {
    const [unitBucket] = quotaBucketsFor(awardRuleOf(ruleSet2024, 'BK_CD'), ctx);
    expect(() => assertWithinQuota(unitBucket!, 3)).not.toThrow();
    try {
      assertWithinQuota(unitBucket!, 4);
      throw new Error('expected a refusal');
    } catch (error) {
      const e = error as QuotaError;
      expect(e.code).toBe('QUOTA.EXCEEDED');
      expect(e.messageEn).toBe(
        'Quota exceeded — BK_CD for unit ldld-ha-noi (theme:an-toan-ve-sinh-lao-dong): limit 4, used 4.',
      );
      expect(e.messageVi).toContain('tối đa 4, đã sử dụng 4');
      expect(e.details).toEqual({
        quotaKey: 'BK_CD|unit:ldld-ha-noi|theme:an-toan-ve-sinh-lao-dong',
        limit: 4,
        used: 4,
        requested: 1,
      });
    }
  });
});

// Law 06/2022 Art. 5, priority to direct workers [S34]; the 30 % is the test's number (no union percentage found).
describe('direct-worker share [S34]', () => {
  it('given a minimum of 30 %, then 3 of 10 passes and 2 of 10 is refused naming the numbers', () => {
    expect(directWorkerShare(0.3, { directWorkers: 3, total: 10 })).toEqual({ passed: true, share: 0.3, required: 3 });
    expect(codeOf(() => assertDirectWorkerShare('cdcs-1', 0.3, { directWorkers: 2, total: 10 }))).toBe(
      'QUOTA.DIRECT_WORKER_SHARE',
    );
    expect(() => assertDirectWorkerShare('cdcs-1', 0.3, { directWorkers: 2, total: 10 })).toThrow(
      'Unit cdcs-1: at least 30 % of person nominations must be direct workers (3/10); there are 2.',
    );
    expect(directWorkerShare(0.3, { directWorkers: 0, total: 0 }).passed).toBe(true);
  });
});
