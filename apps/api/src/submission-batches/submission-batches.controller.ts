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
  GenerateToTrinhRequest,
  SubmissionBatchIdParam,
} from './submission-batches.schemas';
import {
  SubmissionBatchesService,
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
