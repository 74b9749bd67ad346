import type { AttachmentKind, AwardRule, RuleSet } from './rule-set.schema';
import type { ProcedureRules } from './procedure-rules.schema';
import { ruleSet2024 } from './rule-set-2024';

// Sources are the tags of docs/research/domain-sources.md ([S…]); "(INF)" marks a reading of ours
// that no source states, "(chưa tìm thấy nguồn)" a value no source could be found for.

const STANDARD_DOSSIER: AttachmentKind[] = ['TO_TRINH', 'BAO_CAO_THANH_TICH', 'BIEN_BAN'];

/** Steps at a level whose council must vote on the award (intake → appraisal → vote → sign-off). */
const WITH_VOTE = ['intake', 'appraisal', 'vote', 'signoff'] as const;

/**
 * The procedure under Law 06/2022 with NĐ 98/2023, then NĐ 152/2025: every level takes the dossier
 * in (tiếp nhận), appraises it (thẩm định) and signs (ký); the council vote (bình xét, bỏ phiếu kín)
 * is added where the decree makes it mandatory — Chiến sĩ thi đua and Cờ thi đua, at the level
 * whose council decides (NĐ 98/2023 Art. 30(7) [S22]; carried over by NĐ 152/2025 [S31] (INF)).
 * Thresholds count ALL council members, absent members voting in writing [S22].
 */
export const procedureByLaw: ProcedureRules = {
  defaultSteps: ['intake', 'appraisal', 'signoff'],
  simplifiedSteps: ['intake', 'signoff'],
  nominatingLevelSkips: ['intake'],
  onVoteFailed: 'reject',
  voteThresholds: {
    majority: { minShare: 0.5, strict: true },
    percent80: { minShare: 0.8 },
    percent90: { minShare: 0.9 },
  },
};

const votedAt = (level: 1 | 2 | 3 | 4) => ({ levels: [{ level, steps: [...WITH_VOTE] }] });
const base = (code: string) => {
  const found = ruleSet2024.awards.find((a) => a.code === code);
  if (!found) throw new Error(`the 2024 catalogue lacks ${code}`);
  return found;
};

/** The unions directly above the grassroots and the grassroots themselves ([S7] 1564 Art. 11; [S37]). */
const GRASSROOTS_AND_UPPER = [
  'CDCS',
  'NGHIEP_DOAN_CO_SO',
  'CD_VIEN_CHUC_TINH',
  'CD_NGANH_TINH',
  'CD_KCN',
  'CD_XA_PHUONG',
];

/** The catalogue under the law in force from 01/01/2024, with the fixes of the 2025 review. */
function catalogue(options: { nd152: boolean }): AwardRule[] {
  return [
    { ...base('GK'), source: 'Law 06/2022 Art. 74–75 [S30]; 1689-era issuers [S20]' },
    {
      ...base('BK_TINH'),
      // Province-level unions and those directly above the grassroots may themselves be nominated (seed 003).
      routeStartLevels: [1, 2],
      source: 'Law 06/2022 Art. 72; Quy chế 999/QĐ-TLĐ 2024 [S1] (text not retrieved); feeds BK_TLD [S3]',
    },
    {
      code: 'BK_TINH_CD',
      nameVi: 'Bằng khen chuyên đề của Liên đoàn Lao động tỉnh, thành phố',
      nameEn: 'Thematic certificate of merit of the provincial labour federation',
      nomineeKinds: ['person', 'collective'],
      grantingLevel: 3,
      routeStartLevels: [1, 2],
      voteThreshold: 'majority',
      requiredAttachments: STANDARD_DOSSIER,
      simplifiedProcedure: false,
      exclusivity: 'thematic',
      countsAsPrerequisite: false,
      source: 'Seeds 000, 001 (Bằng khen chuyên đề của LĐLĐ tỉnh); Law Art. 8(3) [S29]; NĐ 152/2025 Art. 4(3) [S26]',
    },
    {
      code: 'BK_TINH_DX',
      nameVi: 'Bằng khen đột xuất của Liên đoàn Lao động tỉnh, thành phố',
      nameEn: 'Ad-hoc certificate of merit of the provincial labour federation',
      nomineeKinds: ['person', 'collective'],
      grantingLevel: 3,
      routeStartLevels: [1, 2, 3],
      voteThreshold: 'majority',
      requiredAttachments: ['TO_TRINH', 'BAO_CAO_THANH_TICH'],
      simplifiedProcedure: true,
      countsAsPrerequisite: false,
      source: 'Seeds 000, 001 (khen đột xuất cấp tỉnh); Law Art. 8(2), Art. 85 [S29]; NĐ 152/2025 Art. 4(3) [S26]',
    },
    {
      ...base('BK_TLD'),
      // Level-2 and level-3 unions nominate and are nominated (seed 003: Bằng khen BCH TLĐ to a provincial federation).
      routeStartLevels: [1, 2, 3],
      // The 1689 ladder (BK_TINH the year before) conflicts with NĐ 152/2025 Art. 4(1) "no ladder" [S26]:
      // off under NĐ 152, on under NĐ 98.
      prerequisites: [
        { awardCode: 'BK_TINH', withinYearsBefore: 1, enabled: !options.nd152, nomineeKinds: ['person'] },
      ],
      personConditions: {
        minAppliedInitiatives: 2,
        // The 2 initiatives must fall in the 2 years rated excellent (1689 Art. 14.1 [S3]).
        initiativesWithinYears: 2,
        consecutiveExcellentYears: { years: 2, endingYearsBefore: 0 },
      },
      source: 'QĐ 1689/QĐ-TLĐ Art. 14 [S3]; NĐ 152/2025 Art. 4(1) [S26]',
    },
    {
      ...base('BK_CD'),
      // A thematic award is no prerequisite of a comprehensive one (NĐ 152/2025 Art. 4(3) [S26]).
      countsAsPrerequisite: options.nd152 ? false : undefined,
      source: 'QĐ 1689 Art. 15: ≤ 4 per province-level unit, ≤ 300 per theme nationally [S4]',
    },
    { ...base('BK_DX'), source: 'Law Art. 8(2), Art. 85; NĐ 152/2025 Art. 4(3) [S26]' },
    {
      ...base('CO_TINH'),
      // Open to grassroots unions and those directly above them (1564 Art. 11 [S7]).
      routeStartLevels: [1, 2],
      nominatingUnitKinds: GRASSROOTS_AND_UPPER,
      procedure: votedAt(3),
      source: 'QĐ 1564 Art. 11 [S7]; ≥ 80 % of all council members, NĐ 98/2023 Art. 30(7) [S22]',
    },
    {
      ...base('CO_TLD'),
      procedure: votedAt(4),
      nominatingUnitKinds: ['LDLD_TINH', 'CD_NGANH_TW', 'CD_TONG_CONG_TY'],
      source: 'Law Art. 26 (leads its khối/cụm) [S30]; TLĐ clusters [S15]; ≥ 80 %, NĐ 98/2023 Art. 30(7) [S22]',
    },
    {
      ...base('LDST'),
      source: 'Bằng Lao động sáng tạo: ≥ 80 M VND once, or ≥ 120 M VND over 3 years, non-leaders up to college [S12]',
    },
    {
      // The higher tier [S12] names for non-leader staff with a university degree; its amounts were
      // truncated in the source (chưa tìm thấy nguồn cho mức tiền): the thresholds below are those of
      // the base tier until the text of 999/2024 is obtained.
      ...base('LDST'),
      code: 'LDST_DH',
      nameVi: 'Bằng Lao động sáng tạo (người có trình độ đại học trở lên, không giữ chức vụ lãnh đạo)',
      nameEn: 'Creative labour certificate (non-leader staff with a university degree)',
      personConditions: {
        nonLeaderOnly: true,
        minTrainingLevel: 'university',
        minSingleInitiativeValueVnd: 80_000_000,
        minInitiativesValueVndOverYears: { valueVnd: 120_000_000, years: 3 },
      },
      source: 'Separate tier for university-trained non-leaders [S12] (amounts truncated in the source)',
    },
    {
      code: 'LDTT',
      nameVi: 'Danh hiệu "Lao động tiên tiến"',
      nameEn: '"Advanced worker" title',
      nomineeKinds: ['person'],
      grantingLevel: 2,
      routeStartLevels: [1],
      voteThreshold: 'majority',
      requiredAttachments: STANDARD_DOSSIER,
      simplifiedProcedure: false,
      source:
        'Law 06/2022 Art. 24, granted by the head of the unit (Art. 80) [S24]; granting level 2 in the union (INF)',
    },
    {
      code: 'CSTD_CS',
      nameVi: 'Danh hiệu "Chiến sĩ thi đua cơ sở"',
      nameEn: '"Grassroots emulation fighter" title',
      nomineeKinds: ['person'],
      grantingLevel: 2,
      routeStartLevels: [1],
      voteThreshold: 'percent80',
      requiredAttachments: STANDARD_DOSSIER,
      simplifiedProcedure: false,
      prerequisites: [{ awardCode: 'LDTT', withinYearsBefore: 1, enabled: false }],
      procedure: votedAt(2),
      source:
        'Law 06/2022 Art. 23 (LĐTT the same year, and excellent or an initiative) [S24]; ≥ 80 %, NĐ 98/2023 Art. 30(7) [S22]; no 15 % cap since 2024 [S25]',
    },
    {
      ...base('CSTD_TLD'),
      // 3 consecutive grassroots titles (Law Art. 22 [S24]; 1689 Art. 27 [S6]): held in each of the 3 years before.
      prerequisites: [{ awardCode: 'CSTD_CS', withinYearsBefore: 3, minCount: 3, enabled: true }],
      procedure: votedAt(4),
      source: 'QĐ 1689 Art. 27 [S6]; Law Art. 22 [S24]; ≥ 90 % of all council members, NĐ 98/2023 Art. 30(7) [S22]',
    },
    { ...base('NDC'), source: 'Giải thưởng Nguyễn Đức Cảnh, every 5 years from 2023 [S13]' },
    { ...base('NVL'), source: 'Giải thưởng Nguyễn Văn Linh, once per person [S8]' },
    { ...base('KNC'), source: 'HD 149/HD-TLĐ 2015: ≥ 20 years, part-time × 1.5, non-state × 2 [S14]' },
  ];
}

/** Public disclosure before forwarding (Law 06/2022 Art. 84(5), in force 01/01/2024 [S27]). */
const DISCLOSURE = {
  level: 'nominating' as const,
  // The law fixes no number of days for union-internal awards (chưa tìm thấy nguồn); 5–10 working
  // days is typical in local rules (UNV, domain-sources §4.4) — 5 here. The ad-hoc award, whose
  // point is timeliness (Law Art. 85), is posted for the same 5 days: Art. 84(5) names no exception.
  workingDays: 5,
};

const DEADLINES = ruleSet2024.deadlines;

/**
 * Law 06/2022 with NĐ 98/2023, 01/01/2024 – 30/06/2025: intake, appraisal and sign-off at each
 * level, the council vote where the decree requires it, public disclosure from the day the law
 * took effect. Supersedes 2024.1 (one sign-off per level, no vote, no disclosure) for new campaigns
 * in that period; campaigns that pinned 2024.1 keep it.
 */
export const ruleSet2024Law: RuleSet = {
  version: '2024.3',
  title: 'Danh mục khen thưởng theo Luật Thi đua, khen thưởng 2022 và Nghị định 98/2023/NĐ-CP',
  regulation: 'Luật 06/2022/QH15; Nghị định 98/2023/NĐ-CP; Quy chế 999/QĐ-TLĐ 2024',
  effectiveFrom: '2024-01-01',
  effectiveTo: '2025-07-01',
  supersedes: ['2024.1'],
  awards: catalogue({ nd152: false }),
  deadlines: DEADLINES,
  disclosure: DISCLOSURE,
  procedure: procedureByLaw,
  prerequisiteLadders: true,
  principles: [
    {
      code: 'ONE_ACHIEVEMENT_ONE_AWARD',
      textVi: 'Một thành tích không khen nhiều lần, nhiều hình thức.',
      source: 'Luật 06/2022 Điều 5 [S34]',
    },
    {
      code: 'PUBLIC_DISCLOSURE',
      textVi: 'Công khai danh sách cá nhân, tập thể được đề nghị khen thưởng trước khi trình.',
      source: 'Luật 06/2022 Điều 84 khoản 5 [S27]',
    },
  ],
};

/**
 * NĐ 152/2025/NĐ-CP (in force 01/07/2025, successor to NĐ 98/2023): the same procedure, its
 * principles (Art. 4: no ladder between awards; a thematic or ad-hoc award is no basis for a merit
 * award; one achievement, one award; the tie-break for women) and its dossier forms (Mẫu 01 tờ
 * trình, Mẫu 05 báo cáo thành tích). Campaigns opened from 01/07/2025 pin it; it supersedes 2024.1,
 * 2024.2 and 2026.1, whose periods were set before the decree (they stay pinned where pinned).
 */
export const ruleSet2025Nd152: RuleSet = {
  ...ruleSet2024Law,
  version: '2025.1',
  title: 'Danh mục khen thưởng theo Nghị định 152/2025/NĐ-CP',
  regulation: 'Luật 06/2022/QH15; Nghị định 152/2025/NĐ-CP; Quy chế 999/QĐ-TLĐ 2024',
  effectiveFrom: '2025-07-01',
  effectiveTo: null,
  supersedes: ['2024.1', '2024.2', '2026.1'],
  awards: catalogue({ nd152: true }),
  dossierTemplates: [
    { kind: 'TO_TRINH', template: 'Mẫu số 01 — Tờ trình đề nghị khen thưởng', source: 'NĐ 152/2025 phụ lục [S27]' },
    {
      kind: 'BAO_CAO_THANH_TICH',
      template: 'Mẫu số 05 — Báo cáo thành tích đề nghị khen thưởng (cá nhân)',
      source: 'NĐ 152/2025 phụ lục [S27]; mẫu cho tập thể: chưa tìm thấy nguồn',
    },
  ],
  principles: [
    ...(ruleSet2024Law.principles ?? []),
    {
      code: 'NO_LADDER',
      textVi: 'Không bắt buộc phải có hình thức khen thưởng mức thấp mới được khen mức cao hơn.',
      source: 'NĐ 152/2025 Điều 4 khoản 1 [S26]',
    },
    {
      code: 'THEMATIC_NOT_A_BASIS',
      textVi: 'Khen thưởng chuyên đề, đột xuất không làm căn cứ đề nghị khen thưởng công trạng (toàn diện).',
      source: 'NĐ 152/2025 Điều 4 khoản 3 [S26]',
    },
    {
      code: 'TIE_BREAK_WOMEN',
      textVi: 'Khi các trường hợp có thành tích như nhau, ưu tiên nữ; tập thể có từ 70% nữ trở lên được ưu tiên.',
      source: 'NĐ 152/2025 Điều 4 khoản 6 [S26]',
    },
  ],
};
