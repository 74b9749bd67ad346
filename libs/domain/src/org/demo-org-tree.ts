import type { OrgTreeData, OrgUnit, ParentLink, UnitKind } from './org-unit';

/** Ids of the demo units, for seeds and tests that need to name one. */
export const demoUnitIds = {
  tongLdld: 'tld',
  ldldCaoBang: 'ldld-cao-bang',
  ldldHoaAn: 'ldld-hoa-an',
  cdXaHoaAn: 'cd-xa-hoa-an',
  cdcsTieuHocHongViet: 'cdcs-th-hong-viet',
  cdcsMamNonNuocHai: 'cdcs-mn-nuoc-hai',
  cdcsThcsNamTuan: 'cdcs-thcs-nam-tuan',
  cdVienChucCaoBang: 'cd-vien-chuc-cao-bang',
  cdcsSoNoiVuCaoBang: 'cdcs-so-noi-vu-cao-bang',
  cdcsCucThongKeCaoBang: 'cdcs-cuc-thong-ke-cao-bang',
  ldldHauGiang: 'ldld-hau-giang',
  ldldChauThanhA: 'ldld-chau-thanh-a',
  cdcsTieuHocMotNgan: 'cdcs-th-mot-ngan-1',
  cdcsTtytChauThanhA: 'cdcs-ttyt-chau-thanh-a',
  ldldHaNoi: 'ldld-ha-noi',
  ldldDanPhuong: 'ldld-dan-phuong',
  cdcsThcsTanHoi: 'cdcs-thcs-tan-hoi',
  cdcsBvdkDanPhuong: 'cdcs-bvdk-dan-phuong',
  // Cao Bằng's other district-level unions, members of its emulation blocs (khối thi đua)
  ldldHaQuang: 'ldld-ha-quang',
  ldldNguyenBinh: 'ldld-nguyen-binh',
  ldldThachAn: 'ldld-thach-an',
  cdXaHaQuang: 'cd-xa-ha-quang',
  cdXaNguyenBinh: 'cd-xa-nguyen-binh',
  cdXaThachAn: 'cd-xa-thach-an',
  cdGiaoDucCaoBang: 'cd-giao-duc-cao-bang',
  cdYTeCaoBang: 'cd-y-te-cao-bang',
  // The 2026 map: Hậu Giang merged into Thành phố Cần Thơ; communes' unions in place of the districts'
  ldldCanTho: 'ldld-can-tho',
  cdXaChauThanhA: 'cd-xa-chau-thanh-a',
  cdXaDanPhuong: 'cd-xa-dan-phuong',
} as const;

/** The day the 2025 reorganisation took effect: district federations dissolved, commune unions created. */
export const REORGANISATION_2025 = '2025-07-01';
const SINCE = '2015-01-01';
const ids = demoUnitIds;

const unit = (
  id: string,
  code: string,
  name: string,
  kind: UnitKind,
  memberCount: number,
  dissolvedOn?: string,
): OrgUnit =>
  dissolvedOn ? { id, code, name, kind, memberCount, dissolvedOn } : { id, code, name, kind, memberCount };
const link = (unitId: string, parentId: string, validFrom = SINCE, validTo: string | null = null): ParentLink => ({
  unitId,
  parentId,
  validFrom,
  validTo,
});

/**
 * A small tree of real unions for seeds, demos and tests, as it stood before the 2025
 * reorganisation, plus LĐLĐ TP Cần Thơ and the commune unions that reorganisation created (linked
 * from 2025-07-01). Member counts
 * are illustrative. Hòa An's reorganisation is part of the data (its CĐCS move to Công đoàn xã Hòa
 * An on 2025-07-01); the rest of it — Hậu Giang into Cần Thơ, the Châu Thành A, Đan Phượng, Hà
 * Quảng, Nguyên Bình and Thạch An federations dissolved — is {@link demoReorganisation2025}, which
 * `npm start` records through the units API as the effective-dated events an administrator would
 * write. The engine's specs run on this tree without those events and without the units only the
 * 2026 map needs (their four-level routes through Đan Phượng and Châu Thành A are fixtures, not the
 * 2026 map).
 */
export const demoOrgTree: OrgTreeData = {
  units: [
    unit(ids.tongLdld, 'TLD', 'Tổng Liên đoàn Lao động Việt Nam', 'TONG_LDLD', 11_200_000),
    unit(ids.ldldCaoBang, 'CB', 'Liên đoàn Lao động tỉnh Cao Bằng', 'LDLD_TINH', 32_500),
    unit(ids.ldldHoaAn, 'CB-HA', 'Liên đoàn Lao động huyện Hòa An', 'LDLD_HUYEN', 2_150, REORGANISATION_2025),
    unit(ids.cdXaHoaAn, 'CB-XHA', 'Công đoàn xã Hòa An', 'CD_XA_PHUONG', 1_320),
    unit(ids.cdcsTieuHocHongViet, 'CB-HA-THHV', 'Công đoàn cơ sở Trường Tiểu học Hồng Việt', 'CDCS', 28),
    unit(ids.cdcsMamNonNuocHai, 'CB-HA-MNNH', 'Công đoàn cơ sở Trường Mầm non Nước Hai', 'CDCS', 24),
    unit(ids.cdcsThcsNamTuan, 'CB-HA-THCSNT', 'Công đoàn cơ sở Trường Trung học cơ sở Nam Tuấn', 'CDCS', 31),
    unit(ids.cdVienChucCaoBang, 'CB-VC', 'Công đoàn Viên chức tỉnh Cao Bằng', 'CD_VIEN_CHUC_TINH', 4_800),
    unit(ids.cdcsSoNoiVuCaoBang, 'CB-VC-SNV', 'Công đoàn cơ sở Sở Nội vụ tỉnh Cao Bằng', 'CDCS', 62),
    unit(ids.cdcsCucThongKeCaoBang, 'CB-VC-CTK', 'Công đoàn cơ sở Cục Thống kê tỉnh Cao Bằng', 'CDCS', 45),
    // District-level unions of Cao Bằng grouped in emulation blocs (khối thi đua): three more district
    // federations, their communes' unions formed on 2025-07-01, and two provincial sector unions. Like
    // Châu Thành A and Đan Phượng, the three federations are kept open-ended (in reality dissolved that
    // day) so Hòa An stays the one modelled dissolution; their bloc left them on that day all the same.
    unit(ids.ldldHaQuang, 'CB-HQ', 'Liên đoàn Lao động huyện Hà Quảng', 'LDLD_HUYEN', 1_980),
    unit(ids.ldldNguyenBinh, 'CB-NB', 'Liên đoàn Lao động huyện Nguyên Bình', 'LDLD_HUYEN', 1_760),
    unit(ids.ldldThachAn, 'CB-TA', 'Liên đoàn Lao động huyện Thạch An', 'LDLD_HUYEN', 1_540),
    unit(ids.cdXaHaQuang, 'CB-XHQ', 'Công đoàn xã Hà Quảng', 'CD_XA_PHUONG', 1_050),
    unit(ids.cdXaNguyenBinh, 'CB-XNB', 'Công đoàn xã Nguyên Bình', 'CD_XA_PHUONG', 980),
    unit(ids.cdXaThachAn, 'CB-XTA', 'Công đoàn xã Thạch An', 'CD_XA_PHUONG', 870),
    unit(ids.cdGiaoDucCaoBang, 'CB-GD', 'Công đoàn ngành Giáo dục tỉnh Cao Bằng', 'CD_NGANH_TINH', 9_600),
    unit(ids.cdYTeCaoBang, 'CB-YT', 'Công đoàn ngành Y tế tỉnh Cao Bằng', 'CD_NGANH_TINH', 3_900),
    unit(ids.ldldHauGiang, 'HG', 'Liên đoàn Lao động tỉnh Hậu Giang', 'LDLD_TINH', 48_000),
    unit(ids.ldldChauThanhA, 'HG-CTA', 'Liên đoàn Lao động huyện Châu Thành A', 'LDLD_HUYEN', 5_600),
    unit(ids.cdcsTieuHocMotNgan, 'HG-CTA-THMN1', 'Công đoàn cơ sở Trường Tiểu học Một Ngàn 1', 'CDCS', 35),
    unit(ids.cdcsTtytChauThanhA, 'HG-CTA-TTYT', 'Công đoàn cơ sở Trung tâm Y tế huyện Châu Thành A', 'CDCS', 140),
    unit(ids.ldldHaNoi, 'HN', 'Liên đoàn Lao động thành phố Hà Nội', 'LDLD_TINH', 1_050_000),
    unit(ids.ldldDanPhuong, 'HN-DP', 'Liên đoàn Lao động huyện Đan Phượng', 'LDLD_HUYEN', 9_400),
    unit(ids.cdcsThcsTanHoi, 'HN-DP-THCSTH', 'Công đoàn cơ sở Trường Trung học cơ sở Tân Hội', 'CDCS', 52),
    unit(ids.cdcsBvdkDanPhuong, 'HN-DP-BVDK', 'Công đoàn cơ sở Bệnh viện Đa khoa huyện Đan Phượng', 'CDCS', 310),
    unit(ids.ldldCanTho, 'CT', 'Liên đoàn Lao động thành phố Cần Thơ', 'LDLD_TINH', 186_000),
    unit(ids.cdXaChauThanhA, 'CT-XCTA', 'Công đoàn xã Châu Thành A', 'CD_XA_PHUONG', 2_300),
    unit(ids.cdXaDanPhuong, 'HN-XDP', 'Công đoàn xã Đan Phượng', 'CD_XA_PHUONG', 3_100),
  ],
  links: [
    link(ids.ldldCaoBang, ids.tongLdld),
    link(ids.ldldHoaAn, ids.ldldCaoBang, SINCE, REORGANISATION_2025),
    link(ids.cdXaHoaAn, ids.ldldCaoBang, REORGANISATION_2025),
    ...[ids.cdcsTieuHocHongViet, ids.cdcsMamNonNuocHai, ids.cdcsThcsNamTuan].flatMap((cdcs) => [
      link(cdcs, ids.ldldHoaAn, SINCE, REORGANISATION_2025),
      link(cdcs, ids.cdXaHoaAn, REORGANISATION_2025),
    ]),
    link(ids.cdVienChucCaoBang, ids.ldldCaoBang),
    link(ids.cdcsSoNoiVuCaoBang, ids.cdVienChucCaoBang),
    link(ids.cdcsCucThongKeCaoBang, ids.cdVienChucCaoBang),
    ...[ids.ldldHaQuang, ids.ldldNguyenBinh, ids.ldldThachAn].map((u) => link(u, ids.ldldCaoBang)),
    ...[ids.cdXaHaQuang, ids.cdXaNguyenBinh, ids.cdXaThachAn].map((u) => link(u, ids.ldldCaoBang, REORGANISATION_2025)),
    link(ids.cdGiaoDucCaoBang, ids.ldldCaoBang),
    link(ids.cdYTeCaoBang, ids.ldldCaoBang),
    link(ids.ldldHauGiang, ids.tongLdld),
    link(ids.ldldChauThanhA, ids.ldldHauGiang),
    link(ids.cdcsTieuHocMotNgan, ids.ldldChauThanhA),
    link(ids.cdcsTtytChauThanhA, ids.ldldChauThanhA),
    link(ids.ldldHaNoi, ids.tongLdld),
    link(ids.ldldDanPhuong, ids.ldldHaNoi),
    link(ids.cdcsThcsTanHoi, ids.ldldDanPhuong),
    link(ids.cdcsBvdkDanPhuong, ids.ldldDanPhuong),
    link(ids.ldldCanTho, ids.tongLdld),
    link(ids.cdXaChauThanhA, ids.ldldCanTho, REORGANISATION_2025),
    link(ids.cdXaDanPhuong, ids.ldldHaNoi, REORGANISATION_2025),
  ],
};

/**
 * The units only the demo's 2026 map needs (LĐLĐ TP Cần Thơ and the successors of the Châu Thành A
 * and Đan Phượng federations). The engine's specs start from the tree without them: several create
 * "Công đoàn xã Đan Phượng" themselves to exercise unit creation and dissolution.
 */
export const demoUnitsOf2026Map: readonly string[] = [ids.ldldCanTho, ids.cdXaChauThanhA, ids.cdXaDanPhuong];

/** The demo tree without the given units and their links (for the specs' content). */
export function demoOrgTreeWithout(unitIds: readonly string[]): OrgTreeData {
  const gone = new Set(unitIds);
  return {
    units: demoOrgTree.units.filter((u) => !gone.has(u.id)),
    links: demoOrgTree.links.filter((l) => !gone.has(l.unitId) && !gone.has(l.parentId)),
  };
}

/** One effective-dated change of the demo tree, as `POST /api/admin/units/:id/parent` or `/dissolution` takes it. */
export type DemoUnitChange =
  | { kind: 'reparent'; unitId: string; parentId: string; effectiveFrom: string; reason: string }
  | { kind: 'dissolve'; unitId: string; successorId: string; effectiveFrom: string; reason: string };

const SAP_XEP = 'theo Nghị quyết 60-NQ/TW và Đề án sắp xếp tổ chức công đoàn (Công văn 4173/TLĐ-ToC)';

/**
 * The 2025 reorganisation of the demo tree beyond Hòa An, in the order it must be recorded (a
 * child that goes elsewhere moves before its parent is dissolved into its successor). From 01/07/2025
 * district federations no longer exist and Hậu Giang is part of Thành phố Cần Thơ (NQ 202/2025 [S41];
 * LĐLĐ TP Cần Thơ's first congress after the merger sat on 29/12/2025, but the federations merged
 * with the provinces on 01/07/2025). Grassroots unions go under a commune union or straight under the
 * province (4173/TLĐ-ToC [S39][S40]); which unit goes where is illustrative.
 */
export const demoReorganisation2025: readonly DemoUnitChange[] = [
  {
    kind: 'dissolve',
    unitId: ids.ldldHauGiang,
    successorId: ids.ldldCanTho,
    effectiveFrom: REORGANISATION_2025,
    reason: `Hợp nhất tỉnh Hậu Giang vào thành phố Cần Thơ; LĐLĐ tỉnh Hậu Giang hợp nhất vào LĐLĐ thành phố Cần Thơ ${SAP_XEP}.`,
  },
  {
    kind: 'dissolve',
    unitId: ids.ldldChauThanhA,
    successorId: ids.cdXaChauThanhA,
    effectiveFrom: REORGANISATION_2025,
    reason: `Kết thúc hoạt động LĐLĐ huyện Châu Thành A; các CĐCS chuyển về Công đoàn xã Châu Thành A ${SAP_XEP}.`,
  },
  {
    kind: 'reparent',
    unitId: ids.cdcsThcsTanHoi,
    parentId: ids.ldldHaNoi,
    effectiveFrom: REORGANISATION_2025,
    reason: `CĐCS trường học trực thuộc LĐLĐ thành phố Hà Nội ${SAP_XEP}.`,
  },
  {
    kind: 'dissolve',
    unitId: ids.ldldDanPhuong,
    successorId: ids.cdXaDanPhuong,
    effectiveFrom: REORGANISATION_2025,
    reason: `Kết thúc hoạt động LĐLĐ huyện Đan Phượng; CĐCS Bệnh viện Đa khoa chuyển về Công đoàn xã Đan Phượng ${SAP_XEP}.`,
  },
  ...(
    [
      [ids.ldldHaQuang, ids.cdXaHaQuang, 'Hà Quảng'],
      [ids.ldldNguyenBinh, ids.cdXaNguyenBinh, 'Nguyên Bình'],
      [ids.ldldThachAn, ids.cdXaThachAn, 'Thạch An'],
    ] as const
  ).map(([unitId, successorId, name]): DemoUnitChange => ({
    kind: 'dissolve',
    unitId,
    successorId,
    effectiveFrom: REORGANISATION_2025,
    reason: `Kết thúc hoạt động LĐLĐ huyện ${name}; Công đoàn xã ${name} kế thừa ${SAP_XEP}.`,
  })),
];
