import type { OrgLevel } from '@vinhdanh/domain';

// The deadline activity's input and answer, on their own so the activities' dependencies can name
// them without importing the activity.

/** Input of {@link createTaskDeadlineActivities}' `computeTaskDueAt`. */
export interface ComputeTaskDueAtInput {
  /** When the task opened (workflow time of the event that opened it). */
  openedAt: string;
  level: OrgLevel;
  campaignId: string;
  ruleSetVersion: string;
  /** A review at a level, or a revision (the level below fixes the dossier after a return). */
  kind: 'review' | 'revision';
  /** Re-arming after an extension: keep this due time, compute only the ladder. */
  dueAt?: string;
  /** Re-arming after a hold: the due time `dueAt` moves later by the working days the hold lasted. */
  held?: { dueAt: string; from: string; to: string };
  /**
   * A review that opens after its level's cut-off keeps the full working-day limit and the result
   * names the passed cut-off (`arrivedAfterCutOff`): the late submission is the sender's fact
   * [S23][S30]. Without it (runs started before) such a task is due at the cut-off, born overdue.
   */
  lateArrivalKeepsWorkingDays?: boolean;
}

/** A task's due time and its escalation ladder, all ISO instants; null where the rule set has no such step. */
export interface TaskDeadline {
  dueAt: string;
  remindAt: string | null;
  escalateAt: string | null;
  /** What happens at `escalateAt`: mark the nomination stuck, or return it automatically. */
  onEscalate: 'stuck' | 'auto_return';
  /** The level's cut-off (end of that day) when the review opened after it (`lateArrivalKeepsWorkingDays`). */
  arrivedAfterCutOff?: string;
}
