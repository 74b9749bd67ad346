import { z } from 'zod';
import { IsoDate } from '../shared/dates';

/** The four tiers of the union: 1 CĐCS, 2 cấp trên trực tiếp cơ sở, 3 tỉnh/ngành TW, 4 Tổng LĐLĐ. */
export const OrgLevel = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], {
  error: 'must be a level 1, 2, 3 or 4',
});
/** The four tiers of the union. */
export type OrgLevel = z.infer<typeof OrgLevel>;

/** Kinds of union units; a unit's kind fixes its level (never the word "huyện" in its name). */
export const UnitKind = z.enum(
  [
    'CDCS',
    'NGHIEP_DOAN_CO_SO',
    'LDLD_HUYEN',
    'CD_VIEN_CHUC_TINH',
    'CD_NGANH_TINH',
    'CD_KCN',
    'CD_XA_PHUONG',
    'LDLD_TINH',
    'CD_NGANH_TW',
    'CD_TONG_CONG_TY',
    'TONG_LDLD',
  ],
  { error: 'must be a known unit kind (CDCS, LDLD_HUYEN, LDLD_TINH, TONG_LDLD …)' },
);
/** Kinds of union units. */
export type UnitKind = z.infer<typeof UnitKind>;

/** What a unit kind means: its level and how people call it. */
export interface UnitKindInfo {
  readonly level: OrgLevel;
  readonly labelVi: string;
  readonly labelEn: string;
}

/** The level and names of each unit kind (structure of the union, fixed by its charter, not by rule sets). */
export const UNIT_KINDS: Readonly<Record<UnitKind, UnitKindInfo>> = {
  CDCS: { level: 1, labelVi: 'Công đoàn cơ sở', labelEn: 'Grassroots union' },
  NGHIEP_DOAN_CO_SO: { level: 1, labelVi: 'Nghiệp đoàn cơ sở', labelEn: 'Grassroots trade syndicate' },
  LDLD_HUYEN: { level: 2, labelVi: 'Liên đoàn Lao động huyện', labelEn: 'District labour federation' },
  CD_VIEN_CHUC_TINH: { level: 2, labelVi: 'Công đoàn Viên chức tỉnh', labelEn: 'Provincial civil servants union' },
  CD_NGANH_TINH: { level: 2, labelVi: 'Công đoàn ngành tỉnh', labelEn: 'Provincial sector union' },
  CD_KCN: { level: 2, labelVi: 'Công đoàn các khu công nghiệp', labelEn: 'Industrial zones union' },
  CD_XA_PHUONG: { level: 2, labelVi: 'Công đoàn xã, phường, đặc khu', labelEn: 'Commune, ward or special-zone union' },
  LDLD_TINH: { level: 3, labelVi: 'Liên đoàn Lao động tỉnh, thành phố', labelEn: 'Provincial labour federation' },
  CD_NGANH_TW: { level: 3, labelVi: 'Công đoàn ngành Trung ương', labelEn: 'Central sector union' },
  CD_TONG_CONG_TY: { level: 3, labelVi: 'Công đoàn Tổng công ty', labelEn: 'Corporation union' },
  TONG_LDLD: {
    level: 4,
    labelVi: 'Tổng Liên đoàn Lao động Việt Nam',
    labelEn: 'Vietnam General Confederation of Labour',
  },
};

/** The level a unit kind sits at. */
export function levelOfKind(kind: UnitKind): OrgLevel {
  return UNIT_KINDS[kind].level;
}

const nonBlank = (field: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `${field} must not be empty` });

/** A union unit; `dissolvedOn` (exclusive) marks the first day it no longer exists. */
export const OrgUnit = z.object({
  id: nonBlank('id').max(64),
  code: nonBlank('code').max(64),
  name: nonBlank('name').max(300),
  kind: UnitKind,
  memberCount: z
    .number()
    .int({ error: 'memberCount must be a whole number' })
    .min(0, { error: 'memberCount must not be negative' }),
  dissolvedOn: IsoDate.nullable().optional(),
});
/** A union unit. */
export type OrgUnit = z.infer<typeof OrgUnit>;

/** An effective-dated parent link, valid over [validFrom, validTo); `validTo` null means still valid. */
export const ParentLink = z.object({
  unitId: nonBlank('unitId'),
  parentId: nonBlank('parentId'),
  validFrom: IsoDate,
  validTo: IsoDate.nullable(),
});
/** An effective-dated parent link. */
export type ParentLink = z.infer<typeof ParentLink>;

/** The org tree as plain data: what seeds load, activities return and workflows receive. */
export const OrgTreeData = z.object({
  units: z.array(OrgUnit),
  links: z.array(ParentLink),
});
/** The org tree as plain data. */
export type OrgTreeData = z.infer<typeof OrgTreeData>;
