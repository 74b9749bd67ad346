import type { UserRole } from '@vinhdanh/db';
import type { Actor } from '@vinhdanh/domain';
import { may, POLICY, unitsWhere, type Permission } from '../auth/policy';
import type { Principal } from '../auth/principal';

/** Roles that decide on a review (and handle a revision returned to a level above the nominating unit). */
export const APPROVER_ROLES: readonly UserRole[] = POLICY['nomination.decide'].roles;
/** Roles that approve at a procedure's sign-off step: the chair signs the forwarding letter or award decision. */
export const SIGNOFF_ROLES: readonly UserRole[] = POLICY['nomination.signoff'].roles;

/** The command actor for a caller acting for `unitId`. */
export function actorOf(user: Principal, unitId: string): Actor {
  return { userId: user.id, name: user.fullName, unitId };
}

/** True when the caller oversees every nomination (auditor or system admin anywhere). */
export function seesEverything(user: Principal): boolean {
  return may(user, 'nomination.oversee');
}

/** Units where the caller holds any role: the nominations they may read are those touching these units. */
export function unitsOfCaller(user: Principal): string[] {
  // A delegate reads the nominations of the units where they stand in (the permission is delegable).
  return unitsWhere(user, 'nomination.read');
}

/** What the caller's inbox holds: reviews where they approve, revisions where they nominate or approve. */
export interface InboxScope {
  reviewUnitIds: string[];
  revisionUnitIds: string[];
}

/** The inbox scope of a caller (empty lists when they hold no acting role). */
export function inboxScopeOf(user: Principal): InboxScope {
  // A delegate sees the inbox of the colleague they stand in for (deciding is delegable).
  const approver = unitsWhere(user, 'nomination.decide');
  return {
    reviewUnitIds: approver,
    revisionUnitIds: [...new Set([...approver, ...unitsWhere(user, 'nomination.resubmitAtNominatingUnit')])],
  };
}

/** The permission to resubmit a revision task at `unitId`: the nominator's at the nominating unit, approvers' above. */
export function revisionPermissionAt(unitId: string, nominatingUnitId: string): Permission {
  return unitId === nominatingUnitId ? 'nomination.resubmitAtNominatingUnit' : 'nomination.resubmitAbove';
}

/** Roles that may resubmit a revision task at `unitId` (see {@link revisionPermissionAt}). */
export function revisionRolesAt(unitId: string, nominatingUnitId: string): readonly UserRole[] {
  return POLICY[revisionPermissionAt(unitId, nominatingUnitId)].roles;
}
