import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { HttpRequest as Request } from '../core/http.types';
import type { UserRole } from '@vinhdanh/db';
import type { Principal } from './principal';

/** Metadata key of `@Public()`. */
export const IS_PUBLIC = 'vinhdanh:isPublic';
/** Metadata key of `@AllowedBeforePasswordChange()`. */
export const ALLOWED_BEFORE_PASSWORD_CHANGE = 'vinhdanh:allowedBeforePasswordChange';
/** Metadata key of `@RequireRole()` / `@RequireRoleAt()`. */
export const REQUIRED_ROLES = 'vinhdanh:requiredRoles';

/** What a route requires: one of `roles`, at any unit or at the unit named by a request parameter. */
export interface RoleRequirement {
  roles: readonly UserRole[];
  unitFrom?: { in: 'path' | 'query'; name: string };
}

/** Marks a route (or controller) as open to anonymous callers; every other route needs a token. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);

/**
 * Marks a route a user may call while they must still replace an administrator-set password
 * (`/me`, the password change, logout); every other route answers 403 until then.
 */
export const AllowedBeforePasswordChange = (): MethodDecorator & ClassDecorator =>
  SetMetadata(ALLOWED_BEFORE_PASSWORD_CHANGE, true);

/** Requires one of `roles` at some unit (403 otherwise). */
export const RequireRole = (...roles: UserRole[]): MethodDecorator & ClassDecorator =>
  SetMetadata(REQUIRED_ROLES, { roles } satisfies RoleRequirement);

/** Requires one of `roles` at the unit named by a path (or query) parameter, e.g. `:unitId`. */
export const RequireRoleAt = (
  unitFrom: string | (RoleRequirement['unitFrom'] & object),
  ...roles: UserRole[]
): MethodDecorator & ClassDecorator =>
  SetMetadata(REQUIRED_ROLES, {
    roles,
    unitFrom: typeof unitFrom === 'string' ? { in: 'path', name: unitFrom } : unitFrom,
  } satisfies RoleRequirement);

/** The request's authenticated `Principal` (set by the auth guard). */
export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): Principal => {
  const req = ctx.switchToHttp().getRequest<Request>();
  if (!req.user) throw new Error('CurrentUser used on a public route');
  return req.user;
});
