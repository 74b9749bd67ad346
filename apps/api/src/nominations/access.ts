import type { UserRole } from '@vinhdanh/db';
import type { Actor } from '@vinhdanh/domain';
import { hasRoleAt, unitsWithRole, withDelegatedRoles, type Principal } from '../auth/principal';

/** Roles that decide on a review (and handle a revision returned to a level above the nominating unit). */
export const APPROVER_ROLES: readonly UserRole[] = ['reviewer', 'chair'];
/** Roles that approve at a procedure's sign-off step: the chair signs the forwarding letter or award decision. */
export const SIGNOFF_ROLES: readonly UserRole[] = ['chair'];
/** Roles that see every nomination, wherever they hold them. */
export const OVERSIGHT_ROLES: readonly UserRole[] = ['auditor', 'system_admin'];
const ANY_ROLE: readonly UserRole[] = ['nominator', 'reviewer', 'chair', 'unit_admin', 'auditor', 'system_admin'];

/** The command actor for a caller acting for `unitId`. */
export function actorOf(user: Principal, unitId: string): Actor {
  return { userId: user.id, name: user.fullName, unitId };
}

/** True when the caller oversees every nomination (auditor or system admin anywhere). */
export function seesEverything(user: Principal): boolean {
  return hasRoleAt(user, OVERSIGHT_ROLES);
}

/** Units where the caller holds any role: the nominations they may read are those touching these units. */
export function unitsOfCaller(user: Principal): string[] {
  // Issue 5: a delegate reads the nominations of the units where they stand in.
  return unitsWithRole(withDelegatedRoles(user), ANY_ROLE);
}

/** What the caller's inbox holds: reviews where they approve, revisions where they nominate or approve. */
export interface InboxScope {
  reviewUnitIds: string[];
  revisionUnitIds: string[];
}

/** The inbox scope of a caller (empty lists when they hold no acting role). */
export function inboxScopeOf(user: Principal): InboxScope {
  // Issue 5: a delegate sees the inbox of the colleague they stand in for.
  const approver = unitsWithRole(withDelegatedRoles(user), APPROVER_ROLES);
  return {
    reviewUnitIds: approver,
    revisionUnitIds: [...new Set([...approver, ...unitsWithRole(user, ['nominator'])])],
  };
}

/** Roles that may resubmit a revision task at `unitId`: the nominator at the nominating unit, approvers above. */
export function revisionRolesAt(unitId: string, nominatingUnitId: string): readonly UserRole[] {
  return unitId === nominatingUnitId ? ['nominator'] : APPROVER_ROLES;
}
