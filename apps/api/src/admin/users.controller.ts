import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { IdempotencyKey } from '../nominations/idempotency';
import { ZodBody, ZodParam, ZodQuery } from '../validation/zod.pipe';
import {
  CreateUserRequest,
  ListUsersQuery,
  ReasonRequest,
  RoleChangeRequest,
  UserIdParam,
  type UserPage,
  type UserView,
} from './users.schemas';
import { UsersService } from './users.service';

const USER_EXAMPLE: UserView = {
  id: '6f1c2a7e-4b1d-4a8e-9c1e-2d3f4a5b6c7d',
  username: 'xdp.chair',
  fullName: 'Ngô Thị Mai',
  email: 'mai.nt@congdoan.vn',
  active: true,
  createdAt: '2026-06-15T02:00:00.000Z',
  roles: [
    {
      role: 'chair',
      unitId: 'cd-xa-dan-phuong',
      unitName: 'Công đoàn xã Đan Phượng',
      validFrom: '2026-06-15T02:00:00.000Z',
      validTo: null,
      current: true,
    },
  ],
};
const IDEMPOTENCY = { name: 'Idempotency-Key', required: true, description: 'One key per action; reuse it on retry.' };
const USER_RESPONSE = { status: 200, content: { 'application/json': { example: USER_EXAMPLE } } };

/**
 * Quản trị người dùng: users and unit-scoped roles. System admin: everyone; unit admin: users
 * whose grants lie in their subtree, never the system admin or auditor roles. Every change is an
 * event on `user-<id>` with the operator and the reason.
 */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/users')
@RequirePermission('admin.org')
export class AdminUsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({
    summary: 'Người dùng — list and search users (q: username or name; unitId, role: current grants)',
    description: 'Offset pages (`limit` ≤ 200). A unit admin sees users with a current grant in their subtree.',
  })
  @ApiResponse({
    status: 200,
    content: { 'application/json': { example: { items: [USER_EXAMPLE], total: 1, limit: 50, offset: 0 } } },
  })
  list(@CurrentUser() user: Principal, @ZodQuery(ListUsersQuery) query: ListUsersQuery): Promise<UserPage> {
    return this.users.list(user, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Một người dùng — one user with current and ended role grants' })
  @ApiResponse(USER_RESPONSE)
  get(@CurrentUser() user: Principal, @ZodParam('id', UserIdParam) id: string): Promise<UserView> {
    return this.users.get(user, id);
  }

  @Post()
  @ApiHeader(IDEMPOTENCY)
  @ApiOperation({
    summary: 'Tạo người dùng — create a user with an initial password and roles',
    description:
      'The administrator sets the initial password and hands it over; it is stored as a scrypt hash and never ' +
      'returned. A unit admin must grant at least one role in their subtree.',
  })
  @ApiResponse({ status: 201, content: { 'application/json': { example: USER_EXAMPLE } } })
  @ApiResponse({ status: 409, description: 'USER.ALREADY_EXISTS: the username is taken.' })
  create(
    @CurrentUser() user: Principal,
    @ZodBody(CreateUserRequest) body: CreateUserRequest,
    @IdempotencyKey() key: string,
  ): Promise<UserView> {
    return this.users.create(user, body, key);
  }

  @Post(':id/deactivation')
  @HttpCode(200)
  @ApiHeader(IDEMPOTENCY)
  @ApiOperation({ summary: 'Khóa tài khoản — deactivate; the user’s tokens are refused from the next request' })
  @ApiResponse(USER_RESPONSE)
  deactivate(
    @CurrentUser() user: Principal,
    @ZodParam('id', UserIdParam) id: string,
    @ZodBody(ReasonRequest) body: ReasonRequest,
    @IdempotencyKey() key: string,
  ): Promise<UserView> {
    return this.users.setActive(user, id, false, body.reason, key);
  }

  @Post(':id/reactivation')
  @HttpCode(200)
  @ApiHeader(IDEMPOTENCY)
  @ApiOperation({ summary: 'Mở khóa tài khoản — reactivate a user' })
  @ApiResponse(USER_RESPONSE)
  reactivate(
    @CurrentUser() user: Principal,
    @ZodParam('id', UserIdParam) id: string,
    @ZodBody(ReasonRequest) body: ReasonRequest,
    @IdempotencyKey() key: string,
  ): Promise<UserView> {
    return this.users.setActive(user, id, true, body.reason, key);
  }

  @Post(':id/roles')
  @HttpCode(200)
  @ApiHeader(IDEMPOTENCY)
  @ApiOperation({ summary: 'Phân quyền — grant a role at a unit from now on' })
  @ApiResponse(USER_RESPONSE)
  @ApiResponse({ status: 409, description: 'USER_ROLE.ALREADY_EXISTS: already held.' })
  grant(
    @CurrentUser() user: Principal,
    @ZodParam('id', UserIdParam) id: string,
    @ZodBody(RoleChangeRequest) body: RoleChangeRequest,
    @IdempotencyKey() key: string,
  ): Promise<UserView> {
    return this.users.grant(user, id, body, key);
  }

  @Post(':id/roles/revocation')
  @HttpCode(200)
  @ApiHeader(IDEMPOTENCY)
  @ApiOperation({ summary: 'Thu hồi quyền — end a current role grant now (kept in the history)' })
  @ApiResponse(USER_RESPONSE)
  @ApiResponse({ status: 404, description: 'USER_ROLE.NOT_FOUND: no such current grant.' })
  revoke(
    @CurrentUser() user: Principal,
    @ZodParam('id', UserIdParam) id: string,
    @ZodBody(RoleChangeRequest) body: RoleChangeRequest,
    @IdempotencyKey() key: string,
  ): Promise<UserView> {
    return this.users.revoke(user, id, body, key);
  }
}
