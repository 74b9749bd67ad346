import { ApplicationFailure } from '@temporalio/activity';
import { loadWorkingCalendar } from '@vinhdanh/db';
import { CalendarError } from '@vinhdanh/domain';
import type { ActivityDeps } from './activity-deps';

/** Input of `computeDisclosureEndsAt`: when the nomination was posted and for how many working days. */
export interface ComputeDisclosureEndsAtInput {
  postedAt: string;
  workingDays: number;
}

/** Computes the end of a public disclosure from the calendar TABLE, so no calendar arithmetic runs in workflow code. */
export function createDisclosureActivities(deps: ActivityDeps) {
  return {
    /**
     * The end of the disclosure: 17:00 (Vietnam) of the `workingDays`-th working day after the day
     * it was posted (weekends, holidays and make-up days from the administrators' calendar) — the
     * same counting as a task's due time, without the campaign cut-off.
     */
    async computeDisclosureEndsAt(input: ComputeDisclosureEndsAtInput): Promise<{ endsAt: string }> {
      try {
        const calendar = await loadWorkingCalendar(deps.db);
        return { endsAt: calendar.dueAt(input.postedAt, input.workingDays) };
      } catch (err) {
        // A broken calendar will not mend itself by retrying.
        if (err instanceof CalendarError) throw ApplicationFailure.nonRetryable(err.messageEn, err.code);
        throw err;
      }
    },
  };
}
