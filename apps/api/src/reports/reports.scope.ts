import type { OrgTreeReader } from '@vinhdanh/projections';
import { ForbiddenError } from '../auth/auth.errors';
import { ResourceNotFoundError } from '../errors/api-error';
import { may, rolesFor, unitsWhere } from '../auth/policy';
import type { Principal } from '../auth/principal';

/** What a caller may see in reports: every unit (auditors, system admins), or their units' subtrees. */
export interface ReportAccess {
  all: boolean;
  /** Units where the caller holds a role (their own or lent by a delegation). */
  units: ReadonlySet<string>;
}

/** The caller's report access. */
export function reportAccessOf(user: Principal): ReportAccess {
  return {
    all: may(user, 'nomination.oversee'),
    units: new Set(unitsWhere(user, 'reports.read')),
  };
}

/**
 * The unit a report is about: the one asked for, if the caller holds a role at it or above it as
 * of `asOf` (auditors: any); by default the caller's highest unit. 403 otherwise.
 */
export function reportUnitFor(
  access: ReportAccess,
  tree: OrgTreeReader,
  asOf: string,
  unitId: string | undefined,
): string {
  if (unitId) {
    if (!tree.findUnit(unitId)) throw new ResourceNotFoundError('UNIT', unitId, 'đơn vị');
    if (access.all) return unitId;
    // A dissolved unit is reported as it stood on its last day.
    const day = tree.isActiveAsOf(unitId, asOf) ? asOf : lastDayOf(tree, unitId);
    if (tree.ancestryAsOf(unitId, day).some((a) => access.units.has(a.id))) return unitId;
    throw new ForbiddenError(rolesFor('reports.read'), unitId);
  }
  if (access.all) {
    const root = tree.units.find((u) => tree.isActiveAsOf(u.id, asOf) && tree.parentAsOf(u.id, asOf) === null);
    if (root) return root.id;
  }
  const mine = [...access.units]
    .filter((id) => tree.findUnit(id) && tree.isActiveAsOf(id, asOf))
    .sort((a, b) => tree.levelOf(b) - tree.levelOf(a) || a.localeCompare(b));
  if (!mine[0]) throw new ForbiddenError(rolesFor('reports.read'));
  return mine[0];
}

/** The day before a dissolved unit's dissolution (its last day). */
export function lastDayOf(tree: OrgTreeReader, unitId: string): string {
  const d = tree.unit(unitId).dissolvedOn;
  if (!d) return '9999-12-31';
  return new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** True when the caller may see a nomination's personal data: auditors, or a role at a unit on its route. */
export function mayReadNominee(access: ReportAccess, routeUnitIds: readonly string[]): boolean {
  return access.all || routeUnitIds.some((u) => access.units.has(u));
}
