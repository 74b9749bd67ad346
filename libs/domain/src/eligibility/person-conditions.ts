import { TrainingLevel } from '../rules/procedure-rules.schema';
import type { PersonConditions } from '../rules/rule-set.schema';
import type { Initiative, PersonNominee } from '../nomination/shared/nomination.dossier';
import type { EligibilityCheck } from './eligibility.schema';
import { check } from './eligibility.schema';

const TRAINING_VI: Readonly<Record<TrainingLevel, string>> = {
  none: 'chưa qua đào tạo',
  vocational: 'sơ cấp nghề',
  intermediate: 'trung cấp',
  college: 'cao đẳng',
  university: 'đại học',
  postgraduate: 'sau đại học',
};
// Grouped by hand: toLocaleString depends on the runtime's ICU data, and replays must agree.
const vnd = (n: number) => `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} đ`;
const missing = (rule: string, fieldVi: string, field: string): EligibilityCheck =>
  check(rule, false, `Hồ sơ chưa khai ${fieldVi}.`, `The dossier does not state ${field}.`);

/**
 * Effective years of union work for Kỷ niệm chương: full-time years count once, part-time years
 * × the part-time multiplier, part-time years in a non-state enterprise × its own multiplier.
 */
export function effectiveUnionWorkYears(
  work: { fullTimeYears: number; partTimeYears: number; partTimeNonStateYears: number },
  conditions: Pick<PersonConditions, 'partTimeYearsMultiplier' | 'nonStateFirmYearsMultiplier'>,
): number {
  const partTime = conditions.partTimeYearsMultiplier ?? 1;
  const nonState = conditions.nonStateFirmYearsMultiplier ?? partTime;
  return work.fullTimeYears + work.partTimeYears * partTime + work.partTimeNonStateYears * nonState;
}

/** The person conditions of an award, each as a check naming its limit and the nominee's value. */
export function personConditionChecks(
  c: PersonConditions,
  p: PersonNominee,
  year: number,
  allInitiatives: readonly Initiative[],
): EligibilityCheck[] {
  const out: EligibilityCheck[] = [];
  // Only initiatives applied inside the years the rule names count, when it names them.
  const within = c.initiativesWithinYears;
  const initiatives =
    within === undefined
      ? allInitiatives
      : allInitiatives.filter((i) => i.appliedYear > year - within && i.appliedYear <= year);
  if (c.consecutiveExcellentYears) {
    const { years, endingYearsBefore } = c.consecutiveExcellentYears;
    const last = year - endingYearsBefore;
    const needed = Array.from({ length: years }, (_, i) => last - i);
    if (!p.excellentYears)
      out.push(
        missing('CONSECUTIVE_EXCELLENT_YEARS', 'các năm hoàn thành xuất sắc nhiệm vụ', 'the years rated excellent'),
      );
    else {
      const rated = p.excellentYears;
      const lacking = needed.filter((y) => !rated.includes(y));
      out.push(
        check(
          'CONSECUTIVE_EXCELLENT_YEARS',
          lacking.length === 0,
          lacking.length === 0
            ? `Hoàn thành xuất sắc nhiệm vụ ${years} năm liên tục (${needed.join(', ')}).`
            : `Cần ${years} năm liên tục hoàn thành xuất sắc nhiệm vụ (${needed.join(', ')}); thiếu năm ${lacking.join(', ')}.`,
          lacking.length === 0
            ? `Rated excellent ${years} consecutive years (${needed.join(', ')}).`
            : `Needs ${years} consecutive years rated excellent (${needed.join(', ')}); missing ${lacking.join(', ')}.`,
        ),
      );
    }
  }
  if (c.nonLeaderOnly) {
    out.push(
      check(
        'NON_LEADER',
        !p.isLeader,
        p.isLeader
          ? `Chỉ xét người không giữ chức vụ lãnh đạo; người được đề nghị là lãnh đạo (${p.position}).`
          : 'Không giữ chức vụ lãnh đạo.',
        p.isLeader ? `Only non-leaders qualify; the nominee is a leader (${p.position}).` : 'Not a leader.',
      ),
    );
  }
  if (c.maxTrainingLevel) {
    if (!p.trainingLevel) out.push(missing('MAX_TRAINING_LEVEL', 'trình độ đào tạo', 'the training level'));
    else {
      const ok = TrainingLevel.options.indexOf(p.trainingLevel) <= TrainingLevel.options.indexOf(c.maxTrainingLevel);
      out.push(
        check(
          'MAX_TRAINING_LEVEL',
          ok,
          `Trình độ tối đa ${TRAINING_VI[c.maxTrainingLevel]}; người được đề nghị: ${TRAINING_VI[p.trainingLevel]}.`,
          `Training up to ${c.maxTrainingLevel}; the nominee: ${p.trainingLevel}.`,
        ),
      );
    }
  }
  if (c.minTrainingLevel) {
    if (!p.trainingLevel) out.push(missing('MIN_TRAINING_LEVEL', 'trình độ đào tạo', 'the training level'));
    else {
      const ok = TrainingLevel.options.indexOf(p.trainingLevel) >= TrainingLevel.options.indexOf(c.minTrainingLevel);
      out.push(
        check(
          'MIN_TRAINING_LEVEL',
          ok,
          `Trình độ tối thiểu ${TRAINING_VI[c.minTrainingLevel]}; người được đề nghị: ${TRAINING_VI[p.trainingLevel]}.`,
          `Training of at least ${c.minTrainingLevel}; the nominee: ${p.trainingLevel}.`,
        ),
      );
    }
  }
  if (c.directWorkerOnly) {
    out.push(
      check(
        'DIRECT_WORKER',
        p.isDirectWorker,
        p.isDirectWorker
          ? 'Là người lao động trực tiếp.'
          : 'Chỉ xét công nhân, người lao động trực tiếp; người được đề nghị không phải.',
        p.isDirectWorker ? 'A direct worker.' : 'Only direct workers qualify; the nominee is not one.',
      ),
    );
  }
  if (c.minDirectWorkYears !== undefined) {
    if (p.directWorkYears === undefined)
      out.push(missing('MIN_DIRECT_WORK_YEARS', 'số năm trực tiếp lao động', 'the years of direct work'));
    else {
      const ok = p.directWorkYears >= c.minDirectWorkYears;
      out.push(
        check(
          'MIN_DIRECT_WORK_YEARS',
          ok,
          `Cần ít nhất ${c.minDirectWorkYears} năm trực tiếp lao động; có ${p.directWorkYears} năm.`,
          `Needs at least ${c.minDirectWorkYears} years of direct work; has ${p.directWorkYears}.`,
        ),
      );
    }
  }
  if (c.minUnionWorkYears !== undefined) {
    if (!p.unionWork)
      out.push(missing('MIN_UNION_WORK_YEARS', 'thời gian công tác công đoàn', 'the years of union work'));
    else {
      const effective = Math.round(effectiveUnionWorkYears(p.unionWork, c) * 100) / 100;
      const ok = effective >= c.minUnionWorkYears;
      out.push(
        check(
          'MIN_UNION_WORK_YEARS',
          ok,
          `Cần ít nhất ${c.minUnionWorkYears} năm công tác công đoàn (kiêm nhiệm × ${c.partTimeYearsMultiplier ?? 1}, doanh nghiệp ngoài nhà nước × ${c.nonStateFirmYearsMultiplier ?? 1}); quy đổi được ${effective} năm.`,
          `Needs at least ${c.minUnionWorkYears} years of union work (part-time × ${c.partTimeYearsMultiplier ?? 1}, non-state firms × ${c.nonStateFirmYearsMultiplier ?? 1}); counts ${effective}.`,
        ),
      );
    }
  }
  if (c.minSingleInitiativeValueVnd !== undefined || c.minInitiativesValueVndOverYears) {
    const best = Math.max(0, ...initiatives.map((i) => i.valueVnd));
    const over = c.minInitiativesValueVndOverYears;
    const window = over ? initiatives.filter((i) => i.appliedYear > year - over.years && i.appliedYear <= year) : [];
    const sum = window.reduce((total, i) => total + i.valueVnd, 0);
    const single = c.minSingleInitiativeValueVnd !== undefined && best >= c.minSingleInitiativeValueVnd;
    const cumulative = over !== undefined && sum >= over.valueVnd;
    const limitsVi = [
      c.minSingleInitiativeValueVnd !== undefined ? `một giải pháp từ ${vnd(c.minSingleInitiativeValueVnd)}` : null,
      over ? `hoặc tổng ${over.years} năm từ ${vnd(over.valueVnd)}` : null,
    ]
      .filter(Boolean)
      .join(' ');
    const limitsEn = [
      c.minSingleInitiativeValueVnd !== undefined ? `one solution worth ≥ ${c.minSingleInitiativeValueVnd} VND` : null,
      over ? `or ≥ ${over.valueVnd} VND over ${over.years} years` : null,
    ]
      .filter(Boolean)
      .join(' ');
    out.push(
      check(
        'INITIATIVE_VALUE',
        single || cumulative,
        `Cần ${limitsVi}; giải pháp cao nhất ${vnd(best)}, tổng ${over?.years ?? 0} năm ${vnd(sum)}.`,
        `Needs ${limitsEn}; best ${best} VND, ${over?.years ?? 0}-year total ${sum} VND.`,
      ),
    );
  }
  if (c.minAppliedInitiatives !== undefined) {
    const n = initiatives.length;
    const ok = n >= c.minAppliedInitiatives;
    const spanVi = within === undefined ? '' : ` trong các năm ${year - within + 1}–${year}`;
    const spanEn = within === undefined ? '' : ` in ${year - within + 1}–${year}`;
    out.push(
      check(
        'MIN_APPLIED_INITIATIVES',
        ok,
        `Cần ít nhất ${c.minAppliedInitiatives} sáng kiến được áp dụng${spanVi}; có ${n}.`,
        `Needs at least ${c.minAppliedInitiatives} applied initiatives${spanEn}; has ${n}.`,
      ),
    );
  }
  return out;
}
