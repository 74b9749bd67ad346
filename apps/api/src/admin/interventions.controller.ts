import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { IdempotencyKey } from '../nominations/idempotency';
import { NominationIdParam } from '../nominations/nominations.schemas';
import { ApiCommandProblems, ApiIdempotencyKey } from '../nominations/openapi.examples';
import { DEFAULT_READ_MODEL_WAIT_MS } from '../projector/read-your-writes';
import { ZodBody, ZodParam } from '../validation/zod.pipe';
import { BulkInterventionsService, SELECTION_TTL_MINUTES } from './interventions-bulk.service';
import {
  BulkInterventionsRequest,
  CancellationRequest,
  TaskInterventionRequest,
  type BulkDryRunResponse,
  type BulkRunResponse,
} from './interventions.schemas';
import { InterventionsService, type CommandResult } from './interventions.service';

const SCOPE =
  'System admin: any nomination. Unit admin: nominations whose open task (or nominating unit) is in their ' +
  'subtree. The event records the operator and the reason.';

/** Can thiệp của quản trị: remind, return to the nominating unit, cancel; one by one or in bulk. */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin')
@RequirePermission('nomination.intervene')
export class InterventionsController {
  constructor(
    private readonly interventions: InterventionsService,
    private readonly bulk: BulkInterventionsService,
  ) {}

  @Post('nominations/:id/reminder')
  @HttpCode(200)
  @ApiOperation({ summary: 'Nhắc việc — remind the open task’s holders (notification)', description: SCOPE })
  @ApiIdempotencyKey()
  @ApiCommandProblems()
  remind(
    @CurrentUser() user: Principal,
    @ZodParam('id', NominationIdParam) id: string,
    @IdempotencyKey() key: string,
    @ZodBody(TaskInterventionRequest) body: TaskInterventionRequest,
  ): Promise<CommandResult> {
    return this.interventions.remind(user, id, key, body, { waitMs: DEFAULT_READ_MODEL_WAIT_MS });
  }

  @Post('nominations/:id/force-return')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Trả về đơn vị đề nghị — return to the nominating unit for revision, whatever the procedure step',
    description: `${SCOPE} On resubmission the review reopens where the nomination waited.`,
  })
  @ApiIdempotencyKey()
  @ApiCommandProblems()
  forceReturn(
    @CurrentUser() user: Principal,
    @ZodParam('id', NominationIdParam) id: string,
    @IdempotencyKey() key: string,
    @ZodBody(TaskInterventionRequest) body: TaskInterventionRequest,
  ): Promise<CommandResult> {
    return this.interventions.forceReturn(user, id, key, body, { waitMs: DEFAULT_READ_MODEL_WAIT_MS });
  }

  @Post('nominations/:id/cancellation')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Hủy hồ sơ — end the nomination administratively (CANCELLED, đã hủy); its quota slots are released',
    description: SCOPE,
  })
  @ApiIdempotencyKey()
  @ApiCommandProblems()
  cancel(
    @CurrentUser() user: Principal,
    @ZodParam('id', NominationIdParam) id: string,
    @IdempotencyKey() key: string,
    @ZodBody(CancellationRequest) body: CancellationRequest,
  ): Promise<CommandResult> {
    return this.interventions.cancel(user, id, key, body, { waitMs: DEFAULT_READ_MODEL_WAIT_MS });
  }

  @Post('interventions/bulk')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Can thiệp hàng loạt — remind, force-return or cancel the stuck desk’s selection, after a dry run',
    description:
      'dryRun=true: the nominations the desk filter (reason, level, unitId, campaignId, awardCode, idleDays, ' +
      'holdDays) selects in the caller’s scope, at most 500, and a selectionToken. dryRun=false: the same filter, ' +
      `the dry run’s nominationIds and its token (valid ${SELECTION_TTL_MINUTES} minutes); acts only on those ids, ` +
      'skipping any that no longer match, 8 at a time, one outcome per id. Events share the batchId as ' +
      'correlationId; the same Idempotency-Key acts on nothing twice.',
  })
  @ApiIdempotencyKey()
  @ApiResponse({ status: 200, description: 'The dry run’s selection, or every id’s outcome.' })
  @ApiCommandProblems()
  bulkRun(
    @CurrentUser() user: Principal,
    @IdempotencyKey() key: string,
    @ZodBody(BulkInterventionsRequest) body: BulkInterventionsRequest,
  ): Promise<BulkDryRunResponse | BulkRunResponse> {
    return this.bulk.run(user, key, body);
  }
}
