import { ApplicationFailure } from '@temporalio/activity';
import { findCampaign, loadWorkingCalendar } from '@vinhdanh/db';
import { CalendarError, type DeadlineRules, type WorkingCalendar } from '@vinhdanh/domain';
import type { ActivityDeps } from './activity-deps';
import type { ComputeTaskDueAtInput, TaskDeadline } from './task-deadline.types';

export type { ComputeTaskDueAtInput, TaskDeadline } from './task-deadline.types';
import { RuleSetUnknownError, createRuleSetLoader } from './rule-set-loader';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Computes task due times from the calendar TABLE, the rule set's deadlines and the campaign's
 * cut-offs, so that no calendar or clock arithmetic happens in workflow code.
 */
export function createTaskDeadlineActivities(deps: ActivityDeps) {
  const ruleSetOf = createRuleSetLoader(deps.db);
  return {
    /**
     * The due time of a task (the earlier of the level's working-day limit and the campaign's
     * cut-off for the level) and its ladder: remind at `remindAtShare` of the time, escalate after
     * `stuckAfterGraceWorkingDays` working days past the due day.
     */
    async computeTaskDueAt(input: ComputeTaskDueAtInput): Promise<TaskDeadline> {
      const injected = deps.taskDeadlines?.(input);
      if (injected) return injected;
      let arrivedAfterCutOff: string | undefined;
      try {
        const [ruleSet, calendar] = await Promise.all([ruleSetOf(input.ruleSetVersion), loadWorkingCalendar(deps.db)]);
        const rules = ruleSet.deadlines;
        const dueAt = input.dueAt ?? (input.held ? afterHold(calendar, input.held) : await limitOf(calendar, rules));
        const opened = Date.parse(input.openedAt);
        const due = Date.parse(dueAt);
        const share = rules.remindAtShare;
        const remindAt =
          share !== undefined && due > opened ? new Date(opened + share * (due - opened)).toISOString() : null;
        const grace = rules.stuckAfterGraceWorkingDays;
        const escalateAt =
          grace === undefined
            ? null
            : maxInstant(dueAt, calendar.endOfDay(calendar.addWorkingDays(calendar.localDateOf(dueAt), grace)));
        const onEscalate = rules.onStuck === 'auto_return' ? 'auto_return' : 'stuck';
        return { dueAt, remindAt, escalateAt, onEscalate, ...(arrivedAfterCutOff ? { arrivedAfterCutOff } : {}) };
      } catch (err) {
        if (err instanceof RuleSetUnknownError) throw ApplicationFailure.nonRetryable(err.message, err.code);
        // A broken calendar or rule set will not mend itself by retrying.
        if (err instanceof CalendarError) throw ApplicationFailure.nonRetryable(err.messageEn, err.code);
        throw err;
      }

      async function limitOf(calendar: WorkingCalendar, rules: DeadlineRules): Promise<string> {
        // A revision is the level below fixing its dossier: the shorter intake-return limit applies.
        const days = input.kind === 'revision' ? rules.intakeReturnWorkingDays : rules.processingWorkingDays;
        // Nominations submitted without a campaign row (ids that are not uuids) have no cut-off.
        const campaign = UUID.test(input.campaignId) ? await findCampaign(deps.db, input.campaignId) : undefined;
        const cutOff = campaign?.cutoffs[String(input.level)];
        if (cutOff && input.lateArrivalKeepsWorkingDays && input.kind === 'review') {
          const cutOffAt = calendar.endOfDay(cutOff);
          if (Date.parse(input.openedAt) > Date.parse(cutOffAt)) {
            arrivedAfterCutOff = cutOffAt;
            return calendar.dueAt(input.openedAt, days);
          }
        }
        return calendar.dueAt(input.openedAt, days, cutOff);
      }
    },
  };
}

/** The due time moved later by the working days a hold lasted (its clock was paused). */
function afterHold(calendar: WorkingCalendar, held: { dueAt: string; from: string; to: string }): string {
  const paused = calendar.workingDaysBetween(calendar.localDateOf(held.from), calendar.localDateOf(held.to));
  if (paused === 0) return held.dueAt;
  return calendar.endOfDay(calendar.addWorkingDays(calendar.localDateOf(held.dueAt), paused));
}

const maxInstant = (a: string, b: string) => (Date.parse(a) >= Date.parse(b) ? a : b);
