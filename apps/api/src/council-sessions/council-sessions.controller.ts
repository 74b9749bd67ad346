import { Controller, Get, HttpCode, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { sendGeneratedDocument } from '../documents/send-generated-document';
import { CurrentUser } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import type { HttpResponse } from '../core/http.types';
import { IdempotencyKey } from '../nominations/idempotency';
import { ApiIdempotencyKey } from '../nominations/openapi.examples';
import { ZodBody, ZodParam } from '../validation/zod.pipe';
import {
  AdjournCouncilSessionRequest,
  BienBanRequest,
  ConcludeRequest,
  CouncilDocumentIdParam,
  ConveneCouncilSessionRequest,
  CouncilSessionIdParam,
  OpenCouncilSessionRequest,
  TallyRequest,
  TieBreakRequest,
} from './council-sessions.schemas';
import { CouncilSessionsService, type CouncilSessionView } from './council-sessions.service';

/** Phiên họp Hội đồng TĐKT: roster, attendance and quorum, ballots, ranking, results. */
@ApiTags('council-sessions')
@ApiBearerAuth()
@Controller('council-sessions')
export class CouncilSessionsController {
  constructor(private readonly sessions: CouncilSessionsService) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: 'Triệu tập phiên họp — convene a council session over the candidates of batches (approver at the unit)',
  })
  @ApiIdempotencyKey()
  convene(
    @CurrentUser() user: Principal,
    @IdempotencyKey() key: string,
    @ZodBody(ConveneCouncilSessionRequest) body: ConveneCouncilSessionRequest,
  ): Promise<CouncilSessionView> {
    return this.sessions.convene(user, key, body);
  }

  @Get()
  @ApiOperation({ summary: 'Các phiên họp của đơn vị tôi' })
  list(@CurrentUser() user: Principal) {
    return this.sessions.list(user);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Một phiên họp: thành phần, điểm danh, các vòng kiểm phiếu, xếp hạng, kết quả' })
  get(@CurrentUser() user: Principal, @ZodParam('id', CouncilSessionIdParam) id: string): Promise<CouncilSessionView> {
    return this.sessions.get(user, id);
  }

  @Post(':id/open')
  @HttpCode(200)
  @ApiOperation({ summary: 'Khai mạc / họp tiếp — attendance; 422 COUNCIL.NO_QUORUM below the quorum' })
  @ApiIdempotencyKey()
  open(
    @CurrentUser() user: Principal,
    @ZodParam('id', CouncilSessionIdParam) id: string,
    @IdempotencyKey() key: string,
    @ZodBody(OpenCouncilSessionRequest) body: OpenCouncilSessionRequest,
  ): Promise<CouncilSessionView> {
    return this.sessions.open(user, id, key, body);
  }

  @Post(':id/adjourn')
  @HttpCode(200)
  @ApiOperation({ summary: 'Tạm dừng phiên họp — adjourn with a reason' })
  @ApiIdempotencyKey()
  adjourn(
    @CurrentUser() user: Principal,
    @ZodParam('id', CouncilSessionIdParam) id: string,
    @IdempotencyKey() key: string,
    @ZodBody(AdjournCouncilSessionRequest) body: AdjournCouncilSessionRequest,
  ): Promise<CouncilSessionView> {
    return this.sessions.adjourn(user, id, key, body);
  }

  @Post(':id/ballots')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Kiểm phiếu — one ballot per candidate (a re-vote: those not yet passed), ranked into the quota',
  })
  @ApiIdempotencyKey()
  tally(
    @CurrentUser() user: Principal,
    @ZodParam('id', CouncilSessionIdParam) id: string,
    @IdempotencyKey() key: string,
    @ZodBody(TallyRequest) body: TallyRequest,
  ): Promise<CouncilSessionView> {
    return this.sessions.tally(user, id, key, body);
  }

  @Post(':id/tie-break')
  @HttpCode(200)
  @ApiOperation({ summary: 'Chủ tịch Hội đồng quyết định khi bằng phiếu ở suất cuối' })
  @ApiIdempotencyKey()
  breakTie(
    @CurrentUser() user: Principal,
    @ZodParam('id', CouncilSessionIdParam) id: string,
    @IdempotencyKey() key: string,
    @ZodBody(TieBreakRequest) body: TieBreakRequest,
  ): Promise<CouncilSessionView> {
    return this.sessions.breakTie(user, id, key, body);
  }

  @Post(':id/conclusion')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Kết thúc phiên họp — record the results and send each ballot to its nomination’s vote step',
  })
  @ApiIdempotencyKey()
  conclude(
    @CurrentUser() user: Principal,
    @ZodParam('id', CouncilSessionIdParam) id: string,
    @IdempotencyKey() key: string,
    @ZodBody(ConcludeRequest) body: ConcludeRequest,
  ): Promise<CouncilSessionView> {
    return this.sessions.conclude(user, id, key, body);
  }

  @Post(':id/bien-ban')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Lập biên bản họp / kiểm phiếu — PDF and DOCX from the session, checksums recorded as events',
  })
  @ApiIdempotencyKey()
  bienBan(
    @CurrentUser() user: Principal,
    @ZodParam('id', CouncilSessionIdParam) id: string,
    @IdempotencyKey() _key: string,
    @ZodBody(BienBanRequest) body: BienBanRequest,
  ): Promise<CouncilSessionView> {
    return this.sessions.generateBienBan(user, id, body);
  }

  @Get(':id/documents/:documentId')
  @ApiOperation({ summary: 'Tải biên bản — PDF/DOCX; X-Checksum-SHA256 is the checksum its event recorded' })
  async document(
    @CurrentUser() user: Principal,
    @ZodParam('id', CouncilSessionIdParam) id: string,
    @ZodParam('documentId', CouncilDocumentIdParam) documentId: string,
    @Res() res: HttpResponse,
  ): Promise<void> {
    const doc = await this.sessions.document(user, id, documentId);
    sendGeneratedDocument(res, doc);
  }
}
