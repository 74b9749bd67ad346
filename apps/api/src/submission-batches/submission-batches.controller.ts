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
  BatchDocumentIdParam,
  CreateSubmissionBatchRequest,
  DecideSubmissionBatchRequest,
  GenerateToTrinhRequest,
  SubmissionBatchIdParam,
} from './submission-batches.schemas';
import {
  SubmissionBatchesService,
  type SubmissionBatchDecisionView,
  type SubmissionBatchSummaryView,
  type SubmissionBatchView,
} from './submission-batches.service';

/** Đề nghị: one tờ trình of a unit listing many nominees, each then its own nomination. */
@ApiTags('submission-batches')
@ApiBearerAuth()
@Controller('submission-batches')
export class SubmissionBatchesController {
  constructor(private readonly batches: SubmissionBatchesService) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: 'Gửi đề nghị theo danh sách — submit one proposal listing many nominees (nominator at the unit)',
    description:
      'Refused whole (422 BATCH.INVALID_ROWS) naming every bad row (row number, field, rule, Vietnamese message) ' +
      'unless skipInvalidRows is true. Each accepted row then starts its own nomination in the background; ' +
      'GET the batch for progress. The same Idempotency-Key answers with the same batch and resumes starting ' +
      'rows that have not started, never starting one twice.',
  })
  @ApiIdempotencyKey()
  submit(
    @CurrentUser() user: Principal,
    @IdempotencyKey() key: string,
    @ZodBody(CreateSubmissionBatchRequest) body: CreateSubmissionBatchRequest,
  ): Promise<SubmissionBatchView> {
    return this.batches.submit(user, key, body);
  }

  @Get()
  @ApiOperation({ summary: 'Danh sách đề nghị — batches of my units and the units below, with progress' })
  list(@CurrentUser() user: Principal): Promise<SubmissionBatchSummaryView[]> {
    return this.batches.list(user);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Một đề nghị — its rows, their nominations and statuses, and the progress' })
  get(
    @CurrentUser() user: Principal,
    @ZodParam('id', SubmissionBatchIdParam) id: string,
  ): Promise<SubmissionBatchView> {
    return this.batches.get(user, id);
  }

  @Post(':id/decisions')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Trả lại / chuyển cấp trên theo đề nghị — return or forward the batch, whole or the nominees picked',
    description:
      'One decision on the batch (recorded as an event with the tasks open now); each covered nomination is then ' +
      'decided by its own workflow through the inbox bulk path (reviewer or chair at its task’s unit), and what ' +
      'each did is recorded on the batch: `decisions[]` lists what was reached and every refusal by name, ' +
      '`unknown` the nominees a service outage left unsettled (repeat with the same Idempotency-Key). ' +
      'Without nominationIds the whole list: every nominee whose task awaits one of the caller’s units. ' +
      '422 BATCH.NOT_IN_BATCH names picks that are not started rows of the batch.',
  })
  @ApiIdempotencyKey()
  decide(
    @CurrentUser() user: Principal,
    @ZodParam('id', SubmissionBatchIdParam) id: string,
    @IdempotencyKey() key: string,
    @ZodBody(DecideSubmissionBatchRequest) body: DecideSubmissionBatchRequest,
  ): Promise<SubmissionBatchDecisionView> {
    return this.batches.decide(user, id, key, body);
  }

  @Post(':id/to-trinh')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Lập tờ trình (Mẫu 01) — PDF and DOCX from the batch, each checksum recorded as an event',
  })
  @ApiIdempotencyKey()
  toTrinh(
    @CurrentUser() user: Principal,
    @ZodParam('id', SubmissionBatchIdParam) id: string,
    @IdempotencyKey() _key: string,
    @ZodBody(GenerateToTrinhRequest) body: GenerateToTrinhRequest,
  ): Promise<SubmissionBatchView> {
    return this.batches.generateToTrinh(user, id, body);
  }

  @Get(':id/documents/:documentId')
  @ApiOperation({ summary: 'Tải tờ trình — the PDF/DOCX; X-Checksum-SHA256 is the checksum its event recorded' })
  async document(
    @CurrentUser() user: Principal,
    @ZodParam('id', SubmissionBatchIdParam) id: string,
    @ZodParam('documentId', BatchDocumentIdParam) documentId: string,
    @Res() res: HttpResponse,
  ): Promise<void> {
    const doc = await this.batches.document(user, id, documentId);
    sendGeneratedDocument(res, doc);
  }
}
