import { fieldIssues } from '../shared/zod-issues';
import { awardRuleOf, findRuleSet, missingAttachmentKinds, ruleSetAsOf } from './rule-set';
import { ruleSet2024, ruleSet2024SignOff } from './rule-set-2024';
import { defaultRuleSets } from './rule-set-catalogue';
import { ruleSet2026 } from './rule-set-2026';
import { DEFAULT_AWARD_CODES, RuleSet } from './rule-set.schema';
import { disclosureFor } from '../procedure/disclosure';
import { appliesAtSubmission, directWorkerShareRuleOf, submissionBlockingRules } from '../eligibility/submission-rules';
import { NoRuleSetInEffectError, OverlappingRuleSetsError, UnknownAwardError } from './rules.errors';

const errorCode = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
};

describe('ruleSet2024', () => {
  it('parses with the RuleSet schema and round-trips unchanged', () => {
    expect(RuleSet.parse(ruleSet2024)).toEqual(ruleSet2024);
  });

  it('lists every award code of the catalogue exactly once', () => {
    expect(ruleSet2024.awards.map((a) => a.code).sort()).toEqual([...DEFAULT_AWARD_CODES].sort());
  });

  it('carries the thresholds and fast track of domain.md', () => {
    expect(awardRuleOf(ruleSet2024, 'CSTD_TLD').voteThreshold).toBe('percent90');
    expect(awardRuleOf(ruleSet2024, 'CO_TINH').voteThreshold).toBe('percent80');
    expect(awardRuleOf(ruleSet2024, 'BK_DX')).toEqual(
      expect.objectContaining({ simplifiedProcedure: true, routeStartLevels: [1, 2, 3], countsAsPrerequisite: false }),
    );
    expect(awardRuleOf(ruleSet2024, 'GK').grantingLevel).toBe(2);
    expect(awardRuleOf(ruleSet2024, 'BK_CD').quotas).toEqual(
      expect.arrayContaining([expect.objectContaining({ scope: 'national', max: 300 })]),
    );
  });
});

describe('RuleSet schema', () => {
  it('given a start level above the granting level, then the issue names the field', () => {
    const bad = { ...ruleSet2024, awards: [{ ...awardRuleOf(ruleSet2024, 'GK'), routeStartLevels: [3] }] };
    const result = RuleSet.safeParse(bad);
    expect(result.success).toBe(false);
    expect(fieldIssues(result.error!)).toEqual([
      { field: 'awards[0].routeStartLevels[0]', message: 'route start level 3 is above the granting level 2' },
    ]);
  });

  it('given a duplicate award and a reversed period, then both are reported by field', () => {
    const gk = awardRuleOf(ruleSet2024, 'GK');
    const result = RuleSet.safeParse({ ...ruleSet2024, effectiveTo: '2023-01-01', awards: [gk, gk] });
    expect(fieldIssues(result.error!).map((i) => i.field)).toEqual(['effectiveTo', 'awards[1].code']);
  });

  it('given a malformed award code, then the issue names the field and the expected shape', () => {
    const result = RuleSet.safeParse({
      ...ruleSet2024,
      awards: [{ ...awardRuleOf(ruleSet2024, 'GK'), code: 'giấy khen' }],
    });
    expect(fieldIssues(result.error!)).toEqual([
      { field: 'awards[0].code', message: expect.stringContaining('upper-case letters') },
    ]);
  });

  it('accepts a code outside the default catalogue: award codes are data (a province adds its own title)', () => {
    const local = { ...awardRuleOf(ruleSet2024, 'GK'), code: 'CNG_THU_DO', nameVi: 'Công nhân giỏi Thủ đô' };
    expect(RuleSet.safeParse({ ...ruleSet2024, awards: [...ruleSet2024.awards, local] }).success).toBe(true);
  });

  it('given a prerequisite, disclosure or direct-worker rule naming an award the catalogue lacks, then each is named', () => {
    const gk = awardRuleOf(ruleSet2024, 'GK');
    const result = RuleSet.safeParse({
      ...ruleSet2024,
      awards: [{ ...gk, prerequisites: [{ awardCode: 'BK_TINH', withinYearsBefore: 1, enabled: true }] }],
      disclosure: { level: 'nominating', workingDays: 5, awards: [{ awardCode: 'CSTD_TLD', workingDays: 5 }] },
      directWorkerShare: { minShare: 0.3, awardCodes: ['BK_TLD'] },
    });
    expect(fieldIssues(result.error!).map((i) => i.field)).toEqual([
      'awards[0].prerequisites[0].awardCode',
      'disclosure.awards[0].awardCode',
      'directWorkerShare.awardCodes[0]',
    ]);
  });
});

describe('ruleSetAsOf', () => {
  const older = {
    ...ruleSet2024,
    version: '2019.1',
    regulation: 'Quy chế 1689/QĐ-TLĐ 2019',
    effectiveFrom: '2019-01-01',
    effectiveTo: '2024-01-01',
  };
  const sets = [older, ...defaultRuleSets];

  // The law in force decides the lookup: Law 06/2022 with NĐ 98/2023 from 01/01/2024 [S21][S22],
  // NĐ 152/2025 from 01/07/2025 [S26]; 2024.3 and 2025.1 supersede the versions set before them.
  it('picks the version whose period contains the date, leaving out versions a newer one supersedes', () => {
    expect(ruleSetAsOf(sets, '2023-12-31').version).toBe('2019.1');
    expect(ruleSetAsOf(sets, '2024-01-01').version).toBe('2024.3');
    expect(ruleSetAsOf(sets, '2025-06-30').version).toBe('2024.3');
    expect(ruleSetAsOf(sets, '2025-07-01').version).toBe('2025.1');
    expect(ruleSetAsOf(sets, '2026-03-01').version).toBe('2025.1');
    expect(ruleSetAsOf(sets, '2028-01-01').version).toBe('2025.1');
    // Without the superseding versions the old periods still answer (what a pinned campaign saw).
    const shipped = sets.filter((r) => !['2024.3', '2025.1'].includes(r.version));
    expect(ruleSetAsOf(shipped, '2026-02-28').version).toBe('2024.1');
    expect(ruleSetAsOf(shipped, '2026-03-01').version).toBe('2024.2');
    expect(ruleSetAsOf(shipped, '2028-01-01').version).toBe('2026.1');
  });

  it('keeps 2024.1 as a one-step sign-off and gives 2024.2 the full procedure', () => {
    expect(ruleSet2024SignOff.procedure).toBeUndefined();
    expect(ruleSet2024.procedure?.defaultSteps).toEqual(['intake', 'appraisal', 'vote', 'signoff']);
    for (const set of defaultRuleSets) expect(RuleSet.parse(set)).toEqual(set);
  });

  it('refuses a date no rule set covers, and a date two rule sets claim', () => {
    expect(() => ruleSetAsOf(sets, '2018-12-31')).toThrow(NoRuleSetInEffectError);
    expect(errorCode(() => ruleSetAsOf([ruleSet2024, { ...ruleSet2024, version: '2024.3' }], '2027-01-01'))).toBe(
      'RULES.OVERLAPPING',
    );
    expect(() => ruleSetAsOf([ruleSet2024, { ...ruleSet2024, version: '2024.3' }], '2027-01-01')).toThrow(
      OverlappingRuleSetsError,
    );
  });

  it('finds a pinned version and refuses an award the catalogue lacks', () => {
    expect(findRuleSet(sets, '2019.1')).toBe(older);
    expect(findRuleSet(sets, '1999.1')).toBeUndefined();
    const withoutKnc = { ...ruleSet2024, awards: ruleSet2024.awards.filter((a) => a.code !== 'KNC') };
    expect(() => awardRuleOf(withoutKnc, 'KNC')).toThrow(UnknownAwardError);
  });
});

describe('missingAttachmentKinds', () => {
  it('names the required kinds a dossier lacks', () => {
    expect(missingAttachmentKinds(awardRuleOf(ruleSet2024, 'LDST'), [{ kind: 'TO_TRINH' }, { kind: 'KHAC' }])).toEqual([
      'BAO_CAO_THANH_TICH',
      'BIEN_BAN',
      'SANG_KIEN',
    ]);
    expect(
      missingAttachmentKinds(awardRuleOf(ruleSet2024, 'BK_DX'), [{ kind: 'TO_TRINH' }, { kind: 'BAO_CAO_THANH_TICH' }]),
    ).toEqual([]);
  });
});

describe('rule set 2026.1: 2024.2 plus public disclosure', () => {
  it('differs from 2024.2 only by version, title, period and the disclosure section', () => {
    const { version: _v, title: _t, effectiveFrom: _f, effectiveTo: _e, disclosure, ...rules } = ruleSet2026;
    const { version: _v2, title: _t2, effectiveFrom: _f2, effectiveTo: _e2, ...rules2024 } = ruleSet2024;
    expect(rules).toEqual(rules2024);
    expect(disclosure).toEqual({ level: 'nominating', workingDays: 5 });
    expect(RuleSet.parse(ruleSet2026)).toEqual(ruleSet2026);
  });

  it('gives every award 5 working days, honours a per-award override (0 = none) and the older field', () => {
    expect(disclosureFor(ruleSet2026, 'BK_TLD')).toEqual({ workingDays: 5 });
    expect(disclosureFor(ruleSet2024, 'BK_TLD')).toBeNull();
    const perAward = {
      ...ruleSet2026,
      disclosure: {
        level: 'nominating' as const,
        workingDays: 5,
        awards: [{ awardCode: 'BK_DX' as const, workingDays: 0 }],
      },
    };
    expect(disclosureFor(perAward, 'BK_DX')).toBeNull();
    expect(disclosureFor({ ...ruleSet2024, publicDisclosureWorkingDays: 3 }, 'GK')).toEqual({ workingDays: 3 });
  });

  it('refuses a disclosure at another level or of no days, naming the field', () => {
    const result = RuleSet.safeParse({ ...ruleSet2026, disclosure: { level: 'province', workingDays: 0 } });
    expect(fieldIssues(result.error!).map((i) => i.field)).toEqual(['disclosure.level', 'disclosure.workingDays']);
  });
});

describe('submission blocking rules and the direct-worker share are rule-set data', () => {
  it('uses the listed rules, else the defaults; refuses an unknown rule code', () => {
    expect(submissionBlockingRules(ruleSet2024)).toContain('ELIGIBILITY.NO_DUPLICATE');
    const strict = { ...ruleSet2024, submissionBlockingRules: ['ELIGIBILITY.PREREQUISITE' as const] };
    expect(submissionBlockingRules(RuleSet.parse(strict))).toEqual(['ELIGIBILITY.PREREQUISITE']);
    const bad = RuleSet.safeParse({ ...ruleSet2024, submissionBlockingRules: ['ELIGIBILITY.NOPE'] });
    expect(fieldIssues(bad.error!)[0]?.field).toBe('submissionBlockingRules[0]');
  });

  it('applies the share to the listed awards only; the shorthand applies to all', () => {
    const rs = { ...ruleSet2024, directWorkerShare: { minShare: 0.3, awardCodes: ['BK_TLD' as const] } };
    expect(directWorkerShareRuleOf(RuleSet.parse(rs), 'BK_TLD')).toEqual({ minShare: 0.3, awardCodes: ['BK_TLD'] });
    expect(directWorkerShareRuleOf(rs, 'GK')).toBeNull();
    expect(directWorkerShareRuleOf({ ...ruleSet2024, minDirectWorkerShare: 0.5 }, 'GK')).toEqual({ minShare: 0.5 });
    expect(directWorkerShareRuleOf(ruleSet2024, 'GK')).toBeNull();
  });

  // Law 06/2022 Art. 5 (priority to direct workers) [S34], NQ 07/NQ-TLĐ [S18][S19]: the share is checked by the
  // level that applies it — the nominating unit at submission, or the units of `level` when they approve.
  it('names the level that applies the direct-worker share; a level outside 1–4 is refused naming the field', () => {
    const atProvince = RuleSet.parse({ ...ruleSet2024, directWorkerShare: { minShare: 0.3, level: 3 } });
    const rule = directWorkerShareRuleOf(atProvince, 'BK_TLD')!;
    expect(rule).toEqual({ minShare: 0.3, level: 3 });
    expect(appliesAtSubmission(rule)).toBe(false);
    expect(appliesAtSubmission({ minShare: 0.3 })).toBe(true);
    const bad = RuleSet.safeParse({ ...ruleSet2024, directWorkerShare: { minShare: 0.3, level: 5 } });
    expect(fieldIssues(bad.error!)[0]?.field).toBe('directWorkerShare.level');
  });
});
