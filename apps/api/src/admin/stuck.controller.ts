import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { IdempotencyKey } from '../nominations/idempotency';
import { ApiIdempotencyKey } from '../nominations/openapi.examples';
import { ZodBody, ZodParam, ZodQuery } from '../validation/zod.pipe';
import {
  AgingQuery,
  StuckQuery,
  TerminationRequest,
  WorkflowIdParam,
  type AgingCell,
  type StuckPage,
} from './stuck.schemas';
import { StuckService } from './stuck.service';

const STUCK_EXAMPLE = {
  items: [
    {
      nominationId: '0b9d6a52-1f43-4c53-9a35-6d2f7c9e1a10',
      nomineeName: 'Nguyễn Văn An',
      awardCode: 'BK_TINH',
      campaignId: 'c0000000-0000-4000-8000-000000002026',
      status: 'FORWARDED',
      level: 3,
      unitId: 'ldld-cao-bang',
      unitName: 'Liên đoàn Lao động tỉnh Cao Bằng',
      taskKind: 'review',
      taskSeq: 2,
      step: 'council_vote',
      openedAt: '2026-10-01T02:00:00.000Z',
      dueAt: '2026-10-15T10:00:00.000Z',
      lastEventAt: '2026-10-01T02:00:00.000Z',
      daysWaiting: 52,
      reasons: ['overdue', 'idle'],
      daysLate: 38,
      daysIdle: 52,
      heldSince: null,
      failure: null,
      allowedActions: ['open', 'extend'],
    },
  ],
  failing: [],
  nextCursor: null,
  asOf: '2026-11-22T03:00:00.000Z',
};

/** Bàn điều phối: stuck nominations with their reasons, and where open tasks wait. */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/stuck')
@RequirePermission('admin.stuck')
export class StuckController {
  constructor(private readonly stuck: StuckService) {}

  @Get()
  @ApiOperation({
    summary: 'Hồ sơ ách tắc — stuck open nominations with why (unit admin: their units and below; system admin: all)',
    description:
      'Reasons: overdue (due passed; daysLate), stuck (marked by the escalation ladder), no_assignee (nobody holds ' +
      'the role that must act at the task’s unit: reviewer/chair, or nominator for a revision at the nominating ' +
      'unit), idle (no event for idleDays, default 10), on_hold (held longer than holdDays, default 14); and on the ' +
      'rows shown, failing (the event append keeps failing, an activity retries or the workflow task fails; ' +
      '`failure` says what and why). Filters: reason, level, unitId, campaignId, awardCode. Oldest task first; ' +
      'keyset pagination with nextCursor. `failing` (first page): every workflow in scope whose event append has ' +
      'failed 3 times or more, with the last error — also those with no open task or nothing stored yet; a system ' +
      'admin can terminate one (POST /api/admin/stuck/failing/{workflowId}/termination).',
  })
  @ApiResponse({ status: 200, content: { 'application/json': { example: STUCK_EXAMPLE } } })
  list(@CurrentUser() user: Principal, @ZodQuery(StuckQuery) query: StuckQuery): Promise<StuckPage> {
    return this.stuck.list(user, query);
  }

  @Post('failing/:workflowId/termination')
  @HttpCode(200)
  @RequirePermission('admin.system')
  @ApiIdempotencyKey()
  @ApiOperation({
    summary: 'Dừng quy trình lỗi — terminate a workflow whose event append keeps failing (system admin)',
    description:
      'Only a workflow the desk lists under `failing` (3 failed attempts or more): Temporal terminates it with ' +
      'the reason and the operator; nothing is written to the nomination. 404 for any other id.',
  })
  terminate(
    @CurrentUser() user: Principal,
    @IdempotencyKey() _key: string,
    @ZodParam('workflowId', WorkflowIdParam) workflowId: string,
    @ZodBody(TerminationRequest) body: TerminationRequest,
  ): Promise<{ workflowId: string }> {
    return this.stuck.terminateFailing(user, workflowId, body.reason);
  }

  @Get('aging')
  @ApiOperation({
    summary: 'Tuổi hồ sơ — open tasks per level × unit by calendar days waiting (≤5, 6–10, 11–20, >20)',
  })
  aging(
    @CurrentUser() user: Principal,
    @ZodQuery(AgingQuery) query: AgingQuery,
  ): Promise<{ items: AgingCell[]; asOf: string }> {
    return this.stuck.aging(user, query);
  }
}
