import { Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Kysely } from 'kysely';
import type { Database } from '@vinhdanh/db';
import { evaluateVote, type VoteThreshold, type VoteThresholdRule } from '@vinhdanh/domain';
import type { EventStore } from '@vinhdanh/event-store';
import { CurrentUser } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { DB } from '../core/tokens';
import { EVENT_STORE } from '../projector/projector.tokens';
import { DEFAULT_READ_MODEL_WAIT_MS } from '../projector/read-your-writes';
import { ZodBody, ZodParam } from '../validation/zod.pipe';
import { presentCommand, type CommandResponse } from './command-response';
import { IdempotencyKey } from './idempotency';
import { NominationIdParam } from './nominations.schemas';
import { ApiCommandProblems, ApiIdempotencyKey, COMMAND_RESULT_EXAMPLE } from './openapi.examples';
import {
  AppraisalRequest,
  DeadlineRequest,
  HoldRequest,
  IntakeRequest,
  ResumeRequest,
  RevocationRequest,
  VoteRequest,
} from './procedure.schemas';
import { RevocationService } from './revocation.service';
import { StepsService } from './steps.service';
import type { CommandResult } from './workflow-updates';

/** The vote as judged: the nomination's threshold (on all members), the share for, and the verdict. */
export interface VoteVerdict {
  threshold: { class: VoteThreshold } & VoteThresholdRule;
  required: number;
  votesForTotal: number;
  share: number;
  passed: boolean;
  reasonVi: string;
  reasonEn: string;
}

/** Answer of `POST /api/nominations/:id/vote`. */
export interface VoteResponse extends CommandResponse {
  vote: VoteVerdict | null;
}

const WAIT = DEFAULT_READ_MODEL_WAIT_MS;

/** Thủ tục xét duyệt: intake, appraisal, council vote, holds, deadline extension and revocation. */
@ApiTags('nominations')
@ApiBearerAuth()
@Controller('nominations')
export class StepsController {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly steps: StepsService,
    private readonly revocations: RevocationService,
  ) {}

  @Post(':id/intake')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Tiếp nhận hồ sơ — record the intake check (reviewer or chair at the open task’s unit)',
    description:
      'complete=true moves to the next step; complete=false returns the dossier with the missing kinds (the ' +
      'server adds required kinds the dossier lacks). 409 NOMINATION.STEP_ALREADY_DONE / ON_HOLD when not at intake.',
  })
  @ApiIdempotencyKey()
  @ApiResponse({ status: 200, content: { 'application/json': { example: COMMAND_RESULT_EXAMPLE } } })
  @ApiCommandProblems()
  async intake(
    @CurrentUser() user: Principal,
    @ZodParam('id', NominationIdParam) id: string,
    @IdempotencyKey() key: string,
    @ZodBody(IntakeRequest) body: IntakeRequest,
  ): Promise<CommandResponse> {
    return this.present(await this.steps.intake(user, id, key, body, WAIT));
  }

  @Post(':id/appraisal')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Thẩm định — record the eligibility checks (reviewer or chair at the open task’s unit)',
    description:
      'Without checks the server records its own eligibility checks (award history from granted nominations). ' +
      'All passed → the vote (or sign-off); a failed check is recorded and the step stays open, so the level ' +
      'returns or rejects with a decision. 409 NOMINATION.STEP_PENDING when intake is not done.',
  })
  @ApiIdempotencyKey()
  @ApiCommandProblems()
  async appraisal(
    @CurrentUser() user: Principal,
    @ZodParam('id', NominationIdParam) id: string,
    @IdempotencyKey() key: string,
    @ZodBody(AppraisalRequest) body: AppraisalRequest,
  ): Promise<CommandResponse> {
    return this.present(await this.steps.appraisal(user, id, key, body, WAIT));
  }

  @Post(':id/vote')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Bình xét — record the council vote (reviewer or chair at the open task’s unit)',
    description:
      'Thresholds count ALL council members, absent members voting in writing (NĐ 98/2023 Art. 30(7)). The answer ' +
      'shows the threshold, the share for and the verdict; a failed vote is recorded and follows the rule set ' +
      '(reject or return). 400 VOTE.INVALID_TALLY when the counts do not add up.',
  })
  @ApiIdempotencyKey()
  @ApiResponse({
    status: 200,
    content: {
      'application/json': {
        example: {
          ...COMMAND_RESULT_EXAMPLE,
          vote: {
            threshold: { class: 'percent90', minShare: 0.9 },
            required: 10,
            votesForTotal: 10,
            share: 0.909,
            passed: true,
            reasonVi: 'Đạt: 10/11 thành viên Hội đồng tán thành; cần từ 90 % trở lên tổng số thành viên (10 phiếu).',
          },
        },
      },
    },
  })
  @ApiCommandProblems()
  async vote(
    @CurrentUser() user: Principal,
    @ZodParam('id', NominationIdParam) id: string,
    @IdempotencyKey() key: string,
    @ZodBody(VoteRequest) body: VoteRequest,
  ): Promise<VoteResponse> {
    const result = await this.steps.vote(user, id, key, body, WAIT);
    const threshold = result.nomination?.state.procedure?.voteThreshold;
    const { minutesNumber: _m, taskSeq: _t, ...tally } = body;
    const vote = threshold ? { threshold, ...evaluateVote(tally, threshold) } : null;
    return { ...(await this.present(result)), vote };
  }

  @Post(':id/hold')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Tạm dừng — hold for a discipline review, inspection or complaint (approver or unit admin on the route)',
    description:
      'No step or decision is accepted until it resumes (409 NOMINATION.ON_HOLD); its deadline timers pause.',
  })
  @ApiIdempotencyKey()
  @ApiCommandProblems()
  async hold(
    @CurrentUser() user: Principal,
    @ZodParam('id', NominationIdParam) id: string,
    @IdempotencyKey() key: string,
    @ZodBody(HoldRequest) body: HoldRequest,
  ): Promise<CommandResponse> {
    return this.present(await this.steps.hold(user, id, key, body, WAIT));
  }

  @Post(':id/resume')
  @HttpCode(200)
  @ApiOperation({ summary: 'Tiếp tục — resume a held nomination where it stopped (same roles as a hold)' })
  @ApiIdempotencyKey()
  @ApiCommandProblems()
  async resume(
    @CurrentUser() user: Principal,
    @ZodParam('id', NominationIdParam) id: string,
    @IdempotencyKey() key: string,
    @ZodBody(ResumeRequest) body: ResumeRequest,
  ): Promise<CommandResponse> {
    return this.present(await this.steps.resume(user, id, key, body, WAIT));
  }

  @Post(':id/deadline')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Gia hạn — extend the open task’s deadline (unit admin of the task’s unit, or system admin)',
    description: 'dueAt must be later than now and than the current due time; overdue and stuck flags clear.',
  })
  @ApiIdempotencyKey()
  @ApiCommandProblems()
  async extendDeadline(
    @CurrentUser() user: Principal,
    @ZodParam('id', NominationIdParam) id: string,
    @IdempotencyKey() key: string,
    @ZodBody(DeadlineRequest) body: DeadlineRequest,
  ): Promise<CommandResponse> {
    return this.present(await this.steps.extendDeadline(user, id, key, body, WAIT));
  }

  @Post(':id/revocation')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Thu hồi — revoke a granted award (chair of the granting unit, or system admin)',
    description:
      'Appended straight to the event store (the workflow has completed). 409 NOMINATION.NOT_GRANTED before a ' +
      'grant, NOMINATION.CONCURRENT_CHANGE when the nomination changed meanwhile.',
  })
  @ApiIdempotencyKey()
  @ApiCommandProblems()
  async revoke(
    @CurrentUser() user: Principal,
    @ZodParam('id', NominationIdParam) id: string,
    @IdempotencyKey() key: string,
    @ZodBody(RevocationRequest) body: RevocationRequest,
  ): Promise<CommandResponse> {
    return this.present(await this.revocations.revoke(user, id, key, body, WAIT));
  }

  private async present(result: CommandResult): Promise<CommandResponse> {
    return presentCommand(this.db, this.store, result);
  }
}
