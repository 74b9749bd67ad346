import { Controller, Get, HttpCode, Inject, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Kysely } from 'kysely';
import { getNomination, type Database, type NominationSummary, type Page } from '@vinhdanh/db';
import type { EventStore } from '@vinhdanh/event-store';
import { CurrentUser } from '../auth/auth.decorators';
import { ForbiddenError } from '../auth/auth.errors';
import { may, rolesFor } from '../auth/policy';
import type { Principal } from '../auth/principal';
import type { HttpResponse } from '../core/http.types';
import { DB } from '../core/tokens';
import { ResourceNotFoundError } from '../errors/api-error';
import { EVENT_STORE } from '../projector/projector.tokens';
import { DEFAULT_READ_MODEL_WAIT_MS } from '../projector/read-your-writes';
import { ZodBody, ZodParam, ZodQuery } from '../validation/zod.pipe';
import { seesEverything, unitsOfCaller } from './access';
import { CommandsService, type CommandResult } from './commands.service';
import { IdempotencyKey } from './idempotency';
import { timeStage } from '../core/stage-timings';
import { presentCommand, viewAfterCommand, type CommandResponse } from './command-response';
import { CallerActionsService, type CallerActions } from './caller-actions';
import { nominationView, type NominationView } from './nomination.view';
import { listScopedNominations } from './nominations.reads';
import {
  CreateNominationRequest,
  DecisionRequest,
  ListNominationsRequest,
  NominationIdParam,
  ResubmissionRequest,
  WithdrawalRequest,
} from './nominations.schemas';
import { ApiCommandProblems, ApiIdempotencyKey, COMMAND_RESULT_EXAMPLE } from './openapi.examples';
import { SubmissionService } from './submission.service';

export type { CommandResponse } from './command-response';

/** Answer of `POST /api/nominations`. */
export interface CreateNominationResponse {
  nominationId: string;
  readModelCaughtUp: boolean;
  nomination: NominationView | null;
}

/** `GET /api/nominations/:id`: the nomination, and what the caller may do with it now (the command endpoints' checks). */
export interface NominationForCaller extends NominationView, CallerActions {}

/** Đề nghị khen thưởng: submit, list, read, and act on a nomination. */
@ApiTags('nominations')
@ApiBearerAuth()
@Controller('nominations')
export class NominationsController {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly submissions: SubmissionService,
    private readonly commands: CommandsService,
    private readonly callerActions: CallerActionsService,
  ) {}

  @Post()
  @ApiOperation({
    summary: 'Gửi đề nghị khen thưởng — submit a nomination (nominator at the nominating unit)',
    description:
      'Checks the campaign (exists, offers the award, open today), the rule set, the route and the dossier, then ' +
      'starts the nomination workflow. The same Idempotency-Key returns the nomination it already started. 201 once ' +
      'the read model shows it; 202 with Location and readModelCaughtUp=false if that takes longer than 10 s.',
  })
  @ApiIdempotencyKey()
  @ApiResponse({ status: 201, description: 'Submitted; the nomination as the read model shows it.' })
  @ApiResponse({ status: 202, description: 'Submitted; the read model has not caught up yet (see Location).' })
  @ApiCommandProblems()
  async create(
    @CurrentUser() user: Principal,
    @IdempotencyKey() key: string,
    @ZodBody(CreateNominationRequest) body: CreateNominationRequest,
    @Res({ passthrough: true }) res: HttpResponse,
  ): Promise<CreateNominationResponse> {
    const result = await this.submissions.submit(user, key, body, DEFAULT_READ_MODEL_WAIT_MS);
    const location = `/api/nominations/${result.nominationId}`;
    res.setHeader('Location', location);
    if (result.replayed) res.setHeader('Idempotent-Replayed', 'true');
    // The workflow started: a read model that cannot be read now makes this a 202, never an error.
    const detail = result.readModelCaughtUp
      ? await getNomination(this.db, result.nominationId).catch(() => null)
      : null;
    const nomination = await viewAfterCommand(this.db, this.store, detail ?? null);
    res.statusCode = nomination ? 201 : 202;
    return { nominationId: result.nominationId, readModelCaughtUp: nomination !== null, nomination };
  }

  @Get()
  @ApiOperation({
    summary: 'Danh sách hồ sơ — nominations at the caller’s units (nominating, current or on the route)',
    description: 'Auditors and system admins see every nomination. Newest first; pass nextCursor as cursor.',
  })
  @ApiQuery({ name: 'status', required: false, example: 'FORWARDED' })
  @ApiQuery({ name: 'campaignId', required: false })
  @ApiQuery({ name: 'awardCode', required: false, example: 'BK_TLD' })
  @ApiQuery({ name: 'search', required: false, description: 'Nominee name, accents optional', example: 'nguyen thi' })
  @ApiQuery({ name: 'limit', required: false, example: 50 })
  @ApiQuery({ name: 'cursor', required: false })
  list(
    @CurrentUser() user: Principal,
    @ZodQuery(ListNominationsRequest) query: ListNominationsRequest,
  ): Promise<Page<NominationSummary>> {
    return listScopedNominations(this.db, seesEverything(user) ? null : unitsOfCaller(user), query);
  }

  @Get(':id')
  @ApiOperation({
    summary: 'Chi tiết hồ sơ — a nomination with its dossier, route and event history',
    description:
      '404 when unknown; 403 unless the caller holds a role at a unit on its route (or oversees all). ' +
      '`allowedActions` lists the review-climb commands the caller may send now (what the web offers).',
  })
  async get(
    @CurrentUser() user: Principal,
    @ZodParam('id', NominationIdParam) id: string,
  ): Promise<NominationForCaller> {
    const detail = await getNomination(this.db, id);
    if (!detail) throw new ResourceNotFoundError('NOMINATION', id, 'hồ sơ đề nghị');
    // A delegate reads the nominations of the units where they stand in (the permission is delegable).
    const allowed = detail.route.some((s) => may(user, 'nomination.read', s.unitId));
    if (!allowed) {
      throw new ForbiddenError(rolesFor('nomination.read'), detail.currentTask?.unitId ?? detail.nominatingUnitId);
    }
    const [view, actions] = await Promise.all([
      nominationView(this.db, this.store, detail),
      this.callerActions.of(user, detail),
    ]);
    return { ...view, ...actions };
  }

  @Post(':id/decisions')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Quyết định — approve, return or reject the open review (reviewer or chair at its unit)',
    description:
      'The level and unit come from the open task. The Idempotency-Key becomes the Update id, so a double click is ' +
      'one decision. Answers once the read model shows the decision (readModelCaughtUp=false after 10 s).',
  })
  @ApiIdempotencyKey()
  @ApiResponse({
    status: 200,
    description: 'Decided.',
    content: { 'application/json': { example: COMMAND_RESULT_EXAMPLE } },
  })
  @ApiCommandProblems()
  async decide(
    @CurrentUser() user: Principal,
    @ZodParam('id', NominationIdParam) id: string,
    @IdempotencyKey() key: string,
    @ZodBody(DecisionRequest) body: DecisionRequest,
  ): Promise<CommandResponse> {
    return this.present(await this.commands.decide(user, id, key, body, DEFAULT_READ_MODEL_WAIT_MS));
  }

  @Post(':id/resubmission')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Gửi lại — resubmit after a return (nominator at the nominating unit, or approver at a higher unit)',
  })
  @ApiIdempotencyKey()
  @ApiCommandProblems()
  async resubmit(
    @CurrentUser() user: Principal,
    @ZodParam('id', NominationIdParam) id: string,
    @IdempotencyKey() key: string,
    @ZodBody(ResubmissionRequest) body: ResubmissionRequest,
  ): Promise<CommandResponse> {
    return this.present(await this.commands.resubmit(user, id, key, body, DEFAULT_READ_MODEL_WAIT_MS));
  }

  @Post(':id/withdrawal')
  @HttpCode(200)
  @ApiOperation({ summary: 'Rút hồ sơ — withdraw before the final decision (nominator at the nominating unit)' })
  @ApiIdempotencyKey()
  @ApiCommandProblems()
  async withdraw(
    @CurrentUser() user: Principal,
    @ZodParam('id', NominationIdParam) id: string,
    @IdempotencyKey() key: string,
    @ZodBody(WithdrawalRequest) body: WithdrawalRequest,
  ): Promise<CommandResponse> {
    return this.present(await this.commands.withdraw(user, id, key, body, DEFAULT_READ_MODEL_WAIT_MS));
  }

  private async present(result: CommandResult): Promise<CommandResponse> {
    return timeStage('view', () => presentCommand(this.db, this.store, result));
  }
}
