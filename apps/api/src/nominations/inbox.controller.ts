import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Kysely } from 'kysely';
import { getNominations, type Database, type InboxTask, type Page } from '@vinhdanh/db';
import { CurrentUser } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { timeStage } from '../core/stage-timings';
import { CLOCK, DB, type Clock } from '../core/tokens';
import { ZodQuery } from '../validation/zod.pipe';
import { inboxScopeOf } from './access';
import { CallerActionsService, type CallerActions } from './caller-actions';
import { listScopedInbox, scopedInboxCounts, type ScopedInboxCounts } from './nominations.reads';
import { InboxRequest } from './nominations.schemas';

/** An inbox row: the task, and what the caller may do with its nomination now (as on the nomination page). */
export interface InboxRow extends InboxTask, CallerActions {}

/** Answer of `GET /api/inbox`: one page of tasks and the counts of the whole inbox. */
export interface InboxResponse extends Page<InboxRow> {
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
    private readonly callerActions: CallerActionsService,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Hộp việc — open tasks at the caller’s units',
    description:
      'Review tasks where the caller is reviewer or chair; revision tasks where they are nominator (the nominating ' +
      'unit) or reviewer/chair (higher units). Oldest first, or soonest due first with sort=due; pass nextCursor as ' +
      'cursor. Counts cover the whole inbox. Each row carries `allowedActions` and `taskActions`: what the caller ' +
      "may do with it now, by the command endpoints' own checks (as `GET /api/nominations/:id` answers).",
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
    const items = await timeStage('inboxActions', () => this.withActions(user, page.items));
    return { ...page, items, counts };
  }

  /** The rows with the caller's actions on each: the page's nominations and the conflict facts read once. */
  private async withActions(user: Principal, tasks: InboxTask[]): Promise<InboxRow[]> {
    const details = await getNominations(this.db, [...new Set(tasks.map((t) => t.nominationId))]);
    const actions = await this.callerActions.ofMany(user, details);
    return tasks.map((t) => ({ ...t, ...(actions.get(t.nominationId) ?? { allowedActions: [], taskActions: [] }) }));
  }
}
