import { Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiOperation, ApiProduces, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { XLSX_MEDIA_TYPE } from '@vinhdanh/spreadsheets';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import type { HttpRequest, HttpResponse } from '../core/http.types';
import { readRequestBytes } from '../core/request-bytes';
import { RequestValidationError } from '../errors/api-error';
import { MAX_ORG_IMPORT_BYTES, OrgImportService, type OrgImportResult } from './org-import.service';

/** Cơ cấu tổ chức: import units from an .xlsx through the unit administration commands. */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/org-import')
export class OrgImportController {
  constructor(private readonly imports: OrgImportService) {}

  @Post()
  @HttpCode(200)
  @RequirePermission('admin.org')
  @ApiOperation({
    summary: 'Nhập cơ cấu tổ chức (.xlsx) — create, rename and re-parent units from a workbook',
    description:
      `Body: the workbook (Content-Type ${XLSX_MEDIA_TYPE}, ≤ 10 MB, sheet "Cơ cấu tổ chức" as in GET ` +
      '/admin/org-import/template). Every row is checked first (sheet rules: merged cells, formulas, dates, numbers; ' +
      'then codes, kinds, parents, levels, the whole tree after the import, and the caller’s scope): any problem → ' +
      '400 REQUEST.INVALID_ROWS naming each row, column and rule in Vietnamese, nothing written. Then each change ' +
      'goes through the unit commands (UnitCreated, UnitRenamed, UnitReparented events). A code already in the tree ' +
      'updates that unit; rows already so are unchanged, so the same file twice creates nothing twice. ' +
      'dryRun=true answers the changes without writing.',
  })
  @ApiConsumes(XLSX_MEDIA_TYPE)
  @ApiQuery({ name: 'dryRun', required: false, enum: ['true', 'false'] })
  @ApiResponse({
    status: 200,
    content: {
      'application/json': {
        example: {
          rows: 1,
          created: 1,
          renamed: 0,
          moved: 0,
          unchanged: 0,
          changes: [
            {
              row: 2,
              code: 'CB-XHA-MNHA',
              action: 'create',
              description:
                'Thêm "Công đoàn cơ sở Trường Mầm non Hòa An" (mã CB-XHA-MNHA) trực thuộc mã CB-XHA từ ngày 01/07/2025',
            },
          ],
        },
      },
    },
  })
  @ApiResponse({
    status: 400,
    description: 'REQUEST.INVALID_ROWS, REQUEST.NOT_A_SPREADSHEET, REQUEST.WRONG_SHEET, REQUEST.TOO_LARGE…',
  })
  async import(@CurrentUser() user: Principal, @Req() req: HttpRequest): Promise<OrgImportResult> {
    const dry = req.query['dryRun'];
    if (dry !== undefined && dry !== 'true' && dry !== 'false') {
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
    const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== XLSX_MEDIA_TYPE) {
      throw new RequestValidationError([
        {
          field: '(body)',
          in: 'body',
          rule: 'media-type',
          message: 'Gửi tệp Excel (.xlsx) theo mẫu "Cơ cấu tổ chức".',
          message_en: `Send an .xlsx workbook (${XLSX_MEDIA_TYPE}).`,
        },
      ]);
    }
    return this.imports.importXlsx(user, await readRequestBytes(req, MAX_ORG_IMPORT_BYTES), { dryRun: dry === 'true' });
  }

  @Get('template')
  @RequirePermission('admin.org')
  @ApiOperation({ summary: 'Mẫu nhập cơ cấu tổ chức (.xlsx) — the template of the org-tree import, with instructions' })
  @ApiProduces(XLSX_MEDIA_TYPE)
  async template(@Res() res: HttpResponse): Promise<void> {
    const bytes = await this.imports.template();
    res.setHeader('Content-Type', XLSX_MEDIA_TYPE);
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="mau-nhap-co-cau-to-chuc.xlsx"; filename*=UTF-8''${encodeURIComponent('mẫu-nhập-cơ-cấu-tổ-chức.xlsx')}`,
    );
    res.end(bytes);
  }
}
