import { Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiOperation,
  ApiProduces,
  ApiQuery,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import { XLSX_MEDIA_TYPE } from '@vinhdanh/spreadsheets';
import { z } from 'zod';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import type { HttpRequest, HttpResponse } from '../core/http.types';
import { readRequestBytes } from '../core/request-bytes';
import { ApiError, RequestValidationError } from '../errors/api-error';
import { IdempotencyKey } from '../nominations/idempotency';
import { ApiIdempotencyKey } from '../nominations/openapi.examples';
import { AwardHistoryService, MAX_IMPORT_ROWS, type AwardHistoryImportResult } from './award-history.service';
import { awardHistoryFromXlsx, awardHistoryTemplate, MAX_XLSX_BYTES } from './award-history.xlsx';

const MAX_CSV_BYTES = 5 * 1024 * 1024;
const JsonRows = z.object({ rows: z.array(z.unknown()) });
const DryRun = z
  .enum(['true', 'false'], { error: 'dryRun phải là true hoặc false (must be true or false)' })
  .optional()
  .transform((v) => v === 'true');

/** Reads a text body the JSON parser left alone (text/csv), up to a limit. */
async function readText(req: HttpRequest): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buf.length;
    if (size > MAX_CSV_BYTES) {
      throw new ApiError(
        'REQUEST.TOO_LARGE',
        `Tệp quá lớn (tối đa ${MAX_CSV_BYTES / 1024 / 1024} MB).`,
        `The file is too large (at most ${MAX_CSV_BYTES / 1024 / 1024} MB).`,
      );
    }
    chunks.push(buf);
  }
  try {
    // Strict: a file that is not UTF-8 is refused rather than imported with U+FFFD in its names.
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new RequestValidationError([
      {
        field: '(root)',
        in: 'body',
        rule: 'encoding',
        message: 'Tệp phải là văn bản UTF-8.',
        message_en: 'The file must be UTF-8 text.',
      },
    ]);
  }
}

/** Lịch sử khen thưởng: award records from before the engine (paper books), used by the eligibility checks. */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/award-history')
export class AwardHistoryController {
  constructor(private readonly awardHistory: AwardHistoryService) {}

  @Post('import')
  @HttpCode(200)
  @RequirePermission('admin.system')
  @ApiOperation({
    summary: 'Nhập lịch sử khen thưởng — import award records (system admin)',
    description:
      'text/csv with a header row person_key,award_code,year,theme,decision_number,issuer,source (theme, ' +
      'decision_number, issuer optional), or JSON { rows: [{ personKey, awardCode, year, … }] }. Every row is ' +
      'checked first: any invalid row → 400 REQUEST.INVALID_ROWS naming each row and field, nothing imported. ' +
      'Idempotent: rows are upserted on (person_key, award_code, year, theme), so importing a file twice ' +
      'changes nothing. Eligibility matches them to nominees by personKey. An .xlsx (Content-Type ' +
      `${XLSX_MEDIA_TYPE}, ≤ 10 MB, sheet "Lịch sử khen thưởng" as in GET /admin/award-history/template) is read ` +
      'with the same checks plus the sheet’s: merged cells, formulas, text that is not a number, Vietnamese ' +
      'messages naming each row (sheet row number) and column. dryRun=true answers the counts without writing.',
  })
  @ApiIdempotencyKey()
  @ApiConsumes('text/csv', 'application/json', XLSX_MEDIA_TYPE)
  @ApiQuery({
    name: 'dryRun',
    required: false,
    enum: ['true', 'false'],
    description: 'true: check every row and answer what would be inserted or updated, writing nothing',
  })
  @ApiBody({
    schema: { type: 'string' },
    examples: {
      csv: {
        value:
          'person_key,award_code,year,theme,decision_number,issuer,source\n' +
          'CD-0123456,BK_TINH,2024,,125/QĐ-LĐLĐ,LĐLĐ tỉnh Cao Bằng,Sổ khen thưởng 2024\n',
      },
    },
  })
  @ApiResponse({ status: 200, content: { 'application/json': { example: { rows: 1, inserted: 1, updated: 0 } } } })
  @ApiResponse({ status: 400, description: 'REQUEST.INVALID_ROWS (errors[].field = rows[<n>].<field>).' })
  async import(
    @CurrentUser() user: Principal,
    @IdempotencyKey() _key: string,
    @Req() req: HttpRequest,
  ): Promise<AwardHistoryImportResult> {
    const dry = DryRun.safeParse(req.query['dryRun']);
    if (!dry.success) {
      throw new RequestValidationError([
        {
          field: 'dryRun',
          in: 'query',
          rule: 'enum',
          message: 'dryRun phải là true hoặc false.',
          message_en: 'dryRun must be true or false.',
        },
      ]);
    }
    const options = { dryRun: dry.data };
    const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (type === XLSX_MEDIA_TYPE) {
      const records = await awardHistoryFromXlsx(await readRequestBytes(req, MAX_XLSX_BYTES), MAX_IMPORT_ROWS);
      return this.awardHistory.importRows(user, { records }, options);
    }
    if (type === 'text/csv' || type === 'text/plain')
      return this.awardHistory.importRows(user, { csv: await readText(req) }, options);
    const parsed = JsonRows.safeParse((req as HttpRequest & { body?: unknown }).body);
    if (!parsed.success) {
      throw new RequestValidationError([
        {
          field: 'rows',
          in: 'body',
          rule: 'required',
          message: 'Gửi text/csv, hoặc JSON { rows: [...] }.',
          message_en: 'Send text/csv, or JSON { rows: [...] }.',
        },
      ]);
    }
    return this.awardHistory.importRows(user, { rows: parsed.data.rows }, options);
  }

  @Get('template')
  @RequirePermission('admin.system')
  @ApiOperation({
    summary: 'Mẫu nhập lịch sử khen thưởng (.xlsx) — the template of the award-history import, with instructions',
  })
  @ApiProduces(XLSX_MEDIA_TYPE)
  async template(@Res() res: HttpResponse): Promise<void> {
    const bytes = await awardHistoryTemplate(MAX_IMPORT_ROWS);
    res.setHeader('Content-Type', XLSX_MEDIA_TYPE);
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="mau-lich-su-khen-thuong.xlsx"; filename*=UTF-8''${encodeURIComponent('mẫu-lịch-sử-khen-thưởng.xlsx')}`,
    );
    res.end(bytes);
  }
}
