import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { HttpRequest as Request } from '../core/http.types';
import type { Principal } from './principal';
import type { Permission } from './policy';

/** Metadata key of `@Public()`. */
export const IS_PUBLIC = 'vinhdanh:isPublic';
/** Metadata key of `@AllowedBeforePasswordChange()`. */
export const ALLOWED_BEFORE_PASSWORD_CHANGE = 'vinhdanh:allowedBeforePasswordChange';
/** Metadata key of `@RequirePermission()`. */
export const REQUIRED_PERMISSION = 'vinhdanh:requiredPermission';

/** What a route requires: a permission of the policy table, at any unit or at the unit named by a request parameter. */
export interface PermissionRequirement {
  permission: Permission;
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

/**
 * Requires `permission` from the policy table (`policy.ts`) — its roles at some unit, or at the unit
 * named by a path (or query) parameter when `unitFrom` is given (403 otherwise).
 */
export const RequirePermission = (
  permission: Permission,
  unitFrom?: string | (PermissionRequirement['unitFrom'] & object),
): MethodDecorator & ClassDecorator =>
  SetMetadata(REQUIRED_PERMISSION, {
    permission,
    ...(unitFrom ? { unitFrom: typeof unitFrom === 'string' ? { in: 'path', name: unitFrom } : unitFrom } : {}),
  } satisfies PermissionRequirement);

/** The request's authenticated `Principal` (set by the auth guard). */
export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): Principal => {
  const req = ctx.switchToHttp().getRequest<Request>();
  if (!req.user) throw new Error('CurrentUser used on a public route');
  return req.user;
});
