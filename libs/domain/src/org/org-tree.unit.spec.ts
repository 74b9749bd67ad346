import { demoOrgTree, demoUnitIds as ids, REORGANISATION_2025 } from './demo-org-tree';
import { OrgTreeInvalidError, OrgUnitNotFoundError } from './org.errors';
import { OrgTree } from './org-tree';
import { validateOrgTree } from './org-tree.validation';
import type { OrgTreeData, OrgUnit } from './org-unit';

const unit = (id: string, kind: OrgUnit['kind'], extra: Partial<OrgUnit> = {}): OrgUnit => ({
  id,
  code: id.toUpperCase(),
  name: `Đơn vị ${id}`,
  kind,
  memberCount: 10,
  ...extra,
});
const problemCodes = (data: OrgTreeData) => validateOrgTree(data).map((p) => p.code);

// Four union levels (Trade Union Law 2024 [S37]); district federations abolished and grassroots unions moved to
// commune/ward unions from mid-2025 (4173/TLĐ-ToC [S39]; commune, ward and special-zone unions [S40]; NQ 202/2025 [S41]).
describe('OrgTree [S37][S39][S40][S41]', () => {
  const tree = OrgTree.create(demoOrgTree);

  it('given the demo tree, when validated, then it has no problems', () => {
    expect(validateOrgTree(demoOrgTree)).toEqual([]);
  });

  it('given the demo tree, then every name is written with full Vietnamese diacritics', () => {
    expect(tree.unit(ids.ldldHoaAn).name).toBe('Liên đoàn Lao động huyện Hòa An');
    expect(tree.unit(ids.ldldDanPhuong).name).toBe('Liên đoàn Lao động huyện Đan Phượng');
  });

  it('when asking for a parent before and after the 2025 reorganisation, then the CĐCS moved to the commune union', () => {
    expect(tree.parentAsOf(ids.cdcsTieuHocHongViet, '2025-06-30')?.id).toBe(ids.ldldHoaAn);
    expect(tree.parentAsOf(ids.cdcsTieuHocHongViet, REORGANISATION_2025)?.id).toBe(ids.cdXaHoaAn);
  });

  it('when walking the ancestry, then it starts with the unit and ends at Tổng LĐLĐ', () => {
    expect(tree.ancestryAsOf(ids.cdcsThcsNamTuan, '2024-05-01').map((u) => u.id)).toEqual([
      ids.cdcsThcsNamTuan,
      ids.ldldHoaAn,
      ids.ldldCaoBang,
      ids.tongLdld,
    ]);
    expect(tree.ancestryAsOf(ids.cdcsThcsNamTuan, '2026-05-01').map((u) => u.id)).toEqual([
      ids.cdcsThcsNamTuan,
      ids.cdXaHoaAn,
      ids.ldldCaoBang,
      ids.tongLdld,
    ]);
  });

  it('when asking before a link starts, then there is no parent', () => {
    expect(tree.parentAsOf(ids.cdXaHoaAn, '2025-06-30')).toBeNull();
    expect(tree.parentAsOf(ids.tongLdld, '2026-01-01')).toBeNull();
  });

  it('when listing children by date, then the dissolved district has none after its dissolution', () => {
    expect(
      tree
        .childrenAsOf(ids.ldldHoaAn, '2025-01-01')
        .map((u) => u.id)
        .sort(),
    ).toEqual([ids.cdcsMamNonNuocHai, ids.cdcsThcsNamTuan, ids.cdcsTieuHocHongViet].sort());
    expect(tree.childrenAsOf(ids.ldldHoaAn, '2025-07-01')).toEqual([]);
    expect(tree.isActiveAsOf(ids.ldldHoaAn, '2025-06-30')).toBe(true);
    expect(tree.isActiveAsOf(ids.ldldHoaAn, '2025-07-01')).toBe(false);
  });

  it('when the level of a unit is asked, then its kind decides it', () => {
    expect(tree.levelOf(ids.cdXaHoaAn)).toBe(2);
    expect(tree.levelOf(ids.cdVienChucCaoBang)).toBe(2);
    expect(tree.levelOf(ids.ldldHaNoi)).toBe(3);
  });

  it('when a unit is unknown, then lookups throw ORG.UNKNOWN_UNIT', () => {
    expect(() => tree.parentAsOf('nope', '2026-01-01')).toThrow(OrgUnitNotFoundError);
    expect(tree.findUnit('nope')).toBeUndefined();
  });
});

describe('validateOrgTree', () => {
  const base: OrgTreeData = {
    units: [unit('top', 'TONG_LDLD'), unit('prov', 'LDLD_TINH'), unit('dist', 'LDLD_HUYEN'), unit('cdcs', 'CDCS')],
    links: [
      { unitId: 'prov', parentId: 'top', validFrom: '2020-01-01', validTo: null },
      { unitId: 'dist', parentId: 'prov', validFrom: '2020-01-01', validTo: null },
      { unitId: 'cdcs', parentId: 'dist', validFrom: '2020-01-01', validTo: null },
    ],
  };

  it('given two parents at once, then ORG.OVERLAPPING_PARENTS names the unit', () => {
    const data = {
      ...base,
      links: [...base.links, { unitId: 'cdcs', parentId: 'prov', validFrom: '2024-01-01', validTo: null }],
    };
    expect(validateOrgTree(data)).toEqual([
      expect.objectContaining({ code: 'ORG.OVERLAPPING_PARENTS', unitId: 'cdcs' }),
    ]);
  });

  it('given consecutive parents, then there is no overlap (validTo is exclusive)', () => {
    const links = [
      ...base.links.slice(0, 2),
      { unitId: 'cdcs', parentId: 'dist', validFrom: '2020-01-01', validTo: '2024-01-01' },
      { unitId: 'cdcs', parentId: 'prov', validFrom: '2024-01-01', validTo: null },
    ];
    expect(validateOrgTree({ ...base, links })).toEqual([]);
  });

  it('given a parent at the same or a lower level, then ORG.PARENT_LEVEL_NOT_ABOVE', () => {
    const data = {
      ...base,
      units: [...base.units, unit('cdcs2', 'CDCS')],
      links: [...base.links, { unitId: 'dist', parentId: 'cdcs2', validFrom: '2019-01-01', validTo: '2020-01-01' }],
    };
    expect(validateOrgTree(data)[0]).toEqual(
      expect.objectContaining({ code: 'ORG.PARENT_LEVEL_NOT_ABOVE', unitId: 'dist' }),
    );
    expect(validateOrgTree(data)[0]?.message).toContain('level 1');
  });

  it('given a cycle, then ORG.CYCLE is reported besides the level problem', () => {
    const data = {
      ...base,
      links: [...base.links, { unitId: 'top', parentId: 'cdcs', validFrom: '2020-01-01', validTo: null }],
    };
    expect(problemCodes(data)).toEqual(expect.arrayContaining(['ORG.PARENT_LEVEL_NOT_ABOVE', 'ORG.CYCLE']));
  });

  it('given links to unknown units, duplicate ids and an empty period, then each is reported', () => {
    const data: OrgTreeData = {
      units: [...base.units, unit('cdcs', 'CDCS')],
      links: [
        ...base.links,
        { unitId: 'ghost', parentId: 'dist', validFrom: '2020-01-01', validTo: null },
        { unitId: 'prov', parentId: 'top', validFrom: '2010-01-01', validTo: '2010-01-01' },
      ],
    };
    expect(problemCodes(data)).toEqual(
      expect.arrayContaining(['ORG.DUPLICATE_UNIT', 'ORG.DUPLICATE_CODE', 'ORG.UNKNOWN_UNIT', 'ORG.INVALID_PERIOD']),
    );
  });

  it('given a link that outlives a dissolved unit, then ORG.LINK_AFTER_DISSOLUTION', () => {
    const data = { ...base, units: base.units.map((u) => (u.id === 'dist' ? { ...u, dissolvedOn: '2025-07-01' } : u)) };
    expect(problemCodes(data)).toEqual(['ORG.LINK_AFTER_DISSOLUTION', 'ORG.LINK_AFTER_DISSOLUTION']);
  });

  it('given malformed data, then ORG.INVALID_DATA names the field', () => {
    const data = {
      units: [{ ...unit('x', 'CDCS'), memberCount: -1 }],
      links: [{ unitId: 'x', parentId: 'y', validFrom: '2020-13-01', validTo: null }],
    };
    const messages = validateOrgTree(data).map((p) => p.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^units\[0\]\.memberCount: /),
        expect.stringMatching(/^links\[0\]\.validFrom: .*YYYY-MM-DD/),
      ]),
    );
  });

  it('when creating a tree from bad data, then OrgTreeInvalidError lists every problem', () => {
    const data = {
      ...base,
      links: [...base.links, { unitId: 'cdcs', parentId: 'prov', validFrom: '2024-01-01', validTo: null }],
    };
    expect(() => OrgTree.create(data)).toThrow(OrgTreeInvalidError);
    try {
      OrgTree.create(data);
    } catch (error) {
      expect((error as OrgTreeInvalidError).code).toBe('ORG.INVALID_TREE');
      expect((error as OrgTreeInvalidError).problems).toHaveLength(1);
      expect((error as OrgTreeInvalidError).messageVi).toContain('Cây tổ chức không hợp lệ');
    }
  });
});
