import { Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { HttpRequest as Request } from '../core/http.types';
import { ZodBody } from '../validation/zod.pipe';
import { AllowedBeforePasswordChange, CurrentUser, Public } from './auth.decorators';
import { ChangePasswordRequest, LoginRequest, RefreshRequest } from './auth.schemas';
import { AuthService, type LoginResult } from './auth.service';
import { capabilitiesOf, type Capability, type Permission } from './policy';
import type { Principal } from './principal';

/** Answer of `GET /api/me`: the user, and what the policy table lets them do. */
export interface Me extends Principal {
  capabilities: Partial<Record<Permission, Capability>>;
}

function clientAddress(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}

function bearerOf(req: Request): string {
  return /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? '';
}

/** Login, refresh, logout, password change and the current user. */
@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('auth/login')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Đăng nhập — log in; returns a short-lived bearer token and a single-use refresh token ' +
      '(5 failures / 5 min per username and address, 20 per address → 429)',
  })
  login(@ZodBody(LoginRequest) body: LoginRequest, @Req() req: Request): Promise<LoginResult> {
    return this.auth.login(body.username, body.password, clientAddress(req));
  }

  @Public()
  @Post('auth/refresh')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Gia hạn phiên — exchange a refresh token for a new access token and refresh token; a refresh token ' +
      'used twice ends the session (401)',
  })
  refresh(@ZodBody(RefreshRequest) body: RefreshRequest): Promise<LoginResult> {
    return this.auth.refresh(body.refreshToken);
  }

  @Post('auth/logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @AllowedBeforePasswordChange()
  @ApiOperation({ summary: 'Đăng xuất — end this session: its access and refresh tokens stop working at once' })
  async logout(@Req() req: Request): Promise<void> {
    await this.auth.logout(bearerOf(req));
  }

  @Post('auth/password')
  @HttpCode(200)
  @ApiBearerAuth()
  @AllowedBeforePasswordChange()
  @ApiOperation({
    summary:
      'Đổi mật khẩu — change one’s own password (refuses short, common and trivial ones); ends every other ' +
      'session and returns new tokens',
  })
  changePassword(
    @ZodBody(ChangePasswordRequest) body: ChangePasswordRequest,
    @CurrentUser() user: Principal,
  ): Promise<LoginResult> {
    return this.auth.changePassword(user, body.currentPassword, body.newPassword);
  }

  @Get('me')
  @ApiBearerAuth()
  @AllowedBeforePasswordChange()
  @ApiOperation({
    summary: 'Người dùng hiện tại — the current user with roles and unit names',
    description:
      '`capabilities` lists the policy permissions the user holds (delegated ones included where they count): ' +
      '"anywhere", or the units where they hold it. The web builds its menus from it, not from role names.',
  })
  me(@CurrentUser() user: Principal): Me {
    return { ...user, capabilities: capabilitiesOf(user) };
  }
}
