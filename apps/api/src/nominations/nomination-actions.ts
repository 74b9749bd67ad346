import type { NominationDetail } from '@vinhdanh/db';
import { climbCommandsThatMove, type OrgLevel } from '@vinhdanh/domain';
import { ForbiddenError } from '../auth/auth.errors';
import { holdsAt, rolesFor } from '../auth/policy';
import type { Principal } from '../auth/principal';
import { revisionPermissionAt } from './access';

/** What a caller may do with a nomination's review climb now, as `allowedActions` names it. */
export const NOMINATION_ACTIONS = ['approve', 'return', 'reject', 'resubmit', 'withdraw'] as const;
/** One action of {@link NOMINATION_ACTIONS}. */
export type NominationAction = (typeof NOMINATION_ACTIONS)[number];

/** Where a decision is taken: a route level and its unit. */
export interface DecisionStep {
  level: OrgLevel;
  unitId: string;
}

/**
 * Where the caller decides (policy `nomination.decide`, delegated roles count): the open review's
 * level and unit when they approve there; otherwise the route step where they do, so a late second
 * approver hears from the workflow who decided (409) rather than a 403. 403 when neither.
 */
export function decisionStepOf(user: Principal, n: NominationDetail): DecisionStep {
  const task = n.currentTask;
  if (task?.kind === 'review' && holdsAt(user, 'nomination.decide', task.unitId)) {
    return { level: task.level as OrgLevel, unitId: task.unitId };
  }
  const step = [...n.route].reverse().find((s) => holdsAt(user, 'nomination.decide', s.unitId));
  if (!step) throw new ForbiddenError(rolesFor('nomination.decide'), task?.unitId ?? n.nominatingUnitId);
  return { level: step.level as OrgLevel, unitId: step.unitId };
}

/** True when approving at `step` is the chair's sign-off of a procedure (reviewers still return or reject). */
export function isSignoff(n: NominationDetail, step: DecisionStep, decision: string): boolean {
  const open = n.state.openTask;
  return decision === 'approve' && open?.step === 'signoff' && open.unitId === step.unitId;
}

/** Refuses (403) an approval at a sign-off step by anyone but the unit's chair (policy `nomination.signoff`). */
export function assertMaySign(user: Principal, n: NominationDetail, step: DecisionStep, decision: string): void {
  if (isSignoff(n, step, decision) && !holdsAt(user, 'nomination.signoff', step.unitId)) {
    throw new ForbiddenError(rolesFor('nomination.signoff'), step.unitId);
  }
}

/** The unit a resubmission acts for (the revision task's), refusing (403) a caller without the permission there. */
export function resubmissionUnitOf(user: Principal, n: NominationDetail): string {
  const task = n.currentTask;
  const unitId = task?.kind === 'revision' ? task.unitId : n.nominatingUnitId;
  const permission = revisionPermissionAt(unitId, n.nominatingUnitId);
  if (!holdsAt(user, permission, unitId)) throw new ForbiddenError(rolesFor(permission), unitId);
  return unitId;
}

/** The unit a withdrawal acts for (the nominating unit), refusing (403) anyone but its nominator. */
export function withdrawalUnitOf(user: Principal, n: NominationDetail): string {
  if (!holdsAt(user, 'nomination.withdraw', n.nominatingUnitId)) {
    throw new ForbiddenError(rolesFor('nomination.withdraw'), n.nominatingUnitId);
  }
  return n.nominatingUnitId;
}

const passes = (check: () => unknown): boolean => {
  try {
    check();
    return true;
  } catch (err) {
    if (err instanceof ForbiddenError) return false;
    throw err;
  }
};

/**
 * The climb actions the caller may take on `n` now: the commands that move it from its status
 * (the transition table, `climbCommandsThatMove`), kept when the caller passes the same checks the
 * command endpoints run (`decisionStepOf`, `assertMaySign`, `resubmissionUnitOf`,
 * `withdrawalUnitOf`) and, for a decision, acts at the open review itself. `actingAllows` is the
 * acting guard's check at a unit (conflict of interest, who holds the task).
 */
export async function allowedActionsOf(
  user: Principal,
  n: NominationDetail,
  actingAllows: (unitId: string) => Promise<boolean>,
): Promise<NominationAction[]> {
  const moving = new Set(climbCommandsThatMove(n.state));
  const allowed: NominationAction[] = [];
  const task = n.currentTask;
  const decisions = (['approve', 'return', 'reject'] as const).filter((d) => moving.has(d));
  if (decisions.length > 0 && task?.kind === 'review' && holdsAt(user, 'nomination.decide', task.unitId)) {
    const step = decisionStepOf(user, n);
    if (await actingAllows(step.unitId)) {
      allowed.push(...decisions.filter((d) => passes(() => assertMaySign(user, n, step, d))));
    }
  }
  if (moving.has('resubmit') && task?.kind === 'revision' && passes(() => resubmissionUnitOf(user, n))) {
    allowed.push('resubmit');
  }
  if (moving.has('withdraw') && passes(() => withdrawalUnitOf(user, n))) allowed.push('withdraw');
  return allowed;
}
