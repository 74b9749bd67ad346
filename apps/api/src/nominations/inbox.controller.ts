import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Kysely } from 'kysely';
import type { Database, InboxTask, Page } from '@vinhdanh/db';
import { CurrentUser } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { timeStage } from '../core/stage-timings';
import { CLOCK, DB, type Clock } from '../core/tokens';
import { ZodQuery } from '../validation/zod.pipe';
import { inboxScopeOf } from './access';
import { listScopedInbox, scopedInboxCounts, type ScopedInboxCounts } from './nominations.reads';
import { InboxRequest } from './nominations.schemas';

/** Answer of `GET /api/inbox`: one page of tasks and the counts of the whole inbox. */
export interface InboxResponse extends Page<InboxTask> {
  counts: ScopedInboxCounts;
}

/** Hộp việc: the open tasks the caller may act on. */
@ApiTags('inbox')
@ApiBearerAuth()
@Controller('inbox')
export class InboxController {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Hộp việc — open tasks at the caller’s units',
    description:
      'Review tasks where the caller is reviewer or chair; revision tasks where they are nominator (the nominating ' +
      'unit) or reviewer/chair (higher units). Oldest first, or soonest due first with sort=due; pass nextCursor as ' +
      'cursor. Counts cover the whole inbox.',
  })
  @ApiQuery({ name: 'kind', required: false, enum: ['review', 'revision'] })
  @ApiQuery({ name: 'awardCode', required: false, example: 'BK_TLD' })
  @ApiQuery({ name: 'campaignId', required: false })
  @ApiQuery({ name: 'holder', required: false, description: 'me | unassigned | <user id>: who holds the task' })
  @ApiQuery({ name: 'status', required: false, example: 'AWAITING_VOTE', description: 'the step the task waits at' })
  @ApiQuery({ name: 'overdue', required: false, enum: ['true', 'false'] })
  @ApiQuery({ name: 'sort', required: false, enum: ['opened', 'due'], description: 'opened (default) or due' })
  @ApiQuery({ name: 'search', required: false, example: 'hong nhung' })
  @ApiQuery({ name: 'limit', required: false, example: 50 })
  @ApiQuery({ name: 'cursor', required: false })
  async inbox(@CurrentUser() user: Principal, @ZodQuery(InboxRequest) query: InboxRequest): Promise<InboxResponse> {
    const scope = inboxScopeOf(user);
    const [page, counts] = await Promise.all([
      timeStage('inboxPage', () =>
        listScopedInbox(this.db, scope, {
          ...query,
          holder: query.holder === 'me' ? user.id : query.holder,
          now: this.clock(),
        }),
      ),
      timeStage('inboxCounts', () => scopedInboxCounts(this.db, scope)),
    ]);
    return { ...page, counts };
  }
}
