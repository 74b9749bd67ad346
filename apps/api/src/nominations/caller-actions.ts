import { Injectable } from '@nestjs/common';
import type { NominationDetail, UserRole } from '@vinhdanh/db';
import { withDelegatedRoles, type Principal } from '../auth/principal';
import { ActingGuard } from '../tasks/acting.guard';
import type { ConflictFacts } from '../tasks/conflicts';
import { taskActionsOf, type TaskAction } from '../tasks/task-actions';
import { ConflictOfInterestError, TaskHeldError } from '../tasks/tasks.errors';
import { allowedActionsOf, type NominationAction } from './nomination-actions';

/** What a caller may do with a nomination now: the climb's commands and the task's (what the web offers). */
export interface CallerActions {
  /** The review-climb commands (approve, return, reject, resubmit, withdraw) the API would accept now. */
  allowedActions: NominationAction[];
  /** The open task's commands (claim, release, assign, recuse) the API would accept now. */
  taskActions: TaskAction[];
}

/**
 * Answers {@link CallerActions} for a nomination by the command endpoints' own checks: the policy
 * table (through `allowedActionsOf` and `taskActionsOf`) and the acting guard (conflicts of
 * interest, who holds the task). One place, so the nomination page and the inbox rows agree.
 */
@Injectable()
export class CallerActionsService {
  constructor(private readonly acting: ActingGuard) {}

  async of(user: Principal, n: NominationDetail, facts?: ConflictFacts): Promise<CallerActions> {
    const [allowedActions, taskActions] = await Promise.all([
      allowedActionsOf(user, n, (unitId) => this.passesGuard(() => this.acting.check(user, n, unitId, facts))),
      taskActionsOf(user, n, (unitId, roles: readonly UserRole[]) =>
        this.passesGuard(() => this.acting.refuseConflicted(withDelegatedRoles(user), n, unitId, roles, facts)),
      ),
    ]);
    return { allowedActions, taskActions };
  }

  /** {@link of} for each of many nominations (a list's rows), reading the conflict facts once. */
  async ofMany(user: Principal, nominations: readonly NominationDetail[]): Promise<Map<string, CallerActions>> {
    if (nominations.length === 0) return new Map();
    const facts = await this.acting.factsFor(user, nominations);
    const answers = await Promise.all(nominations.map(async (n) => [n.id, await this.of(user, n, facts)] as const));
    return new Map(answers);
  }

  /** True when `check` passes; false when the acting guard refuses (a conflict, another holder). */
  private async passesGuard(check: () => Promise<unknown>): Promise<boolean> {
    try {
      await check();
      return true;
    } catch (err) {
      if (err instanceof ConflictOfInterestError || err instanceof TaskHeldError) return false;
      throw err;
    }
  }
}
