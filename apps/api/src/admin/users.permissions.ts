import type { UserRole } from '@vinhdanh/db';
import { ForbiddenError } from '../auth/auth.errors';
import { rolesFor } from '../auth/policy';
import { inScope, type AdminScope } from './units.scope';
import { FieldRuleError } from './users.errors';
import type { UserView } from './users.schemas';

/** Roles only a system admin hands out: they see or change the whole system. */
const SYSTEM_ONLY_ROLES: readonly UserRole[] = ['system_admin', 'auditor'];
const SYSTEM_ADMIN = rolesFor('user.grantSystemRole');

/** Refuses a grant or revocation the caller may not make (403), or one at a unit that is not active (400). */
export function assertMayChangeGrant(scope: AdminScope, role: UserRole, unitId: string, field: string): void {
  const unit = scope.tree.findUnit(unitId);
  if (!unit || !scope.tree.isActiveAsOf(unitId, scope.today)) {
    throw new FieldRuleError(
      field,
      'exists',
      `Đơn vị "${unitId}" không tồn tại hoặc đã giải thể.`,
      `Unit "${unitId}" does not exist or is dissolved.`,
    );
  }
  if (scope.all) return;
  if (SYSTEM_ONLY_ROLES.includes(role)) throw new ForbiddenError(SYSTEM_ADMIN);
  if (!inScope(scope, unitId)) throw new ForbiddenError(rolesFor('user.grantRole'), unitId);
}

/**
 * A unit admin administers a user only when every current grant of that user lies in their
 * subtree and none is system-wide; a system admin administers everyone.
 */
export function assertMayAdminister(scope: AdminScope, user: UserView): void {
  if (scope.all) return;
  const current = user.roles.filter((r) => r.current);
  const foreign = current.find((r) => SYSTEM_ONLY_ROLES.includes(r.role as UserRole) || !inScope(scope, r.unitId));
  if (foreign) throw new ForbiddenError(SYSTEM_ADMIN, foreign.unitId);
  if (current.length === 0) throw new ForbiddenError(SYSTEM_ADMIN);
}
