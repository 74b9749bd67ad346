import { holdsAt, mayAnywhere } from '../auth/policy';
import type { Principal } from '../auth/principal';
import { seesEverything, unitsOfCaller } from '../nominations/access';

/** What the desk offers on a row: open the nomination, extend its open task's deadline. */
export type StuckAction = 'open' | 'extend';

/** The facts of a desk row the access rules read. */
export interface StuckRowAccess {
  route: ReadonlyArray<{ level: number; unitId: string }>;
  taskLevel: number;
  taskUnitId: string;
}

/**
 * The actions the caller may take on a desk row, by the same rules the endpoints apply: reading a
 * nomination needs a role at a unit on its route (or oversight of everything, `GET
 * /api/nominations/:id`); extending needs the unit admin of the task's unit or of a route unit above
 * it, or a system admin (`POST /api/nominations/:id/deadline`). The desk shows a unit admin their
 * whole subtree, which may hold work on routes they have no role on: those rows offer nothing.
 */
export function stuckRowActions(user: Principal, row: StuckRowAccess): StuckAction[] {
  const actions: StuckAction[] = [];
  const mine = new Set(unitsOfCaller(user));
  if (seesEverything(user) || row.route.some((s) => mine.has(s.unitId))) actions.push('open');
  const adminUnits = [row.taskUnitId, ...row.route.filter((s) => s.level > row.taskLevel).map((s) => s.unitId)];
  if (
    mayAnywhere(user, 'nomination.setDeadline') ||
    adminUnits.some((unitId) => holdsAt(user, 'nomination.setDeadline', unitId))
  ) {
    actions.push('extend');
  }
  return actions;
}
