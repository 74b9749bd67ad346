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
import { DEFAULT_READ_MODEL_WAIT_MS } from '../projector/read-your-writes';
import { ZodBody, ZodParam } from '../validation/zod.pipe';
import {
  ObjectionAnswerRequest,
  ObjectionIdParam,
  ObjectionRequest,
  PaperDisclosureRequest,
} from './disclosure.schemas';
import { DisclosureService } from './disclosure.service';

/** Answer of `POST /api/nominations/:id/objections`: the command's answer and the new objection's id. */
export interface ObjectionResponse extends CommandResponse {
  objectionId: string;
}

/** Công khai: objections received while a nomination is posted at its nominating unit, and their answers. */
@ApiTags('nominations')
@ApiBearerAuth()
@Controller('nominations')
export class DisclosureController {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly disclosure: DisclosureService,
  ) {}

  @Post(':id/objections')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Ghi nhận ý kiến phản ánh — record an objection received during the disclosure',
    description:
      'Staff of the nominating unit (nominator, chair, reviewer, unit admin) record what reached them; the ' +
      'objector’s name and contact are optional. Only while the nomination is posted: 422 ' +
      'NOMINATION.DISCLOSURE_NOT_OPEN after the end date (later complaints: hold the nomination) and ' +
      'NOMINATION.NO_DISCLOSURE when its rule set requires none. The Idempotency-Key fixes the objection id.',
  })
  @ApiIdempotencyKey()
  @ApiResponse({
    status: 201,
    content: { 'application/json': { example: { ...COMMAND_RESULT_EXAMPLE, objectionId: '5d1c…' } } },
  })
  @ApiCommandProblems()
  async record(
    @CurrentUser() user: Principal,
    @ZodParam('id', NominationIdParam) id: string,
    @IdempotencyKey() key: string,
    @ZodBody(ObjectionRequest) body: ObjectionRequest,
  ): Promise<ObjectionResponse> {
    const { objectionId, ...result } = await this.disclosure.recordObjection(
      user,
      id,
      key,
      body,
      DEFAULT_READ_MODEL_WAIT_MS,
    );
    return { ...(await this.present(result)), objectionId };
  }

  @Post(':id/objections/:objectionId/answer')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Trả lời ý kiến phản ánh — answer an objection (nominator or chair of the nominating unit)',
    description:
      'upheld=true: the objection is justified; the unit then returns the nomination to itself for a revised ' +
      'dossier (and resubmits it) or withdraws it — forwarding stays refused (NOMINATION.OBJECTION_UPHELD) until ' +
      'then. upheld=false: the nomination may be forwarded once the period has ended and every objection is ' +
      'answered. 404 OBJECTION.NOT_FOUND, 422 NOMINATION.OBJECTION_ALREADY_ANSWERED.',
  })
  @ApiIdempotencyKey()
  @ApiResponse({ status: 200, content: { 'application/json': { example: COMMAND_RESULT_EXAMPLE } } })
  @ApiCommandProblems()
  async answer(
    @CurrentUser() user: Principal,
    @ZodParam('id', NominationIdParam) id: string,
    @ZodParam('objectionId', ObjectionIdParam) objectionId: string,
    @IdempotencyKey() key: string,
    @ZodBody(ObjectionAnswerRequest) body: ObjectionAnswerRequest,
  ): Promise<CommandResponse> {
    return this.present(
      await this.disclosure.answerObjection(user, id, objectionId, key, body, DEFAULT_READ_MODEL_WAIT_MS),
    );
  }

  @Post(':id/paper-disclosure')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Ghi nhận đã công khai (niêm yết) — record a disclosure the unit already held on paper',
    description:
      'The nominator or chair of the nominating unit records where the list was posted, its first and last ' +
      'day and every objection received with its answer (Law 06/2022 Art. 84(5)). The period is counted in ' +
      'working days on the calendar: 422 NOMINATION.DISCLOSURE_TOO_SHORT below the rule set’s days, 422 ' +
      'NOMINATION.DISCLOSURE_NOT_ENDED when its last day is today or later, 409 NOMINATION.DISCLOSURE_ALREADY_ENDED ' +
      'once the disclosure is over, 422 NOMINATION.NO_DISCLOSURE when none is required. It ends the disclosure: ' +
      'the unit may forward, unless an objection was upheld (then the dossier is revised first).',
  })
  @ApiIdempotencyKey()
  @ApiResponse({ status: 200, content: { 'application/json': { example: COMMAND_RESULT_EXAMPLE } } })
  @ApiCommandProblems()
  async recordPaper(
    @CurrentUser() user: Principal,
    @ZodParam('id', NominationIdParam) id: string,
    @IdempotencyKey() key: string,
    @ZodBody(PaperDisclosureRequest) body: PaperDisclosureRequest,
  ): Promise<CommandResponse> {
    return this.present(await this.disclosure.recordPaperDisclosure(user, id, key, body, DEFAULT_READ_MODEL_WAIT_MS));
  }

  private async present(result: CommandResult): Promise<CommandResponse> {
    return presentCommand(this.db, this.store, result);
  }
}
