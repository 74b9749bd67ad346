import { Body, Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { IdempotencyKey } from '../nominations/idempotency';
import { ApiIdempotencyKey } from '../nominations/openapi.examples';
import { ZodBody, ZodParam, ZodQuery } from '../validation/zod.pipe';
import { ViewsService } from './views.service';
import { CreateViewRequest, ListViewsQuery, ViewIdParam, type SavedView, type ViewList } from './views.schemas';

const VIEW_EXAMPLE: SavedView = {
  id: '3f1c9a52-7c1e-4c43-9a55-2026a0000010',
  name: 'Bằng khen chờ duyệt',
  target: 'inbox',
  filter: { kind: 'review', awardCode: 'BK_TLD', search: 'nguyen' },
  sort: { by: 'dueAt', direction: 'asc' },
  owner: { id: '7c1d0000-0000-4000-8000-000000000001', fullName: 'Trịnh Thị Hồng' },
  mine: true,
  shares: [{ role: 'reviewer', unitId: 'ldld-ha-noi', unitName: 'Liên đoàn Lao động thành phố Hà Nội' }],
  createdAt: '2026-11-23T02:00:00.000Z',
  updatedAt: '2026-11-23T02:00:00.000Z',
};

/** Bộ lọc đã lưu: named inbox and stuck-desk filters, mine and shared with a role I hold at a unit. */
@ApiTags('views')
@ApiBearerAuth()
@Controller('views')
@RequirePermission('views.use')
export class ViewsController {
  constructor(private readonly views: ViewsService) {}

  @Get()
  @ApiOperation({
    summary: 'Bộ lọc của tôi và được chia sẻ — my saved views and those shared with me',
    description: 'Shared with me: views others shared with a role I hold at a unit. Each list is ordered by name.',
  })
  @ApiQuery({ name: 'target', required: false, enum: ['inbox', 'stuck'] })
  @ApiResponse({
    status: 200,
    content: { 'application/json': { example: { mine: [VIEW_EXAMPLE], sharedWithMe: [] } } },
  })
  list(@CurrentUser() user: Principal, @ZodQuery(ListViewsQuery) query: ListViewsQuery): Promise<ViewList> {
    return this.views.list(user, query.target);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Một bộ lọc — one view I own or that is shared with me (404 otherwise)' })
  @ApiResponse({ status: 200, content: { 'application/json': { example: VIEW_EXAMPLE } } })
  get(@CurrentUser() user: Principal, @ZodParam('id', ViewIdParam) id: string): Promise<SavedView> {
    return this.views.get(user, id);
  }

  @Post()
  @ApiOperation({
    summary: 'Lưu bộ lọc — save an inbox or stuck-desk filter and sort under a name',
    description:
      'The filter is validated with the list’s own query schema (inbox: GET /api/inbox without limit/cursor; stuck: ' +
      'the desk’s filter), so errors name e.g. `filter.kind`. `shares`: everyone holding `role` at `unitId` sees ' +
      'the view; their list still shows only what their own roles allow. Stuck-desk views need unit_admin or ' +
      'system_admin. 409 SAVED_VIEW.ALREADY_EXISTS when the name is taken.',
  })
  @ApiIdempotencyKey()
  @ApiResponse({ status: 201, content: { 'application/json': { example: VIEW_EXAMPLE } } })
  create(
    @CurrentUser() user: Principal,
    @IdempotencyKey() key: string,
    @ZodBody(CreateViewRequest) body: CreateViewRequest,
  ): Promise<SavedView> {
    return this.views.create(user, body, key);
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Đổi tên / sửa / chia sẻ bộ lọc — rename, refilter, resort or reshare my view',
    description: 'Any of name, filter, sort, shares (shares replaces the list). Only the owner (403 otherwise).',
  })
  @ApiIdempotencyKey()
  @ApiBody({ schema: { type: 'object', example: { name: 'Hồ sơ quá hạn', shares: [] } } })
  update(
    @CurrentUser() user: Principal,
    @IdempotencyKey() _key: string,
    @ZodParam('id', ViewIdParam) id: string,
    // Validated in the service: which filter schema applies depends on the stored view's list.
    @Body() body: unknown,
  ): Promise<SavedView> {
    return this.views.update(user, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Xoá bộ lọc — delete my view (its shares go with it)' })
  @ApiIdempotencyKey()
  remove(
    @CurrentUser() user: Principal,
    @IdempotencyKey() _key: string,
    @ZodParam('id', ViewIdParam) id: string,
  ): Promise<void> {
    return this.views.remove(user, id);
  }
}
