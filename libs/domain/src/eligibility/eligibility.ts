import type { AwardRule, RuleSet } from '../rules/rule-set.schema';
import type { Initiative, Nominee } from '../nomination/shared/nomination.dossier';
import type { AwardHistoryEntry } from './award-history';
import { check, type EligibilityCheck } from './eligibility.schema';
import { personConditionChecks } from './person-conditions';

/** What else a check may need besides the nominee: the campaign's theme and the dossier's initiatives. */
export interface EligibilityContext {
  readonly theme?: string;
  readonly initiatives?: readonly Initiative[];
}

const kindVi = (kind: string) => (kind === 'person' ? 'cá nhân' : 'tập thể');

function historyChecks(
  ruleSet: RuleSet,
  award: AwardRule,
  nominee: Nominee,
  history: readonly AwardHistoryEntry[],
  year: number,
  theme: string | undefined,
): EligibilityCheck[] {
  const held = history.filter((h) => !h.revoked);
  const out: EligibilityCheck[] = [];
  if (award.oncePerPerson) {
    const earlier = held.find((h) => h.awardCode === award.code);
    out.push(
      earlier
        ? check(
            'ONCE_PER_PERSON',
            false,
            `"${award.nameVi}" chỉ xét tặng một lần; đã được tặng năm ${earlier.year}.`,
            `${award.code} is awarded once per person; already received in ${earlier.year}.`,
          )
        : check(
            'ONCE_PER_PERSON',
            true,
            `Chưa từng được tặng "${award.nameVi}".`,
            `Has not received ${award.code} before.`,
          ),
    );
  }
  const duplicate = held.find(
    (h) => h.awardCode === award.code && h.year === year && (award.exclusivity !== 'thematic' || h.theme === theme),
  );
  out.push(
    duplicate
      ? check(
          'NO_DUPLICATE',
          false,
          `Đã được tặng "${award.nameVi}" cho năm ${year}${theme ? ` (chuyên đề ${theme})` : ''}: một thành tích chỉ khen một lần.`,
          `Already received ${award.code} for ${year}${theme ? ` (theme ${theme})` : ''}: one achievement, one award.`,
        )
      : check(
          'NO_DUPLICATE',
          true,
          `Chưa được tặng "${award.nameVi}" cho năm ${year}.`,
          `No ${award.code} for ${year} yet.`,
        ),
  );
  if (award.exclusivity) {
    const other = award.exclusivity === 'comprehensive' ? 'thematic' : 'comprehensive';
    const clash = held.find((h) => {
      const rule = ruleSet.awards.find((a) => a.code === h.awardCode);
      return h.year === year && rule?.exclusivity === other && rule.grantingLevel === award.grantingLevel;
    });
    const [vi, en] = award.exclusivity === 'comprehensive' ? ['chuyên đề', 'thematic'] : ['toàn diện', 'comprehensive'];
    out.push(
      clash
        ? check(
            'EXCLUSIVITY',
            false,
            `Năm ${year} đã được khen ${vi} cùng cấp (${clash.awardCode}); không xét đồng thời khen toàn diện và chuyên đề.`,
            `Already received a ${en} award at the same level in ${year} (${clash.awardCode}); comprehensive and thematic awards do not combine.`,
          )
        : check(
            'EXCLUSIVITY',
            true,
            `Năm ${year} chưa được khen ${vi} cùng cấp.`,
            `No ${en} award at the same level in ${year}.`,
          ),
    );
  }
  if (ruleSet.prerequisiteLadders !== false) {
    for (const pre of award.prerequisites ?? []) {
      if (!pre.enabled || (pre.nomineeKinds && !pre.nomineeKinds.includes(nominee.kind))) continue;
      const from = year - pre.withinYearsBefore;
      const counts = (code: string) => ruleSet.awards.find((a) => a.code === code)?.countsAsPrerequisite !== false;
      const years = [
        ...new Set(
          held
            .filter((h) => h.awardCode === pre.awardCode && h.year >= from && h.year < year && counts(h.awardCode))
            .map((h) => h.year),
        ),
      ].sort((a, b) => b - a);
      const needed = pre.minCount ?? 1;
      const latest = years[0];
      const found = years.length >= needed && latest !== undefined ? { year: latest } : undefined;
      const span = pre.withinYearsBefore === 1 ? `năm ${year - 1}` : `từ năm ${from} đến ${year - 1}`;
      const spanEn = pre.withinYearsBefore === 1 ? `in ${year - 1}` : `between ${from} and ${year - 1}`;
      out.push(
        found
          ? check(
              'PREREQUISITE',
              true,
              needed > 1
                ? `Đã có ${pre.awardCode} các năm ${[...years].reverse().join(', ')}.`
                : `Đã có ${pre.awardCode} năm ${found.year}.`,
              needed > 1
                ? `Holds ${pre.awardCode} in ${[...years].reverse().join(', ')}.`
                : `Holds ${pre.awardCode} from ${found.year}.`,
            )
          : check(
              'PREREQUISITE',
              false,
              needed > 1
                ? `Cần có ${pre.awardCode} ${needed} năm ${span} trước khi đề nghị "${award.nameVi}"; mới có ${years.length} năm.`
                : `Cần có ${pre.awardCode} ${span} trước khi đề nghị "${award.nameVi}"; chưa có.`,
              needed > 1
                ? `${award.code} requires ${pre.awardCode} in ${needed} years ${spanEn}; found ${years.length}.`
                : `${award.code} requires ${pre.awardCode} ${spanEn}; none found.`,
            ),
      );
    }
  }
  return out;
}

/**
 * Checks a nominee against an award's rules for a campaign year: nominee kind, recurrence,
 * once-per-person, one achievement one award, comprehensive vs thematic exclusivity, prerequisite
 * ladders (a rule-set switch) and the person conditions. Returns every applicable rule with its
 * result and reasons (naming the limit and the actual value); record them with `RecordAppraisal`.
 */
export function checkEligibility(
  ruleSet: RuleSet,
  award: AwardRule,
  nominee: Nominee,
  awardHistory: readonly AwardHistoryEntry[],
  campaignYear: number,
  context: EligibilityContext = {},
): EligibilityCheck[] {
  const out: EligibilityCheck[] = [];
  const kindOk = award.nomineeKinds.includes(nominee.kind);
  out.push(
    check(
      'NOMINEE_KIND',
      kindOk,
      kindOk ? `Xét cho ${kindVi(nominee.kind)}.` : `"${award.nameVi}" không xét cho ${kindVi(nominee.kind)}.`,
      kindOk ? `Open to a ${nominee.kind}.` : `${award.code} is not awarded to a ${nominee.kind}.`,
    ),
  );
  if (award.everyYears) {
    const { interval, from } = award.everyYears;
    const due = campaignYear >= from && (campaignYear - from) % interval === 0;
    const next = campaignYear < from ? from : from + Math.ceil((campaignYear - from) / interval) * interval;
    out.push(
      check(
        'AWARD_YEAR',
        due,
        due
          ? `Năm ${campaignYear} là năm xét tặng.`
          : `"${award.nameVi}" xét ${interval} năm một lần (từ ${from}); năm ${campaignYear} không xét, kỳ tới ${next}.`,
        due
          ? `${campaignYear} is an award year.`
          : `${award.code} is awarded every ${interval} years from ${from}; not in ${campaignYear}, next in ${next}.`,
      ),
    );
  }
  out.push(...historyChecks(ruleSet, award, nominee, awardHistory, campaignYear, context.theme));
  if (nominee.kind === 'person' && award.personConditions) {
    out.push(...personConditionChecks(award.personConditions, nominee, campaignYear, context.initiatives ?? []));
  }
  return out;
}

/** The failed checks of a result list. */
export function failedChecks(checks: readonly EligibilityCheck[]): EligibilityCheck[] {
  return checks.filter((c) => !c.passed);
}
