import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentUser } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { IdempotencyKey } from '../nominations/idempotency';
import { ApiIdempotencyKey } from '../nominations/openapi.examples';
import { ZodBody, ZodParam, ZodQuery } from '../validation/zod.pipe';
import {
  AddMemberRequest,
  BallotRequest,
  BlocIdParam,
  CompleteProposalRequest,
  CreateBlocRequest,
  CrossScoreRequest,
  ImportYearRequest,
  MemberDateRequest,
  OpenYearRequest,
  ReasonRequest,
  RemoveMemberRequest,
  ReviewRequest,
  SelfScoreRequest,
  StartYearWorkflowRequest,
  YearParam,
} from './blocs.schemas';
import { BlocsService } from './blocs.service';
import type { BlocView } from './blocs.view';

const ListQuery = z.strictObject({ organiserUnitId: z.string().trim().min(1).max(128).optional() });
const UnitParam = z.string().trim().min(1).max(128);

/**
 * Khối, cụm thi đua: members over time, the year's covenant, score sheets (self and cross), the
 * head's review, the suy tôn ballot, and the rotation / formalism alerts over the winner history.
 * Refusals name their rule (`details.rule`): late covenant, score out of a criterion's range, a
 * member cross-scoring itself, more ballots than members present (422).
 */
@ApiTags('blocs')
@ApiBearerAuth()
@Controller('blocs')
export class BlocsController {
  constructor(private readonly blocs: BlocsService) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Thành lập khối thi đua — form a bloc of units of one level' })
  @ApiIdempotencyKey()
  create(
    @CurrentUser() user: Principal,
    @IdempotencyKey() key: string,
    @ZodBody(CreateBlocRequest) body: CreateBlocRequest,
  ): Promise<BlocView> {
    return this.blocs.create(user, key, body);
  }

  @Get()
  @ApiOperation({ summary: 'Các khối thi đua — the blocs (of one organiser), with their alert counts' })
  list(@ZodQuery(ListQuery) q: z.infer<typeof ListQuery>) {
    return this.blocs.list(q.organiserUnitId);
  }

  @Get(':id')
  @ApiOperation({
    summary: 'Khối thi đua — members, covenant status, scores self vs cross, ranking, winner history, alerts',
  })
  get(@CurrentUser() user: Principal, @ZodParam('id', BlocIdParam) id: string): Promise<BlocView> {
    return this.blocs.get(id, user);
  }

  @Post(':id/members')
  @ApiOperation({ summary: 'Thêm đơn vị vào khối từ một ngày' })
  @ApiIdempotencyKey()
  addMember(
    @CurrentUser() user: Principal,
    @ZodParam('id', BlocIdParam) id: string,
    @IdempotencyKey() key: string,
    @ZodBody(AddMemberRequest) body: AddMemberRequest,
  ): Promise<BlocView> {
    return this.blocs.addMember(user, id, key, body);
  }

  @Post(':id/members/:unitId/leave')
  @HttpCode(200)
  @ApiOperation({ summary: 'Đơn vị rời khối (hoặc giải thể) từ một ngày' })
  @ApiIdempotencyKey()
  removeMember(
    @CurrentUser() user: Principal,
    @ZodParam('id', BlocIdParam) id: string,
    @ZodParam('unitId', UnitParam) unitId: string,
    @IdempotencyKey() key: string,
    @ZodBody(RemoveMemberRequest) body: RemoveMemberRequest,
  ): Promise<BlocView> {
    return this.blocs.removeMember(user, id, unitId, key, body);
  }

  @Post(':id/years')
  @ApiOperation({ summary: 'Mở năm thi đua: biểu chấm điểm theo bộ quy định, hạn ký giao ước, trưởng và phó khối' })
  @ApiIdempotencyKey()
  openYear(
    @CurrentUser() user: Principal,
    @ZodParam('id', BlocIdParam) id: string,
    @IdempotencyKey() key: string,
    @ZodBody(OpenYearRequest) body: OpenYearRequest,
  ): Promise<BlocView> {
    return this.blocs.openYear(user, id, key, body);
  }

  @Post(':id/years/:year/workflow')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Chạy năm thi đua theo quy trình tự động: hạn ký giao ước, tự chấm, chấm chéo, rà soát, họp khối (nhắc hạn, báo quá hạn lên đơn vị tổ chức), rồi đề nghị đơn vị dẫn đầu',
  })
  startYearWorkflow(
    @CurrentUser() user: Principal,
    @ZodParam('id', BlocIdParam) id: string,
    @ZodParam('year', YearParam) year: number,
    @ZodBody(StartYearWorkflowRequest) body: StartYearWorkflowRequest,
  ): Promise<{ workflowId: string; started: boolean }> {
    return this.blocs.startYearWorkflow(user, id, year, body);
  }

  @Post(':id/years/:year/registrations')
  @HttpCode(200)
  @ApiOperation({ summary: 'Đăng ký thi đua của một đơn vị' })
  @ApiIdempotencyKey()
  register(
    @CurrentUser() user: Principal,
    @ZodParam('id', BlocIdParam) id: string,
    @ZodParam('year', YearParam) year: number,
    @IdempotencyKey() key: string,
    @ZodBody(MemberDateRequest) body: MemberDateRequest,
  ): Promise<BlocView> {
    return this.blocs.register(user, id, year, key, body, false);
  }

  @Post(':id/years/:year/covenants')
  @HttpCode(200)
  @ApiOperation({ summary: 'Ký giao ước thi đua (422 BLOC.LATE_COVENANT sau hạn)' })
  @ApiIdempotencyKey()
  covenant(
    @CurrentUser() user: Principal,
    @ZodParam('id', BlocIdParam) id: string,
    @ZodParam('year', YearParam) year: number,
    @IdempotencyKey() key: string,
    @ZodBody(MemberDateRequest) body: MemberDateRequest,
  ): Promise<BlocView> {
    return this.blocs.register(user, id, year, key, body, true);
  }

  @Post(':id/years/:year/scoring')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mở chấm điểm (khi mọi đơn vị đã ký giao ước hoặc đã hết hạn)' })
  @ApiIdempotencyKey()
  openScoring(
    @CurrentUser() user: Principal,
    @ZodParam('id', BlocIdParam) id: string,
    @ZodParam('year', YearParam) year: number,
    @IdempotencyKey() key: string,
  ): Promise<BlocView> {
    return this.blocs.openScoring(user, id, year, key);
  }

  @Post(':id/years/:year/self-scores')
  @HttpCode(200)
  @ApiOperation({ summary: 'Biểu tự chấm điểm, kèm minh chứng (422 BLOC.SCORE_OUT_OF_RANGE)' })
  @ApiIdempotencyKey()
  selfScore(
    @CurrentUser() user: Principal,
    @ZodParam('id', BlocIdParam) id: string,
    @ZodParam('year', YearParam) year: number,
    @IdempotencyKey() key: string,
    @ZodBody(SelfScoreRequest) body: SelfScoreRequest,
  ): Promise<BlocView> {
    return this.blocs.selfScore(user, id, year, key, body);
  }

  @Post(':id/years/:year/cross-scores')
  @HttpCode(200)
  @ApiOperation({ summary: 'Chấm chéo (422 BLOC.CROSS_SCORE_SELF khi tự chấm mình)' })
  @ApiIdempotencyKey()
  crossScore(
    @CurrentUser() user: Principal,
    @ZodParam('id', BlocIdParam) id: string,
    @ZodParam('year', YearParam) year: number,
    @IdempotencyKey() key: string,
    @ZodBody(CrossScoreRequest) body: CrossScoreRequest,
  ): Promise<BlocView> {
    return this.blocs.crossScore(user, id, year, key, body);
  }

  @Post(':id/years/:year/review')
  @HttpCode(200)
  @ApiOperation({ summary: 'Trưởng khối rà soát và khóa kết quả chấm điểm trước khi bỏ phiếu' })
  @ApiIdempotencyKey()
  review(
    @CurrentUser() user: Principal,
    @ZodParam('id', BlocIdParam) id: string,
    @ZodParam('year', YearParam) year: number,
    @IdempotencyKey() key: string,
    @ZodBody(ReviewRequest) body: ReviewRequest,
  ): Promise<BlocView> {
    return this.blocs.review(user, id, year, key, body);
  }

  @Post(':id/years/:year/ballot')
  @HttpCode(200)
  @ApiOperation({ summary: 'Họp khối: điểm danh và kiểm phiếu suy tôn (422 BLOC.BALLOTS_EXCEED_PRESENT)' })
  @ApiIdempotencyKey()
  ballot(
    @CurrentUser() user: Principal,
    @ZodParam('id', BlocIdParam) id: string,
    @ZodParam('year', YearParam) year: number,
    @IdempotencyKey() key: string,
    @ZodBody(BallotRequest) body: BallotRequest,
  ): Promise<BlocView> {
    return this.blocs.ballot(user, id, year, key, body);
  }

  @Post(':id/years/:year/reason')
  @HttpCode(200)
  @ApiOperation({ summary: 'Lý do suy tôn đơn vị không có điểm cao nhất' })
  @ApiIdempotencyKey()
  reason(
    @CurrentUser() user: Principal,
    @ZodParam('id', BlocIdParam) id: string,
    @ZodParam('year', YearParam) year: number,
    @IdempotencyKey() key: string,
    @ZodBody(ReasonRequest) body: ReasonRequest,
  ): Promise<BlocView> {
    return this.blocs.reason(user, id, year, key, body);
  }

  @Post(':id/years/:year/proposal/nomination')
  @HttpCode(201)
  @ApiOperation({
    summary:
      'Hoàn thiện hồ sơ đề nghị Cờ thi đua của đơn vị dẫn đầu khối — the leading unit completes its flag dossier; the nomination starts with the biên bản attached',
  })
  @ApiIdempotencyKey()
  completeProposal(
    @CurrentUser() user: Principal,
    @ZodParam('id', BlocIdParam) id: string,
    @ZodParam('year', YearParam) year: number,
    @IdempotencyKey() key: string,
    @ZodBody(CompleteProposalRequest) body: CompleteProposalRequest,
  ): Promise<{ nominationId: string; bloc: BlocView }> {
    return this.blocs.completeProposal(user, id, year, key, body);
  }

  @Post(':id/years/:year/import')
  @HttpCode(200)
  @ApiOperation({ summary: 'Nhập kết quả một năm đã qua từ hồ sơ giấy' })
  @ApiIdempotencyKey()
  importYear(
    @CurrentUser() user: Principal,
    @ZodParam('id', BlocIdParam) id: string,
    @ZodParam('year', YearParam) year: number,
    @IdempotencyKey() key: string,
    @ZodBody(ImportYearRequest) body: ImportYearRequest,
  ): Promise<BlocView> {
    return this.blocs.importYear(user, id, year, key, body);
  }
}
