// Test-only builders for the procedure specs (not exported from the barrel).
import type { OrgLevel } from '../../org/org-unit';
import { computeProcedureRoute } from '../../procedure/procedure';
import type { VoteTally } from '../../procedure/vote';
import { awardRuleOf } from '../../rules/rule-set';
import { ruleSet2024 } from '../../rules/rule-set-2024';
import type { AwardCode, RuleSet } from '../../rules/rule-set.schema';
import type { Actor } from '../nomination.commands';
import type {
  RecordAppraisal,
  RecordIntake,
  RecordTaskTimer,
  RecordVote,
  TaskTimer,
} from './nomination.procedure.commands';
import { sampleRoute, sampleSubmitNomination } from '../shared/nomination.samples';
import { at, NOMINATION_ID, unitAt } from '../nomination.spec-helpers';
import type { SubmitNomination } from '../nomination.commands';

/** A submission along the sample route with the procedure of `ruleSet` for `awardCode`. */
export function submitWithProcedure(
  awardCode: AwardCode = 'BK_TLD',
  ruleSet: RuleSet = ruleSet2024,
  overrides: Partial<SubmitNomination> = {},
): SubmitNomination {
  const award = awardRuleOf(ruleSet, awardCode);
  const start = sampleRoute.findIndex((s) => award.routeStartLevels.includes(s.level));
  const { route, procedure } = computeProcedureRoute(ruleSet, award, sampleRoute.slice(start));
  const [first] = route;
  if (!first) throw new Error('empty route');
  const nominator = { userId: 'u-nominator', name: 'Lê Văn Bình', unitId: first.unitId };
  return sampleSubmitNomination({
    awardCode,
    route,
    procedure,
    actor: nominator,
    nominatingUnitId: first.unitId,
    ...overrides,
  });
}

const base = (actor: Actor, level: OrgLevel, minute: number) => ({
  nominationId: NOMINATION_ID,
  actor,
  now: at(minute),
  level,
  unitId: unitAt(level),
});

export const intakeCmd = (
  actor: Actor,
  level: OrgLevel,
  minute: number,
  extra: Partial<RecordIntake> = {},
): RecordIntake => ({
  type: 'RecordIntake',
  ...base(actor, level, minute),
  ...extra,
});

export const passedChecks = [
  { rule: 'ELIGIBILITY.ONCE_PER_PERSON', passed: true, reasonVi: 'Chưa từng nhận.', reasonEn: 'Never received.' },
];
export const failedChecks = [
  ...passedChecks,
  {
    rule: 'ELIGIBILITY.PREREQUISITE',
    passed: false,
    reasonVi: 'Thiếu Bằng khen tỉnh năm trước.',
    reasonEn: 'No province certificate the year before.',
  },
];

export const appraisalCmd = (
  actor: Actor,
  level: OrgLevel,
  minute: number,
  checks = passedChecks,
): RecordAppraisal => ({
  type: 'RecordAppraisal',
  ...base(actor, level, minute),
  checks,
});

/** 15 members: 10 present for, 1 against, 1 abstains, 2 absent for in writing — 12/15 for. */
export const tally = (extra: Partial<VoteTally> = {}): VoteTally => ({
  membersTotal: 15,
  present: 12,
  votesFor: 10,
  votesAgainst: 1,
  abstentions: 1,
  writtenFor: 2,
  writtenAgainst: 1,
  ...extra,
});
/** Only 7 of 15 for: no majority of all members. */
export const thinTally = (): VoteTally =>
  tally({ present: 9, votesFor: 6, votesAgainst: 2, abstentions: 1, writtenFor: 1, writtenAgainst: 2 });

export const voteCmd = (actor: Actor, level: OrgLevel, minute: number, t: VoteTally = tally()): RecordVote => ({
  type: 'RecordVote',
  ...base(actor, level, minute),
  tally: t,
  minutesNumber: `BB-${level}/2026`,
});

export const timerCmd = (timer: TaskTimer, taskSeq: number, dueAt: string, minute: number): RecordTaskTimer => ({
  type: 'RecordTaskTimer',
  nominationId: NOMINATION_ID,
  actor: systemActor,
  now: at(minute),
  taskSeq,
  dueAt,
  timer,
});

export const systemActor: Actor = { userId: 'system', name: 'Hệ thống', unitId: 'system' };
