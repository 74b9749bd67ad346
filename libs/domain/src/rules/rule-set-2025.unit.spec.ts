import { createHash } from 'node:crypto';
import { demoOrgTree, demoUnitIds as u } from '../org/demo-org-tree';
import { OrgTree } from '../org/org-tree';
import { computeRoute } from '../route/route';
import { checkEligibility, failedChecks } from '../eligibility/eligibility';
import type { AwardHistoryEntry } from '../eligibility/award-history';
import type { Initiative, PersonNominee } from '../nomination/shared/nomination.dossier';
import { disclosureFor } from '../procedure/disclosure';
import { nominationProcedureOf, stepsFor } from '../procedure/procedure';
import { awardRuleOf, ruleSetAsOf } from './rule-set';
import { ruleSet2024, ruleSet2024SignOff } from './rule-set-2024';
import { ruleSet2024Law, ruleSet2025Nd152 } from './rule-set-2025';
import { ruleSet2026 } from './rule-set-2026';
import { defaultRuleSets } from './rule-set-catalogue';
import { RuleSet } from './rule-set.schema';

// Every expectation names its source: the [S…] tags of docs/research/domain-sources.md.

const person = (extra: Partial<PersonNominee> = {}): PersonNominee => ({
  kind: 'person',
  fullName: 'Lò Thị Mai',
  gender: 'female',
  birthYear: 1985,
  position: 'Công nhân may',
  isLeader: false,
  isDirectWorker: true,
  excellentYears: [2025, 2026],
  trainingLevel: 'intermediate',
  ...extra,
});
const held = (awardCode: string, year: number): AwardHistoryEntry => ({ awardCode, year, source: 'granted' });
const initiative = (appliedYear: number): Initiative => ({
  title: `Sáng kiến ${appliedYear}`,
  valueVnd: 1,
  appliedYear,
});
const failed = (ruleSet: RuleSet, code: string, history: AwardHistoryEntry[], initiatives: Initiative[] = []) =>
  failedChecks(checkEligibility(ruleSet, awardRuleOf(ruleSet, code), person(), history, 2026, { initiatives })).map(
    (c) => c.rule.replace('ELIGIBILITY.', ''),
  );
const steps = (ruleSet: RuleSet, code: string, level: 1 | 2 | 3 | 4, isNominatingLevel = false) =>
  stepsFor(ruleSet, awardRuleOf(ruleSet, code), level, { isNominatingLevel });

describe('rule sets under the law in force (2024.3: NĐ 98/2023; 2025.1: NĐ 152/2025)', () => {
  it('both parse with the RuleSet schema unchanged', () => {
    expect(RuleSet.parse(ruleSet2024Law)).toEqual(ruleSet2024Law);
    expect(RuleSet.parse(ruleSet2025Nd152)).toEqual(ruleSet2025Nd152);
  });

  it('NĐ 98/2023 Art. 30(7) [S22]: the council votes on Chiến sĩ thi đua and Cờ thi đua at the deciding level', () => {
    for (const rs of [ruleSet2024Law, ruleSet2025Nd152]) {
      expect(steps(rs, 'CSTD_TLD', 4)).toEqual(['intake', 'appraisal', 'vote', 'signoff']);
      expect(steps(rs, 'CSTD_CS', 2)).toEqual(['intake', 'appraisal', 'vote', 'signoff']);
      expect(steps(rs, 'CO_TINH', 3)).toEqual(['intake', 'appraisal', 'vote', 'signoff']);
      expect(steps(rs, 'CO_TLD', 4)).toEqual(['intake', 'appraisal', 'vote', 'signoff']);
      // Below the deciding level the dossier is taken in, appraised and forwarded; the nominating unit skips intake.
      expect(steps(rs, 'CSTD_TLD', 3)).toEqual(['intake', 'appraisal', 'signoff']);
      expect(steps(rs, 'CSTD_TLD', 1, true)).toEqual(['appraisal', 'signoff']);
    }
  });

  it('NĐ 98/2023 Art. 30(7) [S22]: ≥ 90 % of all members for CSTĐ TLĐ (bộ/ngành rank), ≥ 80 % for CSTĐ cơ sở and flags', () => {
    const threshold = (code: string) => nominationProcedureOf(ruleSet2025Nd152, awardRuleOf(ruleSet2025Nd152, code));
    expect(threshold('CSTD_TLD')?.voteThreshold).toMatchObject({ class: 'percent90', minShare: 0.9 });
    expect(threshold('CSTD_CS')?.voteThreshold).toMatchObject({ class: 'percent80', minShare: 0.8 });
    expect(threshold('CO_TINH')?.voteThreshold).toMatchObject({ class: 'percent80', minShare: 0.8 });
    expect(threshold('CO_TLD')?.voteThreshold).toMatchObject({ class: 'percent80', minShare: 0.8 });
  });

  it('the vote is not added where the decree does not require it: Bằng khen and Giấy khen are appraised and signed', () => {
    for (const code of ['GK', 'BK_TINH', 'BK_TLD', 'BK_CD', 'LDTT']) {
      for (const level of [2, 3, 4] as const) expect(steps(ruleSet2025Nd152, code, level)).not.toContain('vote');
    }
    expect(steps(ruleSet2025Nd152, 'BK_DX', 4)).toEqual(['intake', 'signoff']);
  });

  it('Law 06/2022 Art. 84(5) [S27]: public disclosure applies from 01/01/2024, when the law took effect', () => {
    const inForce = ruleSetAsOf(defaultRuleSets, '2024-01-01');
    expect(inForce.version).toBe('2024.3');
    for (const code of ['GK', 'BK_TINH', 'BK_TLD', 'CSTD_TLD', 'CO_TINH', 'BK_DX']) {
      expect(disclosureFor(inForce, code)).toEqual({ workingDays: 5 });
      expect(disclosureFor(ruleSet2025Nd152, code)).toEqual({ workingDays: 5 });
    }
  });

  it('NĐ 152/2025 [S26][S36] is in force from 01/07/2025 and is what a campaign opened then finds', () => {
    expect(ruleSetAsOf(defaultRuleSets, '2025-06-30').version).toBe('2024.3');
    expect(ruleSetAsOf(defaultRuleSets, '2025-07-01').version).toBe('2025.1');
    expect(ruleSetAsOf(defaultRuleSets, '2026-01-01').version).toBe('2025.1');
    expect(ruleSet2025Nd152.regulation).toContain('152/2025/NĐ-CP');
  });

  it('NĐ 152/2025 [S27]: the dossier follows Mẫu 01 (tờ trình) and Mẫu 05 (báo cáo thành tích)', () => {
    const templates = Object.fromEntries((ruleSet2025Nd152.dossierTemplates ?? []).map((t) => [t.kind, t.template]));
    expect(templates.TO_TRINH).toMatch(/^Mẫu số 01/);
    expect(templates.BAO_CAO_THANH_TICH).toMatch(/^Mẫu số 05/);
  });

  it('NĐ 152/2025 Art. 4(1) [S26]: no ladder — BK_TLD no longer needs BK_TINH the year before; under NĐ 98 the 1689 chain [S3] holds', () => {
    const initiatives = [initiative(2025), initiative(2026)];
    expect(failed(ruleSet2025Nd152, 'BK_TLD', [], initiatives)).toEqual([]);
    expect(failed(ruleSet2024Law, 'BK_TLD', [], initiatives)).toEqual(['PREREQUISITE']);
  });

  it('NĐ 152/2025 Art. 4(3) [S26]: a thematic award is no basis for a comprehensive one', () => {
    expect(awardRuleOf(ruleSet2025Nd152, 'BK_CD').countsAsPrerequisite).toBe(false);
    expect(awardRuleOf(ruleSet2025Nd152, 'BK_TINH_CD').countsAsPrerequisite).toBe(false);
    expect(awardRuleOf(ruleSet2025Nd152, 'BK_TINH_DX').countsAsPrerequisite).toBe(false);
    expect(ruleSet2025Nd152.principles?.map((p) => p.code)).toEqual(
      expect.arrayContaining(['ONE_ACHIEVEMENT_ONE_AWARD', 'NO_LADDER', 'THEMATIC_NOT_A_BASIS', 'TIE_BREAK_WOMEN']),
    );
  });

  it('Law Art. 22 [S24], 1689 Art. 27 [S6]: CSTĐ TLĐ needs the grassroots title 3 years running', () => {
    const cs = (...years: number[]) => years.map((y) => held('CSTD_CS', y));
    expect(failed(ruleSet2025Nd152, 'CSTD_TLD', cs(2023, 2024, 2025), [initiative(2026)])).toEqual([]);
    expect(failed(ruleSet2025Nd152, 'CSTD_TLD', cs(2024, 2025), [initiative(2026)])).toEqual(['PREREQUISITE']);
    // A title older than the 3 years before does not fill a gap.
    expect(failed(ruleSet2025Nd152, 'CSTD_TLD', cs(2022, 2024, 2025), [initiative(2026)])).toEqual(['PREREQUISITE']);
  });

  it('1689 Art. 14.1 [S3]: the 2 initiatives of BK_TLD count only inside the 2 years rated excellent', () => {
    expect(failed(ruleSet2025Nd152, 'BK_TLD', [], [initiative(2020), initiative(2021)])).toEqual([
      'MIN_APPLIED_INITIATIVES',
    ]);
    expect(failed(ruleSet2025Nd152, 'BK_TLD', [], [initiative(2024), initiative(2026)])).toEqual([
      'MIN_APPLIED_INITIATIVES',
    ]);
    expect(failed(ruleSet2025Nd152, 'BK_TLD', [], [initiative(2025), initiative(2026)])).toEqual([]);
  });

  it('the catalogue: the titles the CSTĐ chain needs, the LĐST university tier [S12], province thematic and ad-hoc certificates (seeds 000, 001)', () => {
    const codes = ruleSet2025Nd152.awards.map((a) => a.code);
    expect(codes).toEqual(expect.arrayContaining(['LDTT', 'CSTD_CS', 'LDST_DH', 'BK_TINH_CD', 'BK_TINH_DX']));
    // [S12]: the base tier is for training up to college, the other tier for university-trained non-leaders.
    const tierFailures = (code: string, trainingLevel: PersonNominee['trainingLevel']) =>
      failedChecks(
        checkEligibility(ruleSet2025Nd152, awardRuleOf(ruleSet2025Nd152, code), person({ trainingLevel }), [], 2026, {
          initiatives: [{ title: 'Cải tiến dây chuyền', valueVnd: 90_000_000, appliedYear: 2026 }],
        }),
      ).map((c) => c.rule.replace('ELIGIBILITY.', ''));
    expect(tierFailures('LDST', 'college')).toEqual([]);
    expect(tierFailures('LDST', 'university')).toEqual(['MAX_TRAINING_LEVEL']);
    expect(tierFailures('LDST_DH', 'university')).toEqual([]);
    expect(tierFailures('LDST_DH', 'college')).toEqual(['MIN_TRAINING_LEVEL']);
    expect(awardRuleOf(ruleSet2025Nd152, 'BK_TINH_DX')).toMatchObject({ grantingLevel: 3, simplifiedProcedure: true });
    for (const award of ruleSet2025Nd152.awards) expect(award.source).toMatch(/\S/);
  });

  it('1564 Art. 11 [S7]: Cờ thi đua LĐLĐ tỉnh is open to CĐCS; seed 003: level-2 and level-3 unions nominate for BK_TLD', () => {
    const coTinh = awardRuleOf(ruleSet2025Nd152, 'CO_TINH');
    expect(coTinh.routeStartLevels).toEqual([1, 2]);
    expect(coTinh.nominatingUnitKinds).toContain('CDCS');
    expect(awardRuleOf(ruleSet2025Nd152, 'BK_TLD').routeStartLevels).toEqual([1, 2, 3]);
    expect(awardRuleOf(ruleSet2025Nd152, 'BK_TLD').nomineeKinds).toContain('collective');
  });

  it('routes as the rules say on the 2026 map: a province federation to Tổng LĐLĐ (seed 003), a CĐCS to the province for its Cờ (1564 Art. 11 [S7])', () => {
    const tree = OrgTree.create(demoOrgTree);
    const route = (unitId: string, code: string, kind: 'person' | 'collective') =>
      computeRoute(tree, unitId, awardRuleOf(ruleSet2025Nd152, code), '2026-03-02', kind).map((s) => s.unitId);
    expect(route(u.ldldCaoBang, 'BK_TLD', 'collective')).toEqual([u.ldldCaoBang, u.tongLdld]);
    expect(route(u.cdVienChucCaoBang, 'BK_TINH', 'collective')).toEqual([u.cdVienChucCaoBang, u.ldldCaoBang]);
    expect(route(u.cdcsCucThongKeCaoBang, 'CO_TINH', 'collective')).toEqual([
      u.cdcsCucThongKeCaoBang,
      u.cdVienChucCaoBang,
      u.ldldCaoBang,
    ]);
    // The province's thematic and ad-hoc Bằng khen (seeds 000, 001) end at the province, as its own Bằng khen does.
    expect(route(u.cdcsCucThongKeCaoBang, 'BK_TINH_CD', 'person').at(-1)).toBe(u.ldldCaoBang);
    expect(route(u.cdVienChucCaoBang, 'BK_TINH_DX', 'person').at(-1)).toBe(u.ldldCaoBang);
  });
});

// Campaigns and nominations pinned these versions; recorded histories replay against them. Their
// bodies must never change (a change is a new version): these digests were taken when they shipped.
describe('versions campaigns may have pinned stay as they were', () => {
  const digest = (r: RuleSet) => createHash('sha256').update(JSON.stringify(r)).digest('hex').slice(0, 16);
  it.each([
    ['2024.1', ruleSet2024SignOff],
    ['2024.2', ruleSet2024],
    ['2026.1', ruleSet2026],
  ])('%s is unchanged', (version, ruleSet) => {
    expect(ruleSet.version).toBe(version);
    expect(digest(ruleSet)).toBe(PINNED_DIGESTS[version]);
    expect(ruleSet.supersedes).toBeUndefined();
  });
});

const PINNED_DIGESTS: Record<string, string> = {
  '2024.1': 'ee4468ae97bf4559',
  '2024.2': '05b2df756e2a9a8b',
  '2026.1': 'c3d6a85420e1d8eb',
};
