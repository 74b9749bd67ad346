import { Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { HttpRequest as Request } from '../core/http.types';
import { ZodBody } from '../validation/zod.pipe';
import { CurrentUser, Public } from './auth.decorators';
import { LoginRequest } from './auth.schemas';
import { AuthService, type LoginResult } from './auth.service';
import type { Principal } from './principal';

/** Login and the current user. */
@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('auth/login')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Đăng nhập — log in; returns a bearer token (5 failures / 5 min per username and address → 429)',
  })
  login(@ZodBody(LoginRequest) body: LoginRequest, @Req() req: Request): Promise<LoginResult> {
    return this.auth.login(body.username, body.password, req.ip ?? req.socket.remoteAddress ?? 'unknown');
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Người dùng hiện tại — the current user with roles and unit names' })
  me(@CurrentUser() user: Principal): Principal {
    return user;
  }
}
