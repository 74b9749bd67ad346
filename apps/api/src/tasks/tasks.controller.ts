import { Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Kysely } from 'kysely';
import type { Database } from '@vinhdanh/db';
import type { EventStore } from '@vinhdanh/event-store';
import { CurrentUser } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { DB } from '../core/tokens';
import { IdempotencyKey } from '../nominations/idempotency';
import { presentCommand, type CommandResponse } from '../nominations/command-response';
import { NominationIdParam } from '../nominations/nominations.schemas';
import { ApiCommandProblems, ApiIdempotencyKey, COMMAND_RESULT_EXAMPLE } from '../nominations/openapi.examples';
import type { CommandResult } from '../nominations/workflow-updates';
import { EVENT_STORE } from '../projector/projector.tokens';
import { DEFAULT_READ_MODEL_WAIT_MS as WAIT } from '../projector/read-your-writes';
import { ZodBody, ZodParam } from '../validation/zod.pipe';
import { AssignmentRequest, ClaimRequest, RecusalRequest, ReleaseRequest } from './tasks.schemas';
import { TasksService } from './tasks.service';

/** Phân công xử lý: claim, release, assign or reassign a nomination's open task; recusal. */
@ApiTags('tasks')
@ApiBearerAuth()
@Controller('nominations')
export class TasksController {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly tasks: TasksService,
  ) {}

  @Post(':id/claim')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Nhận xử lý — claim the open task (reviewer or chair at its unit, or their delegate)',
    description:
      'The inbox then shows who holds it. 409 NOMINATION.TASK_HELD naming the holder when someone else holds it; ' +
      '403 CONFLICT_OF_INTEREST.* when the caller is conflicted (own nomination, declared relative, own unit, recused).',
  })
  @ApiIdempotencyKey()
  @ApiResponse({ status: 200, content: { 'application/json': { example: COMMAND_RESULT_EXAMPLE } } })
  @ApiCommandProblems()
  async claim(
    @CurrentUser() user: Principal,
    @ZodParam('id', NominationIdParam) id: string,
    @IdempotencyKey() key: string,
    @ZodBody(ClaimRequest) body: ClaimRequest,
  ): Promise<CommandResponse> {
    return this.present(await this.tasks.claim(user, id, key, body, WAIT));
  }

  @Post(':id/release')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Trả lại nhiệm vụ — the holder releases the open task to the unit',
    description: '409 NOMINATION.TASK_NOT_HELD when someone else holds it.',
  })
  @ApiIdempotencyKey()
  @ApiCommandProblems()
  async release(
    @CurrentUser() user: Principal,
    @ZodParam('id', NominationIdParam) id: string,
    @IdempotencyKey() key: string,
    @ZodBody(ReleaseRequest) body: ReleaseRequest,
  ): Promise<CommandResponse> {
    return this.present(await this.tasks.release(user, id, key, body, WAIT));
  }

  @Post(':id/assignment')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Giao / giao lại — assign or reassign the open task to a colleague with an approver role at its unit',
    description:
      'The chair or unit admin of the task’s unit; a unit admin above it on the route or a system admin intervenes ' +
      'with a reason (400 naming reason without one). 422 TASK.ASSIGNEE_NOT_APPROVER / TASK.ASSIGNEE_CONFLICTED.',
  })
  @ApiIdempotencyKey()
  @ApiCommandProblems()
  async assign(
    @CurrentUser() user: Principal,
    @ZodParam('id', NominationIdParam) id: string,
    @IdempotencyKey() key: string,
    @ZodBody(AssignmentRequest) body: AssignmentRequest,
  ): Promise<CommandResponse> {
    return this.present(await this.tasks.assign(user, id, body, key, WAIT));
  }

  @Post(':id/recusal')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Tự rút do xung đột lợi ích — recuse from the nomination, with a reason',
    description:
      'Recorded as NominationRecused; the caller can no longer act on the nomination (403 NOMINATION.RECUSED) ' +
      'and the task they held goes back to their unit.',
  })
  @ApiIdempotencyKey()
  @ApiCommandProblems()
  async recuse(
    @CurrentUser() user: Principal,
    @ZodParam('id', NominationIdParam) id: string,
    @IdempotencyKey() key: string,
    @ZodBody(RecusalRequest) body: RecusalRequest,
  ): Promise<CommandResponse> {
    return this.present(await this.tasks.recuse(user, id, key, body, WAIT));
  }

  private async present(result: CommandResult): Promise<CommandResponse> {
    return presentCommand(this.db, this.store, result);
  }
}
