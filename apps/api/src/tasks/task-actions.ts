import type { NominationDetail, UserRole } from '@vinhdanh/db';
import type { OpenTask, RouteStep } from '@vinhdanh/domain';
import { ForbiddenError } from '../auth/auth.errors';
import { holdsAt, mayAnywhere, rolesFor } from '../auth/policy';
import { hasRoleAt, withDelegatedRoles, type Principal } from '../auth/principal';
import { APPROVER_ROLES, revisionRolesAt } from '../nominations/access';
import { NoOpenTaskError } from './tasks.errors';

/** What a caller may do with a nomination's open task now, as `taskActions` names it. */
export const TASK_ACTIONS = ['claim', 'release', 'assign', 'recuse'] as const;
/** One action of {@link TASK_ACTIONS}. */
export type TaskAction = (typeof TASK_ACTIONS)[number];

/** The open task, or 409 when the nomination has none. */
export function openTaskOf(n: NominationDetail): OpenTask {
  const task = n.state.openTask;
  if (!task) throw new NoOpenTaskError(n.id, n.status);
  return task;
}

/** The open task and the roles that work on it; 403 unless the caller (or whom they stand in for) holds one there. */
export function workerTaskOf(user: Principal, n: NominationDetail): { task: OpenTask; roles: readonly UserRole[] } {
  const task = openTaskOf(n);
  const roles = task.kind === 'revision' ? revisionRolesAt(task.unitId, n.nominatingUnitId) : APPROVER_ROLES;
  if (!hasRoleAt(withDelegatedRoles(user), roles, task.unitId)) throw new ForbiddenError(roles, task.unitId);
  return { task, roles };
}

/**
 * How the caller assigns the open task: `within` its unit (chair or admin there), from a unit `above`
 * it on the route (unit admin), or as a system administrator; 403 when none.
 */
export function assignmentScopeOf(
  user: Principal,
  n: NominationDetail,
): { task: OpenTask; within: boolean; above: RouteStep | undefined } {
  const task = openTaskOf(n);
  const within = holdsAt(user, 'task.assign', task.unitId);
  const above = n.state.route.find((s) => s.level > task.level && holdsAt(user, 'task.assignAbove', s.unitId));
  if (!within && !above && !mayAnywhere(user, 'task.assign')) {
    throw new ForbiddenError(rolesFor('task.assign'), task.unitId);
  }
  return { task, within, above };
}

/** The unit the caller recuses at (the open task's first, then the route's); 403 when they hold no role on it. */
export function recusalUnitOf(user: Principal, n: NominationDetail): string {
  const units = [n.state.openTask?.unitId, ...n.state.route.map((s) => s.unitId)];
  const unitId = units.find((u): u is string => u !== undefined && holdsAt(user, 'task.recuse', u));
  if (!unitId) throw new ForbiddenError(rolesFor('task.recuse'), n.state.openTask?.unitId ?? n.nominatingUnitId);
  return unitId;
}

const passes = (check: () => unknown): boolean => {
  try {
    check();
    return true;
  } catch (err) {
    if (err instanceof ForbiddenError || err instanceof NoOpenTaskError) return false;
    throw err;
  }
};

/**
 * The task actions the caller may take on `n` now, by the same checks the task endpoints run
 * (`workerTaskOf`, `assignmentScopeOf`, `recusalUnitOf`): claim while nobody holds the task, release
 * when they hold it, assign, and recuse (once). `notConflicted` is the acting guard's conflict check
 * at a unit for the given roles; a caller who recused is offered nothing.
 */
export async function taskActionsOf(
  user: Principal,
  n: NominationDetail,
  notConflicted: (unitId: string, roles: readonly UserRole[]) => Promise<boolean>,
): Promise<TaskAction[]> {
  if (!n.state.openTask) return [];
  if (n.state.recusals?.some((r) => r.userId === user.id)) return [];
  const actions: TaskAction[] = [];
  const holder = n.state.openTask.holder;
  if (passes(() => workerTaskOf(user, n))) {
    const { task, roles } = workerTaskOf(user, n);
    if (!holder && (await notConflicted(task.unitId, roles))) actions.push('claim');
    if (holder?.userId === user.id) actions.push('release');
  }
  if (passes(() => assignmentScopeOf(user, n))) actions.push('assign');
  if (passes(() => recusalUnitOf(user, n))) actions.push('recuse');
  return actions;
}
