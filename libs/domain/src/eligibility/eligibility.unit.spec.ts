import { awardRuleOf } from '../rules/rule-set';
import { ruleSet2024 } from '../rules/rule-set-2024';
import type { AwardCode } from '../rules/rule-set.schema';
import type { Initiative, Nominee, PersonNominee } from '../nomination/shared/nomination.dossier';
import type { AwardHistoryEntry } from './award-history';
import { checkEligibility, failedChecks, type EligibilityContext } from './eligibility';
import { NotEligibleError } from './eligibility.errors';
import { effectiveUnionWorkYears } from './person-conditions';

const worker = (extra: Partial<PersonNominee> = {}): PersonNominee => ({
  kind: 'person',
  fullName: 'Trần Văn Hùng',
  gender: 'male',
  birthYear: 1980,
  position: 'Công nhân vận hành máy',
  isLeader: false,
  isDirectWorker: true,
  excellentYears: [2025, 2026],
  trainingLevel: 'intermediate',
  directWorkYears: 12,
  unionWork: { fullTimeYears: 0, partTimeYears: 0, partTimeNonStateYears: 0 },
  ...extra,
});
const granted = (awardCode: AwardCode, year: number, extra: Partial<AwardHistoryEntry> = {}): AwardHistoryEntry => ({
  awardCode,
  year,
  source: 'granted',
  ...extra,
});
const initiative = (valueVnd: number, appliedYear: number): Initiative => ({
  title: `Giải pháp ${valueVnd}`,
  valueVnd,
  appliedYear,
});
const twoInitiatives = [initiative(30_000_000, 2025), initiative(20_000_000, 2026)];

const run = (
  code: AwardCode,
  nominee: Nominee,
  history: AwardHistoryEntry[],
  year: number,
  context: EligibilityContext = {},
  ruleSet = ruleSet2024,
) => checkEligibility(ruleSet, awardRuleOf(ruleSet, code), nominee, history, year, context);
const result = (checks: ReturnType<typeof run>, rule: string) => checks.find((c) => c.rule === `ELIGIBILITY.${rule}`);

// Bằng khen TLĐ: 2 years HTXSNV with 2 initiatives and a province Bằng khen the year before (1689/QĐ-TLĐ
// Art. 14.1 [S3]); NĐ 152/2025 Art. 4(1) drops the ladder [S26]; a revoked award never counts (Law ch. VII [S21]).
describe('checkEligibility — BK_TLD and the prerequisite ladder [S3][S26]', () => {
  it('given a province certificate last year, two excellent years and two initiatives, then every rule passes', () => {
    const checks = run('BK_TLD', worker(), [granted('BK_TINH', 2025)], 2026, { initiatives: twoInitiatives });
    expect(checks.map((c) => c.rule.replace('ELIGIBILITY.', ''))).toEqual([
      'NOMINEE_KIND',
      'NO_DUPLICATE',
      'EXCLUSIVITY',
      'PREREQUISITE',
      'CONSECUTIVE_EXCELLENT_YEARS',
      'MIN_APPLIED_INITIATIVES',
    ]);
    expect(failedChecks(checks)).toEqual([]);
  });

  it('given the province certificate is older than a year, then PREREQUISITE fails naming the year needed', () => {
    const checks = run('BK_TLD', worker(), [granted('BK_TINH', 2023)], 2026, { initiatives: twoInitiatives });
    expect(failedChecks(checks)).toEqual([
      {
        rule: 'ELIGIBILITY.PREREQUISITE',
        passed: false,
        reasonVi: expect.stringContaining('BK_TINH năm 2025'),
        reasonEn: 'BK_TLD requires BK_TINH in 2025; none found.',
      },
    ]);
  });

  it('given a "no ladder" rule set, then no prerequisite is checked; a revoked certificate never counts', () => {
    const noLadder = { ...ruleSet2024, version: '2025.1', prerequisiteLadders: false };
    expect(
      result(run('BK_TLD', worker(), [], 2026, { initiatives: twoInitiatives }, noLadder), 'PREREQUISITE'),
    ).toBeUndefined();
    const revoked = run('BK_TLD', worker(), [granted('BK_TINH', 2025, { revoked: true })], 2026, {
      initiatives: twoInitiatives,
    });
    expect(result(revoked, 'PREREQUISITE')?.passed).toBe(false);
  });

  it('given a collective, then the person ladder does not apply', () => {
    const team: Nominee = { kind: 'collective', name: 'Tổ sản xuất số 3', memberCount: 24, womenShare: 0.4 };
    expect(result(run('BK_TLD', team, [], 2026), 'PREREQUISITE')).toBeUndefined();
  });

  it('given a gap in the excellent years, or none declared, then the rule fails saying which', () => {
    expect(
      result(
        run('BK_TLD', worker({ excellentYears: [2024, 2026] }), [granted('BK_TINH', 2025)], 2026),
        'CONSECUTIVE_EXCELLENT_YEARS',
      ),
    ).toEqual(
      expect.objectContaining({
        passed: false,
        reasonEn: 'Needs 2 consecutive years rated excellent (2026, 2025); missing 2025.',
      }),
    );
    expect(
      result(run('BK_TLD', worker({ excellentYears: undefined }), [], 2026), 'CONSECUTIVE_EXCELLENT_YEARS'),
    ).toEqual(
      expect.objectContaining({ passed: false, reasonEn: 'The dossier does not state the years rated excellent.' }),
    );
    expect(
      result(run('BK_TLD', worker(), [], 2026, { initiatives: [initiative(1, 2026)] }), 'MIN_APPLIED_INITIATIVES')
        ?.reasonEn,
    ).toBe('Needs at least 2 applied initiatives; has 1.');
  });
});

// NĐC every 5 years, in the congress year, once per person [S13]; one achievement one award (Law Art. 5 [S34]);
// comprehensive vs thematic at one level in one year (HD 1217/HD-TLĐ [S9]); thematic ≠ ladder (NĐ 152 Art. 4(3) [S26]).
describe('checkEligibility — once per person, one achievement one award, exclusivity [S9][S13][S34]', () => {
  it('given NDC in 2023, then it cannot be given again in 2028; 2026 is not an award year', () => {
    const again = run('NDC', worker(), [granted('NDC', 2023, { source: 'imported' })], 2028);
    expect(failedChecks(again).map((c) => c.rule)).toEqual(['ELIGIBILITY.ONCE_PER_PERSON']);
    expect(result(run('NDC', worker(), [], 2026), 'AWARD_YEAR')).toEqual(
      expect.objectContaining({
        passed: false,
        reasonEn: 'NDC is awarded every 5 years from 2023; not in 2026, next in 2028.',
      }),
    );
  });

  it('given a thematic certificate under the same theme this year, then NO_DUPLICATE fails; another theme passes', () => {
    const history = [granted('BK_CD', 2026, { theme: 'an-toan-ve-sinh-lao-dong' })];
    expect(
      result(run('BK_CD', worker(), history, 2026, { theme: 'an-toan-ve-sinh-lao-dong' }), 'NO_DUPLICATE')?.passed,
    ).toBe(false);
    expect(result(run('BK_CD', worker(), history, 2026, { theme: 'chuyen-doi-so' }), 'NO_DUPLICATE')?.passed).toBe(
      true,
    );
  });

  it('given a comprehensive BK_TLD this year, then a thematic BK_CD at the same level is refused; a province BK_TINH is not', () => {
    const checks = run('BK_CD', worker(), [granted('BK_TLD', 2026)], 2026, { theme: 'chuyen-doi-so' });
    expect(result(checks, 'EXCLUSIVITY')).toEqual(
      expect.objectContaining({ passed: false, reasonEn: expect.stringContaining('(BK_TLD)') }),
    );
    expect(
      result(run('BK_CD', worker(), [granted('BK_TINH', 2026)], 2026, { theme: 'x' }), 'EXCLUSIVITY')?.passed,
    ).toBe(true);
  });
});

// LĐST: college or below, not a leader, ≥ 80 M VND or 120 M VND over 3 years [S12]; NĐC: direct worker ≥ 5 years
// [S13]; KNC: 20 years, part-time × 1.5 and × 2 in non-state firms (HD 149/HD-TLĐ [S14]).
describe('checkEligibility — person conditions [S12][S13][S14]', () => {
  it('LDST: a leader, or someone trained beyond college, does not qualify', () => {
    const leader = run('LDST', worker({ isLeader: true, position: 'Phó Giám đốc' }), [], 2026, {
      initiatives: [initiative(90_000_000, 2026)],
    });
    expect(failedChecks(leader).map((c) => c.reasonEn)).toEqual([
      'Only non-leaders qualify; the nominee is a leader (Phó Giám đốc).',
    ]);
    const graduate = run('LDST', worker({ trainingLevel: 'university' }), [], 2026, {
      initiatives: [initiative(90_000_000, 2026)],
    });
    expect(failedChecks(graduate).map((c) => c.reasonEn)).toEqual(['Training up to college; the nominee: university.']);
  });

  it('LDST: one solution of 80 M VND, or 120 M VND over three years, qualifies; 90 M over three years does not', () => {
    expect(
      result(run('LDST', worker(), [], 2026, { initiatives: [initiative(85_000_000, 2026)] }), 'INITIATIVE_VALUE')
        ?.passed,
    ).toBe(true);
    const spread = [initiative(50_000_000, 2024), initiative(40_000_000, 2025), initiative(35_000_000, 2026)];
    expect(result(run('LDST', worker(), [], 2026, { initiatives: spread }), 'INITIATIVE_VALUE')?.passed).toBe(true);
    const short = result(run('LDST', worker(), [], 2026, { initiatives: spread.slice(0, 2) }), 'INITIATIVE_VALUE');
    expect(short).toEqual(
      expect.objectContaining({ passed: false, reasonVi: expect.stringContaining('tổng 3 năm 90.000.000 đ') }),
    );
  });

  it('NDC: needs a direct worker with at least 5 years of direct work', () => {
    expect(result(run('NDC', worker({ directWorkYears: 4 }), [], 2028), 'MIN_DIRECT_WORK_YEARS')?.reasonEn).toBe(
      'Needs at least 5 years of direct work; has 4.',
    );
    expect(result(run('NDC', worker({ isDirectWorker: false }), [], 2028), 'DIRECT_WORKER')?.passed).toBe(false);
    expect(failedChecks(run('NDC', worker({ directWorkYears: 5 }), [], 2028))).toEqual([]);
  });

  it('KNC: part-time years count × 1.5 and × 2 in non-state firms towards 20 years', () => {
    const knc = awardRuleOf(ruleSet2024, 'KNC').personConditions!;
    expect(effectiveUnionWorkYears({ fullTimeYears: 12, partTimeYears: 4, partTimeNonStateYears: 1 }, knc)).toBe(20);
    const enough = worker({ unionWork: { fullTimeYears: 12, partTimeYears: 4, partTimeNonStateYears: 1 } });
    expect(result(run('KNC', enough, [], 2026), 'MIN_UNION_WORK_YEARS')?.passed).toBe(true);
    const short = worker({ unionWork: { fullTimeYears: 12, partTimeYears: 5, partTimeNonStateYears: 0 } });
    expect(result(run('KNC', short, [], 2026), 'MIN_UNION_WORK_YEARS')).toEqual(
      expect.objectContaining({ passed: false, reasonEn: expect.stringContaining('counts 19.5') }),
    );
    expect(result(run('KNC', worker(), [granted('KNC', 2019)], 2026), 'ONCE_PER_PERSON')?.passed).toBe(false);
  });

  it('NotEligibleError lists each failed rule in both languages', () => {
    const failed = failedChecks(run('NVL', worker(), [granted('NVL', 2020)], 2026));
    const error = new NotEligibleError('NVL', failed);
    expect(error.code).toBe('ELIGIBILITY.NOT_ELIGIBLE');
    expect(error.messageEn).toBe('Not eligible for NVL: NVL is awarded once per person; already received in 2020.');
  });
});
