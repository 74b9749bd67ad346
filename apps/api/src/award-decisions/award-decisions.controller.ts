import { Controller, Get, HttpCode, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { sendGeneratedDocument } from '../documents/send-generated-document';
import { CurrentUser } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import type { HttpResponse } from '../core/http.types';
import { IdempotencyKey } from '../nominations/idempotency';
import { ApiIdempotencyKey } from '../nominations/openapi.examples';
import { ZodBody, ZodParam, ZodQuery } from '../validation/zod.pipe';
import {
  DecisionIdParam,
  DocumentIdParam,
  IssueAwardDecisionRequest,
  LinkSignedCopyRequest,
  RevokeByDecisionRequest,
  ListAwardDecisionsQuery,
  ReadyNominationsQuery,
} from './award-decisions.schemas';
import { AwardDecisionsService } from './award-decisions.service';
import type { AwardDecisionSummary, AwardDecisionView, ReadyNomination } from './award-decisions.view';

/** Quyết định khen thưởng: one numbered decision with an annex covering many nominations. */
@ApiTags('award-decisions')
@ApiBearerAuth()
@Controller('award-decisions')
export class AwardDecisionsController {
  constructor(private readonly decisions: AwardDecisionsService) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary:
      'Ban hành quyết định khen thưởng — issue one decision covering many nominations (chair of the issuing unit)',
    description:
      'The number is the next of the issuing unit’s register for the year (never reused, never skipped: taken in the ' +
      'transaction that writes AwardDecisionIssued), followed by the symbol (default by the unit’s level, e.g. QĐ-TLĐ). ' +
      'Every listed nomination must wait for the granting sign-off at the issuing unit; otherwise 422 ' +
      'AWARD_DECISION.NOT_READY with errors[] naming each one (field nominationIds[i], rule). Each covered nomination ' +
      'is then granted by this decision exactly once (its NominationGranted carries the decision id), and the ' +
      'decision’s PDF and DOCX are generated with their SHA-256 recorded as events. The same Idempotency-Key returns ' +
      'the same decision (and retries grants that had not gone through).',
  })
  @ApiIdempotencyKey()
  @ApiBody({
    schema: {
      example: {
        issuingUnitId: 'tong-ldld',
        date: '2026-12-20',
        place: 'Hà Nội',
        signer: { capacity: 'TM. Đoàn Chủ tịch', title: 'Chủ tịch', name: 'Trần Văn Thành' },
        subject: 'Về việc tặng Bằng khen năm 2026',
        legalBases: ['Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15;'],
        proposal: 'Xét đề nghị của Hội đồng Thi đua – Khen thưởng Tổng Liên đoàn,',
        awardName: 'Bằng khen của Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam',
        reason: 'đã có thành tích xuất sắc trong phong trào thi đua năm 2026.',
        amounts: { person: 1490000, collective: 2980000 },
        nominationIds: ['6f1f7a4e-0c1b-4d8e-9a53-3f0b8f0c2d11'],
      },
    },
  })
  issue(
    @CurrentUser() user: Principal,
    @IdempotencyKey() key: string,
    @ZodBody(IssueAwardDecisionRequest) body: IssueAwardDecisionRequest,
  ): Promise<AwardDecisionView> {
    return this.decisions.issue(user, key, body);
  }

  @Get()
  @ApiOperation({ summary: 'Sổ quyết định — decisions of my units (all for oversight), newest first' })
  @ApiQuery({ name: 'issuingUnitId', required: false, example: 'tong-ldld' })
  list(
    @CurrentUser() user: Principal,
    @ZodQuery(ListAwardDecisionsQuery) query: ListAwardDecisionsQuery,
  ): Promise<AwardDecisionSummary[]> {
    return this.decisions.list(user, query.issuingUnitId);
  }

  @Get('ready-nominations')
  @ApiOperation({
    summary:
      'Đề nghị chờ quyết định — nominations waiting only for the granting sign-off at the unit (the issue’s own check)',
  })
  @ApiQuery({ name: 'issuingUnitId', required: true, example: 'tong-ldld' })
  ready(
    @CurrentUser() user: Principal,
    @ZodQuery(ReadyNominationsQuery) query: ReadyNominationsQuery,
  ): Promise<ReadyNomination[]> {
    return this.decisions.readyNominations(user, query.issuingUnitId);
  }

  @Get(':id')
  @ApiOperation({
    summary: 'Một quyết định — number, annex (granted, certificate), progress, documents with checksums, signed copies',
  })
  get(@CurrentUser() user: Principal, @ZodParam('id', DecisionIdParam) id: string): Promise<AwardDecisionView> {
    return this.decisions.get(user, id);
  }

  @Post(':id/grants')
  @HttpCode(200)
  @ApiOperation({ summary: 'Gửi lại khen thưởng — re-send the grants that did not go through (each nomination once)' })
  @ApiIdempotencyKey()
  retryGrants(
    @CurrentUser() user: Principal,
    @ZodParam('id', DecisionIdParam) id: string,
    @IdempotencyKey() _key: string,
  ): Promise<AwardDecisionView> {
    return this.decisions.retryGrants(user, id);
  }

  @Get(':id/documents/:documentId')
  @ApiOperation({
    summary:
      'Tải tài liệu — download a generated PDF/DOCX (quyết định, Bằng khen, Giấy khen); X-Checksum-SHA256 header',
  })
  async document(
    @CurrentUser() user: Principal,
    @ZodParam('id', DecisionIdParam) id: string,
    @ZodParam('documentId', DocumentIdParam) documentId: string,
    @Res() res: HttpResponse,
  ): Promise<void> {
    const doc = await this.decisions.document(user, id, documentId);
    sendGeneratedDocument(res, doc);
  }

  @Post(':id/signed-copy')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Gắn bản ký, đóng dấu — link the signed and stamped scan (uploaded first with POST /attachments)',
  })
  @ApiIdempotencyKey()
  linkSignedCopy(
    @CurrentUser() user: Principal,
    @ZodParam('id', DecisionIdParam) id: string,
    @IdempotencyKey() _key: string,
    @ZodBody(LinkSignedCopyRequest) body: LinkSignedCopyRequest,
  ): Promise<AwardDecisionView> {
    return this.decisions.linkSignedCopy(user, id, body);
  }

  @Post(':id/revocations')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Thu hồi theo quyết định — a quyết định thu hồi revoking awards this decision granted (its chair)',
    description:
      'The revocation (number, date, reason; the listed nominations or, without nominationIds, every one this ' +
      'decision granted) is recorded on this decision as an event, then each nomination is revoked once by its ' +
      'own stream (its NominationRevoked names the revoking number and this decision as the grant). ' +
      '422 AWARD_DECISION.NOT_REVOCABLE names each line that is not on the annex, not granted by it, or already ' +
      'revoked. `refused` lists nominations whose own rules refused (named); repeat with the same Idempotency-Key.',
  })
  @ApiIdempotencyKey()
  revoke(
    @CurrentUser() user: Principal,
    @ZodParam('id', DecisionIdParam) id: string,
    @IdempotencyKey() key: string,
    @ZodBody(RevokeByDecisionRequest) body: RevokeByDecisionRequest,
  ): Promise<AwardDecisionView & { refused: { nominationId: string; nomineeName: string; message: string }[] }> {
    return this.decisions.revoke(user, id, key, body);
  }

  @Post(':id/certificates')
  @HttpCode(202)
  @ApiOperation({
    summary: 'In bằng, giấy khen — start the print run, one certificate (PDF and DOCX) per annex line',
    description:
      'A Temporal workflow renders the certificates in chunks and survives a worker restart (no duplicate, no gap). ' +
      'Progress: GET /award-decisions/:id (progress.certificatesPrinted, each line’s certificate links).',
  })
  @ApiIdempotencyKey()
  startPrint(
    @CurrentUser() user: Principal,
    @ZodParam('id', DecisionIdParam) id: string,
    @IdempotencyKey() _key: string,
  ): Promise<{ workflowId: string; progress: AwardDecisionView['progress'] }> {
    return this.decisions.startPrint(user, id);
  }
}
