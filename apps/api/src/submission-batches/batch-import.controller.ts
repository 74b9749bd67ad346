import { Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiOperation, ApiProduces, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { safeString } from '@vinhdanh/domain';
import { XLSX_MEDIA_TYPE } from '@vinhdanh/spreadsheets';
import { CurrentUser } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import type { HttpRequest, HttpResponse } from '../core/http.types';
import { readRequestBytes } from '../core/request-bytes';
import { RequestValidationError } from '../errors/api-error';
import { attachmentHeader } from '../reports/report-download';
import { BatchImportService, type BatchImportPreview } from './batch-import.service';
import { MAX_BATCH_IMPORT_BYTES } from './batch-import.xlsx';
import type { SubmissionBatchView } from './submission-batches.service';

/** The đề nghị an uploaded list is for, in the query (the body is the workbook). */
const ImportQuery = z.strictObject({
  submittingUnitId: safeString({ error: 'submittingUnitId phải là mã đơn vị' })
    .trim()
    .min(1, { error: 'submittingUnitId không được để trống' })
    .max(128),
  campaignId: z.uuid({ error: 'campaignId phải là mã đợt thi đua (UUID)' }),
  submissionLetterNumber: safeString({ error: 'submissionLetterNumber phải là số tờ trình' })
    .trim()
    .min(1, { error: 'submissionLetterNumber (số tờ trình) không được để trống' })
    .max(64, { error: 'submissionLetterNumber dài quá 64 ký tự' }),
  toTrinhId: z.uuid({ error: 'toTrinhId phải là mã tệp đã tải lên (UUID)' }).optional(),
  bienBanId: z.uuid({ error: 'bienBanId phải là mã tệp đã tải lên (UUID)' }).optional(),
  dryRun: z.enum(['true', 'false'], { error: 'dryRun phải là true hoặc false' }).default('false'),
  skipInvalidRows: z.enum(['true', 'false'], { error: 'skipInvalidRows phải là true hoặc false' }).default('false'),
});

/** Đề nghị từ Excel: the nominee list of a batch filled in the template and uploaded. */
@ApiTags('submission-batches')
@ApiBearerAuth()
@Controller('submission-batches/import')
export class BatchImportController {
  constructor(private readonly imports: BatchImportService) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Nhập danh sách đề nghị từ Excel (.xlsx) — a batch’s nominees from the template (nominator at the unit)',
    description:
      `Body: the workbook (Content-Type ${XLSX_MEDIA_TYPE}, ≤ 10 MB, sheet "Danh sách đề nghị" as in GET ` +
      '/submission-batches/import/template). Query: the batch (submittingUnitId, campaignId, submissionLetterNumber) ' +
      'and the uploaded tờ trình and minutes (toTrinhId, bienBanId; files of POST /attachments). Every row is checked ' +
      'first (the sheet: merged cells, formulas, numbers, choices; then the batch rules): any problem → 400 ' +
      'REQUEST.INVALID_ROWS naming each row, column and rule in Vietnamese, nothing written. dryRun=true answers the ' +
      'nominees the batch would hold. skipInvalidRows=true (the user’s explicit choice) leaves the bad rows out instead ' +
      'of refusing the file, while at least one good row remains: a dry run lists them in `skipped`, a submission ' +
      'records them in the batch’s event and answers them in `skippedRows`. Otherwise the batch is submitted as by POST /submission-batches, keyed by the ' +
      'file and the query: the same file uploaded twice answers the same batch and starts nothing twice.',
  })
  @ApiConsumes(XLSX_MEDIA_TYPE)
  @ApiQuery({ name: 'dryRun', required: false, enum: ['true', 'false'] })
  @ApiQuery({ name: 'skipInvalidRows', required: false, enum: ['true', 'false'] })
  @ApiResponse({
    status: 400,
    description: 'REQUEST.INVALID_ROWS, REQUEST.NOT_A_SPREADSHEET, REQUEST.WRONG_SHEET, REQUEST.TOO_LARGE…',
  })
  async import(
    @CurrentUser() user: Principal,
    @Req() req: HttpRequest,
  ): Promise<BatchImportPreview | SubmissionBatchView> {
    const query = ImportQuery.safeParse(req.query);
    if (!query.success) {
      throw new RequestValidationError(
        query.error.issues.map((i) => ({
          field: i.path.join('.') || '(query)',
          in: 'query' as const,
          rule: i.code,
          message: i.code === 'unrecognized_keys' ? `Tham số không có: ${i.keys.join(', ')}.` : `${i.message}.`,
          message_en: i.message,
        })),
      );
    }
    const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== XLSX_MEDIA_TYPE) {
      throw new RequestValidationError([
        {
          field: '(body)',
          in: 'body',
          rule: 'media-type',
          message: 'Gửi tệp Excel (.xlsx) theo mẫu "Danh sách đề nghị".',
          message_en: `Send an .xlsx workbook (${XLSX_MEDIA_TYPE}).`,
        },
      ]);
    }
    const { dryRun, skipInvalidRows, ...target } = query.data;
    return this.imports.importXlsx(user, await readRequestBytes(req, MAX_BATCH_IMPORT_BYTES), target, {
      dryRun: dryRun === 'true',
      skipInvalidRows: skipInvalidRows === 'true',
    });
  }

  @Get('template')
  @ApiOperation({ summary: 'Mẫu danh sách đề nghị (.xlsx) — the nominee-list template, with instructions' })
  @ApiProduces(XLSX_MEDIA_TYPE)
  async template(@Res() res: HttpResponse): Promise<void> {
    const bytes = await this.imports.template();
    res.setHeader('Content-Type', XLSX_MEDIA_TYPE);
    res.setHeader('Content-Disposition', attachmentHeader('Mẫu danh sách đề nghị khen thưởng', 'xlsx'));
    res.end(bytes);
  }
}
