import type { UserRole } from '@vinhdanh/db';

/** One role a user holds at a unit right now. */
export interface RoleGrant {
  role: UserRole;
  unitId: string;
  unitCode: string;
  unitName: string;
  validFrom: string;
  validTo: string | null;
}

/** The authenticated user of a request, with the roles valid at the time of the request. */
export interface Principal {
  id: string;
  username: string;
  fullName: string;
  roles: RoleGrant[];
  /** Present (true) while the user must replace a password an administrator set; see `POST /auth/password`. */
  mustChangePassword?: true;
  /** Approver roles colleagues on leave lent to the user, valid now (delegation); not in `roles`, see {@link withDelegatedRoles}. */
  delegated?: DelegatedGrant[];
}

/** A role lent by a delegation: acting with it records the delegator as `onBehalfOf`. */
export interface DelegatedGrant extends RoleGrant {
  delegationId: string;
  delegator: { userId: string; fullName: string };
  endsAt: string;
}

/**
 * The principal with its delegated roles merged into `roles`, for the checks where acting for a
 * delegator is allowed (decisions, procedure steps, tasks, the inbox). Elsewhere (holds,
 * revocation, administration) only the user's own roles count.
 */
export function withDelegatedRoles(principal: Principal): Principal {
  return principal.delegated?.length
    ? { ...principal, roles: [...principal.roles, ...principal.delegated] }
    : principal;
}

/** Whom the principal acts for at `unitId` with one of `roles`: undefined when they hold such a role themselves (or none). */
export function delegatorAt(
  principal: Principal,
  roles: readonly UserRole[],
  unitId: string,
): DelegatedGrant['delegator'] | undefined {
  const own = principal.roles.some((g) => !('delegationId' in g) && roles.includes(g.role) && g.unitId === unitId);
  if (own) return undefined;
  return principal.delegated?.find((g) => roles.includes(g.role) && g.unitId === unitId)?.delegator;
}

/** True when the principal holds one of `roles` at `unitId` (any unit when `unitId` is undefined). */
export function hasRoleAt(principal: Principal, roles: readonly UserRole[], unitId?: string): boolean {
  return principal.roles.some((g) => roles.includes(g.role) && (unitId === undefined || g.unitId === unitId));
}

/** Ids of the units where the principal holds one of `roles` (for inbox queries). */
export function unitsWithRole(principal: Principal, roles: readonly UserRole[]): string[] {
  return [...new Set(principal.roles.filter((g) => roles.includes(g.role)).map((g) => g.unitId))];
}
