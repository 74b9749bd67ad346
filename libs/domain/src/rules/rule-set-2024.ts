import type { AttachmentKind, AwardRule, RuleSet } from './rule-set.schema';
import { procedure2024 } from './rule-set-2024.procedure';

const STANDARD_DOSSIER: AttachmentKind[] = ['TO_TRINH', 'BAO_CAO_THANH_TICH', 'BIEN_BAN'];
const WITH_INITIATIVE: AttachmentKind[] = [...STANDARD_DOSSIER, 'SANG_KIEN'];

const awards: AwardRule[] = [
  {
    code: 'GK',
    nameVi: 'Giấy khen',
    nameEn: 'Certificate of commendation',
    nomineeKinds: ['person', 'collective'],
    grantingLevel: 2,
    routeStartLevels: [1],
    voteThreshold: 'majority',
    requiredAttachments: STANDARD_DOSSIER,
    simplifiedProcedure: false,
  },
  {
    code: 'BK_TINH',
    nameVi: 'Bằng khen của Liên đoàn Lao động tỉnh, thành phố',
    nameEn: 'Certificate of merit of the provincial labour federation',
    nomineeKinds: ['person', 'collective'],
    grantingLevel: 3,
    routeStartLevels: [1],
    voteThreshold: 'majority',
    requiredAttachments: STANDARD_DOSSIER,
    simplifiedProcedure: false,
    exclusivity: 'comprehensive',
  },
  {
    code: 'BK_TLD',
    nameVi: 'Bằng khen của Tổng Liên đoàn Lao động Việt Nam',
    nameEn: 'Certificate of merit of the Vietnam General Confederation of Labour',
    nomineeKinds: ['person', 'collective'],
    grantingLevel: 4,
    routeStartLevels: [1],
    voteThreshold: 'majority',
    requiredAttachments: STANDARD_DOSSIER,
    simplifiedProcedure: false,
    exclusivity: 'comprehensive',
    // 1689 Art. 14 ladder; NĐ 152 Art. 4(1) drops ladders, hence a switch rather than code.
    prerequisites: [{ awardCode: 'BK_TINH', withinYearsBefore: 1, enabled: true, nomineeKinds: ['person'] }],
    personConditions: { minAppliedInitiatives: 2, consecutiveExcellentYears: { years: 2, endingYearsBefore: 0 } },
  },
  {
    code: 'BK_CD',
    nameVi: 'Bằng khen chuyên đề của Tổng Liên đoàn Lao động Việt Nam',
    nameEn: 'Thematic certificate of merit of the Vietnam General Confederation of Labour',
    nomineeKinds: ['person', 'collective'],
    grantingLevel: 4,
    routeStartLevels: [1],
    voteThreshold: 'majority',
    requiredAttachments: STANDARD_DOSSIER,
    simplifiedProcedure: false,
    exclusivity: 'thematic',
    quotas: [
      { scope: 'unit', unitLevel: 3, period: 'theme', max: 4 },
      { scope: 'national', period: 'theme', max: 300 },
    ],
  },
  {
    code: 'BK_DX',
    nameVi: 'Bằng khen đột xuất của Tổng Liên đoàn Lao động Việt Nam',
    nameEn: 'Ad-hoc certificate of merit of the Vietnam General Confederation of Labour',
    nomineeKinds: ['person', 'collective'],
    grantingLevel: 4,
    routeStartLevels: [1, 2, 3],
    voteThreshold: 'majority',
    requiredAttachments: ['TO_TRINH', 'BAO_CAO_THANH_TICH'],
    simplifiedProcedure: true,
    countsAsPrerequisite: false,
  },
  {
    code: 'CO_TINH',
    nameVi: 'Cờ thi đua của Liên đoàn Lao động tỉnh, thành phố',
    nameEn: 'Emulation flag of the provincial labour federation',
    nomineeKinds: ['collective'],
    grantingLevel: 3,
    routeStartLevels: [2],
    voteThreshold: 'percent80',
    requiredAttachments: STANDARD_DOSSIER,
    simplifiedProcedure: false,
  },
  {
    code: 'CO_TLD',
    nameVi: 'Cờ thi đua của Tổng Liên đoàn Lao động Việt Nam',
    nameEn: 'Emulation flag of the Vietnam General Confederation of Labour',
    nomineeKinds: ['collective'],
    grantingLevel: 4,
    routeStartLevels: [3],
    voteThreshold: 'percent80',
    requiredAttachments: STANDARD_DOSSIER,
    simplifiedProcedure: false,
  },
  {
    code: 'LDST',
    nameVi: 'Bằng Lao động sáng tạo',
    nameEn: 'Creative labour certificate',
    nomineeKinds: ['person'],
    grantingLevel: 4,
    routeStartLevels: [1],
    voteThreshold: 'majority',
    requiredAttachments: WITH_INITIATIVE,
    simplifiedProcedure: false,
    personConditions: {
      nonLeaderOnly: true,
      maxTrainingLevel: 'college',
      minSingleInitiativeValueVnd: 80_000_000,
      minInitiativesValueVndOverYears: { valueVnd: 120_000_000, years: 3 },
    },
  },
  {
    code: 'CSTD_TLD',
    nameVi: 'Chiến sĩ thi đua Tổng Liên đoàn Lao động Việt Nam',
    nameEn: 'Emulation fighter of the Vietnam General Confederation of Labour',
    nomineeKinds: ['person'],
    grantingLevel: 4,
    routeStartLevels: [1],
    voteThreshold: 'percent90',
    requiredAttachments: WITH_INITIATIVE,
    simplifiedProcedure: false,
  },
  {
    code: 'NDC',
    nameVi: 'Giải thưởng Nguyễn Đức Cảnh',
    nameEn: 'Nguyễn Đức Cảnh Award',
    nomineeKinds: ['person'],
    grantingLevel: 4,
    routeStartLevels: [1],
    voteThreshold: 'majority',
    requiredAttachments: STANDARD_DOSSIER,
    simplifiedProcedure: false,
    oncePerPerson: true,
    personConditions: { directWorkerOnly: true, minDirectWorkYears: 5 },
    everyYears: { interval: 5, from: 2023 },
  },
  {
    code: 'NVL',
    nameVi: 'Giải thưởng Nguyễn Văn Linh',
    nameEn: 'Nguyễn Văn Linh Award',
    nomineeKinds: ['person'],
    grantingLevel: 4,
    routeStartLevels: [2],
    voteThreshold: 'majority',
    requiredAttachments: STANDARD_DOSSIER,
    simplifiedProcedure: false,
    oncePerPerson: true,
  },
  {
    code: 'KNC',
    nameVi: 'Kỷ niệm chương "Vì sự nghiệp xây dựng tổ chức Công đoàn"',
    nameEn: 'Medal "For the building of the trade union organisation"',
    nomineeKinds: ['person'],
    grantingLevel: 4,
    routeStartLevels: [1],
    voteThreshold: 'majority',
    requiredAttachments: ['TO_TRINH', 'BAO_CAO_THANH_TICH'],
    simplifiedProcedure: false,
    oncePerPerson: true,
    personConditions: { minUnionWorkYears: 20, partTimeYearsMultiplier: 1.5, nonStateFirmYearsMultiplier: 2 },
  },
];

/**
 * The default catalogue of domain.md under the 2024 regulation, as data, with the full procedure
 * at each level (intake → appraisal → council vote → chair sign-off). Version 2024.2 supersedes
 * 2024.1 from 2026-03-01; campaigns opened earlier keep the version they opened with. 2026.1
 * (the same plus public disclosure) supersedes it from 2028-01-01: only the end of its period was
 * set then, its rules are unchanged. `rule-set.unit.spec.ts` proves it parses with the `RuleSet` schema.
 */
export const ruleSet2024: RuleSet = {
  version: '2024.2',
  title: 'Danh mục khen thưởng theo Quy chế 999/QĐ-TLĐ — quy trình đầy đủ tại từng cấp',
  regulation: 'Quy chế 999/QĐ-TLĐ 2024',
  effectiveFrom: '2026-03-01',
  effectiveTo: '2028-01-01',
  awards,
  deadlines: {
    processingWorkingDays: 10,
    intakeReturnWorkingDays: 5,
    remindAtShare: 0.5,
    stuckAfterGraceWorkingDays: 5,
    onStuck: 'mark_stuck',
  },
  procedure: procedure2024,
  prerequisiteLadders: true,
};

/**
 * The first version of the 2024 catalogue: each level decides in one step (the chair's sign-off),
 * without recorded intake, appraisal or council vote. In force until 2024.2 took over; kept because
 * campaigns and nominations opened under it stay pinned to it. Effective from the start of 2024
 * pending a check against the signed decision.
 */
export const ruleSet2024SignOff: RuleSet = {
  ...ruleSet2024,
  version: '2024.1',
  title: 'Danh mục khen thưởng mặc định theo Quy chế 999/QĐ-TLĐ',
  effectiveFrom: '2024-01-01',
  effectiveTo: '2026-03-01',
  procedure: undefined,
};
