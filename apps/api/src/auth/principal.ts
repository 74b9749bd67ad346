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
}

/** True when the principal holds one of `roles` at `unitId` (any unit when `unitId` is undefined). */
export function hasRoleAt(principal: Principal, roles: readonly UserRole[], unitId?: string): boolean {
  return principal.roles.some((g) => roles.includes(g.role) && (unitId === undefined || g.unitId === unitId));
}

/** Ids of the units where the principal holds one of `roles` (for inbox queries). */
export function unitsWithRole(principal: Principal, roles: readonly UserRole[]): string[] {
  return [...new Set(principal.roles.filter((g) => roles.includes(g.role)).map((g) => g.unitId))];
}
