import { demoOrgTree, demoUnitIds as ids } from '../org/demo-org-tree';
import { OrgTree } from '../org/org-tree';
import type { OrgTreeData } from '../org/org-unit';
import { awardRuleOf } from '../rules/rule-set';
import { ruleSet2024 } from '../rules/rule-set-2024';
import type { AwardCode } from '../rules/rule-set.schema';
import { computeRoute, Route } from './route';
import { RouteError } from './route.errors';

const tree = OrgTree.create(demoOrgTree);
const award = (code: AwardCode) => awardRuleOf(ruleSet2024, code);
const refusal = (fn: () => unknown): RouteError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof RouteError) return error;
    throw error;
  }
  throw new Error('expected a RouteError');
};

describe('computeRoute', () => {
  it('unit kinds are rule-set data: an award naming the kinds that nominate refuses any other kind (1564 Art. 11 [S7])', () => {
    const flag = {
      ...award('CO_TINH'),
      routeStartLevels: [1, 2] as Array<1 | 2>,
      nominatingUnitKinds: ['CD_XA_PHUONG'],
    };
    const refused = refusal(() => computeRoute(tree, ids.cdcsThcsTanHoi, flag, '2026-03-02'));
    expect(refused.code).toBe('ROUTE.UNIT_KIND_NOT_ALLOWED');
    expect(refused.messageVi).toContain('Công đoàn xã, phường, đặc khu');
    const open = { ...flag, nominatingUnitKinds: ['CDCS'] };
    expect(computeRoute(tree, ids.cdcsThcsTanHoi, open, '2026-03-02').map((s) => s.level)).toEqual([1, 2, 3]);
  });

  it('given a CĐCS in Đan Phượng and BK_TLD, then the route climbs all four levels, the CĐCS first', () => {
    expect(computeRoute(tree, ids.cdcsThcsTanHoi, award('BK_TLD'), '2026-03-02')).toEqual([
      { level: 1, unitId: ids.cdcsThcsTanHoi },
      { level: 2, unitId: ids.ldldDanPhuong },
      { level: 3, unitId: ids.ldldHaNoi },
      { level: 4, unitId: ids.tongLdld },
    ]);
  });

  it('given an award granted at level 2, then the route stops there', () => {
    expect(computeRoute(tree, ids.cdcsSoNoiVuCaoBang, award('GK'), '2026-03-02')).toEqual([
      { level: 1, unitId: ids.cdcsSoNoiVuCaoBang },
      { level: 2, unitId: ids.cdVienChucCaoBang },
    ]);
  });

  it('given the 2025 re-parenting, then the route goes through LĐLĐ huyện Hòa An before 1 July 2025 and through the commune union after', () => {
    const before = computeRoute(tree, ids.cdcsTieuHocHongViet, award('BK_TINH'), '2025-06-30');
    const after = computeRoute(tree, ids.cdcsTieuHocHongViet, award('BK_TINH'), '2025-07-01');
    expect(before.map((s) => s.unitId)).toEqual([ids.cdcsTieuHocHongViet, ids.ldldHoaAn, ids.ldldCaoBang]);
    expect(after.map((s) => s.unitId)).toEqual([ids.cdcsTieuHocHongViet, ids.cdXaHoaAn, ids.ldldCaoBang]);
  });

  it('given the ad-hoc award from a province, then the route is province → Tổng LĐLĐ', () => {
    expect(computeRoute(tree, ids.ldldHaNoi, award('BK_DX'), '2026-03-02')).toEqual([
      { level: 3, unitId: ids.ldldHaNoi },
      { level: 4, unitId: ids.tongLdld },
    ]);
  });

  it('given a CĐCS directly under a level-3 union, then the route skips level 2', () => {
    const data: OrgTreeData = {
      units: [
        ...demoOrgTree.units,
        {
          id: 'cdcs-evn',
          code: 'EVN-1',
          name: 'Công đoàn cơ sở Công ty Điện lực Hà Nội',
          kind: 'CDCS',
          memberCount: 900,
        },
      ],
      links: [
        ...demoOrgTree.links,
        { unitId: 'cdcs-evn', parentId: ids.ldldHaNoi, validFrom: '2020-01-01', validTo: null },
      ],
    };
    const route = computeRoute(OrgTree.create(data), 'cdcs-evn', award('BK_TLD'), '2026-03-02');
    expect(route.map((s) => s.level)).toEqual([1, 3, 4]);
    expect(refusal(() => computeRoute(OrgTree.create(data), 'cdcs-evn', award('GK'), '2026-03-02')).code).toBe(
      'ROUTE.GRANTING_LEVEL_SKIPPED',
    );
  });

  it('refuses an unknown unit', () => {
    expect(refusal(() => computeRoute(tree, 'nope', award('GK'), '2026-03-02')).code).toBe('ROUTE.UNKNOWN_UNIT');
  });

  it('refuses a unit dissolved by the date', () => {
    const error = refusal(() => computeRoute(tree, ids.ldldHoaAn, award('CO_TINH'), '2025-07-01'));
    expect(error.code).toBe('ROUTE.UNIT_NOT_ACTIVE');
    expect(error.messageVi).toContain('đã giải thể từ ngày 2025-07-01');
  });

  it('refuses an award whose route does not start at the unit level', () => {
    const error = refusal(() => computeRoute(tree, ids.cdcsThcsTanHoi, award('CO_TINH'), '2026-03-02'));
    expect(error.code).toBe('ROUTE.START_LEVEL_NOT_ALLOWED');
    expect(error.details).toEqual(expect.objectContaining({ level: 1, allowedLevels: [2] }));
  });

  it('refuses a nominee kind the award is not open to', () => {
    expect(refusal(() => computeRoute(tree, ids.cdcsThcsTanHoi, award('LDST'), '2026-03-02', 'collective')).code).toBe(
      'ROUTE.NOMINEE_KIND_NOT_ALLOWED',
    );
    expect(computeRoute(tree, ids.cdcsThcsTanHoi, award('LDST'), '2026-03-02', 'person')).toHaveLength(4);
  });

  it('refuses a broken ancestry (no parent yet on that date)', () => {
    const error = refusal(() => computeRoute(tree, ids.cdcsTieuHocHongViet, award('GK'), '2014-12-31'));
    expect(error.code).toBe('ROUTE.BROKEN_ANCESTRY');
    expect(error.details).toEqual(expect.objectContaining({ unitId: ids.cdcsTieuHocHongViet, grantingLevel: 2 }));
  });

  it('produces routes the Route schema accepts, and the schema refuses levels that do not rise', () => {
    expect(Route.safeParse(computeRoute(tree, ids.cdcsTtytChauThanhA, award('NDC'), '2026-03-02')).success).toBe(true);
    const bad = Route.safeParse([
      { level: 2, unitId: 'a' },
      { level: 2, unitId: 'b' },
    ]);
    expect(bad.error?.issues[0]?.path).toEqual([1, 'level']);
  });
});
