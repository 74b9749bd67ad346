import type { RecordedEvent } from '@vinhdanh/event-store';
import { ForbiddenError } from '../auth/auth.errors';
import { assertMay, may, rolesFor } from '../auth/policy';
import type { Principal } from '../auth/principal';

/** Units a nomination concerns, read from its first event (the submission), not from a read model. */
function unitsOfStream(events: readonly RecordedEvent[]): string[] {
  const data = events[0]?.data as { nominatingUnitId?: unknown; route?: unknown } | undefined;
  const route = Array.isArray(data?.route) ? (data.route as Array<{ unitId?: unknown }>) : [];
  const units = [data?.nominatingUnitId, ...route.map((s) => s.unitId)];
  return units.filter((u): u is string => typeof u === 'string');
}

/** Auditors and system admins always; otherwise a role at a unit on the nomination's route (403). */
export function assertMayReadHistory(user: Principal, events: readonly RecordedEvent[]): void {
  const units = unitsOfStream(events);
  if (may(user, 'audit.read') || units.some((unitId) => may(user, 'audit.readRoute', unitId))) return;
  throw new ForbiddenError(rolesFor('audit.readRoute'), units[0]);
}

/** Auditors and system admins always; a unit's administrator for their own unit (403). */
export function assertMayReadUnit(user: Principal, unitId: string): void {
  assertMay(user, 'audit.readUnit', unitId);
}
