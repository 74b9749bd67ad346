import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { HttpRequest as Request } from '../core/http.types';
import { timeStage } from '../core/stage-timings';
import {
  ALLOWED_BEFORE_PASSWORD_CHANGE,
  IS_PUBLIC,
  REQUIRED_PERMISSION,
  type PermissionRequirement,
} from './auth.decorators';
import { ForbiddenError, PasswordChangeRequiredError, UnauthenticatedError } from './auth.errors';
import { AuthService } from './auth.service';
import { may, rolesFor } from './policy';

/**
 * Global guard: every route needs a valid bearer token unless `@Public()` (401 otherwise); then
 * a user who must first replace an administrator-set password is held to the routes marked
 * `@AllowedBeforePasswordChange()` (403), and `@RequirePermission` is checked against the policy table (403).
 * One guard, so authentication always runs first.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const req = ctx.switchToHttp().getRequest<Request>();
    const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    if (!match) throw new UnauthenticatedError();
    req.user = await timeStage('auth', () => this.auth.authenticate(match[1]));
    if (
      req.user.mustChangePassword &&
      !this.reflector.getAllAndOverride<boolean>(ALLOWED_BEFORE_PASSWORD_CHANGE, targets)
    ) {
      throw new PasswordChangeRequiredError();
    }
    const requirement = this.reflector.getAllAndOverride<PermissionRequirement | undefined>(
      REQUIRED_PERMISSION,
      targets,
    );
    if (!requirement) return true;
    let unitId: string | undefined;
    if (requirement.unitFrom) {
      const source = requirement.unitFrom.in === 'path' ? req.params : (req.query as Record<string, unknown>);
      const raw = source[requirement.unitFrom.name];
      if (typeof raw !== 'string' || raw === '') throw new ForbiddenError(rolesFor(requirement.permission));
      unitId = raw;
    }
    if (!may(req.user, requirement.permission, unitId)) {
      throw new ForbiddenError(rolesFor(requirement.permission), unitId);
    }
    return true;
  }
}
