import { z } from 'zod';

/**
 * One content area of a bloc's score table (biểu chấm điểm): points from 0 to `maxPoints`, counted
 * `weight` times in the total. Score tables per content area: Hướng dẫn 1349/BTĐKT-VI (2009) [S45].
 */
export const BlocCriterion = z.object({
  code: z.string().regex(/^[A-Z][A-Z0-9_]{0,39}$/, { error: 'criterion code: upper-case letters, digits or "_"' }),
  titleVi: z.string().min(1),
  maxPoints: z.number().int().min(1).max(1000),
  weight: z.number().positive().max(10).default(1),
});
/** One criterion of a score table. */
export type BlocCriterion = z.infer<typeof BlocCriterion>;

/**
 * What a rule set says about emulation blocs (optional on a rule set: versions that predate it are
 * unchanged and the bloc year then uses the default table below, saying so).
 */
export const BlocRules = z.object({
  /** The covenant's score table. */
  criteria: z.array(BlocCriterion).min(1),
  /** Where the table comes from (shown next to it). */
  source: z.string().min(1),
  /** Self total above the cross-checked total by more than this share of the maximum is flagged. */
  selfCrossMarginShare: z.number().min(0).max(1).default(0.1),
  /** The shortest run of distinct winners, one per member, that counts as rotation. */
  rotationMinYears: z.number().int().min(2).max(20).default(3),
});
/** What a rule set says about emulation blocs. */
export type BlocRules = z.infer<typeof BlocRules>;

/**
 * The table a bloc year uses when its rule set carries none: the usual shape of a covenant table
 * (content areas summing to 100 points, §5.2 of the domain brief, INF), each area a heading of
 * Nghị quyết 07/NQ-TLĐ ngày 15/01/2020 on renewing emulation work [S18][S19].
 */
export const DEFAULT_BLOC_RULES: BlocRules = {
  criteria: [
    {
      code: 'PHONG_TRAO',
      titleVi: 'Tổ chức các phong trào thi đua do Tổng Liên đoàn phát động',
      maxPoints: 30,
      weight: 1,
    },
    { code: 'DAI_DIEN', titleVi: 'Đại diện, bảo vệ quyền và lợi ích hợp pháp của đoàn viên', maxPoints: 25, weight: 1 },
    { code: 'PHAT_TRIEN', titleVi: 'Phát triển đoàn viên, thành lập công đoàn cơ sở', maxPoints: 20, weight: 1 },
    { code: 'TAI_CHINH', titleVi: 'Tài chính công đoàn và kiểm tra', maxPoints: 15, weight: 1 },
    { code: 'KHEN_THUONG', titleVi: 'Công tác thi đua, khen thưởng và phát hiện điển hình', maxPoints: 10, weight: 1 },
  ],
  source:
    'Biểu chấm điểm mặc định theo nội dung Nghị quyết 07/NQ-TLĐ ngày 15/01/2020 của Đoàn Chủ tịch Tổng Liên đoàn; thang điểm theo nội dung thi đua (Hướng dẫn 1349/BTĐKT-VI)',
  selfCrossMarginShare: 0.1,
  rotationMinYears: 3,
};

/** A unit's points on each criterion, weighted and summed. */
export function weightedTotal(criteria: readonly BlocCriterion[], points: Readonly<Record<string, number>>): number {
  const total = criteria.reduce((sum, c) => sum + (points[c.code] ?? 0) * c.weight, 0);
  return Math.round(total * 100) / 100;
}

/** The highest total the table allows. */
export function maxTotal(criteria: readonly BlocCriterion[]): number {
  return weightedTotal(criteria, Object.fromEntries(criteria.map((c) => [c.code, c.maxPoints])));
}
