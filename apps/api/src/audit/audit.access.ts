import type { UserRole } from '@vinhdanh/db';
import type { RecordedEvent } from '@vinhdanh/event-store';
import { ForbiddenError } from '../auth/auth.errors';
import { hasRoleAt, type Principal } from '../auth/principal';
import { OVERSIGHT_ROLES } from '../nominations/access';

/** Roles that see every nomination's audit trail and the whole store. */
export const AUDIT_ROLES: readonly UserRole[] = OVERSIGHT_ROLES;
const ROUTE_ROLES: readonly UserRole[] = ['nominator', 'reviewer', 'chair', 'unit_admin'];

/** Units a nomination concerns, read from its first event (the submission), not from a read model. */
function unitsOfStream(events: readonly RecordedEvent[]): string[] {
  const data = events[0]?.data as { nominatingUnitId?: unknown; route?: unknown } | undefined;
  const route = Array.isArray(data?.route) ? (data.route as Array<{ unitId?: unknown }>) : [];
  const units = [data?.nominatingUnitId, ...route.map((s) => s.unitId)];
  return units.filter((u): u is string => typeof u === 'string');
}

/** Auditors and system admins always; otherwise a role at a unit on the nomination's route (403). */
export function assertMayReadHistory(user: Principal, events: readonly RecordedEvent[]): void {
  if (hasRoleAt(user, AUDIT_ROLES)) return;
  const units = unitsOfStream(events);
  if (units.some((unitId) => hasRoleAt(user, ROUTE_ROLES, unitId))) return;
  throw new ForbiddenError([...AUDIT_ROLES, ...ROUTE_ROLES], units[0]);
}

/** Auditors and system admins always; a unit's administrator for their own unit (403). */
export function assertMayReadUnit(user: Principal, unitId: string): void {
  if (hasRoleAt(user, AUDIT_ROLES) || hasRoleAt(user, ['unit_admin'], unitId)) return;
  throw new ForbiddenError([...AUDIT_ROLES, 'unit_admin'], unitId);
}
