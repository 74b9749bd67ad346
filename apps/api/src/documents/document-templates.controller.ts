import { Controller, Get, Inject, Put, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '@vinhdanh/db';
import {
  DOCUMENT_KIND_LABELS,
  DocumentKind,
  MEDIA_TYPES,
  PLACEHOLDERS,
  defaultDocxTemplate,
  sha256Hex,
  validateDocxTemplate,
} from '@vinhdanh/documents';
import { CurrentUser } from '../auth/auth.decorators';
import { assertMay } from '../auth/policy';
import type { Principal } from '../auth/principal';
import { CLOCK, DB, type Clock } from '../core/tokens';
import type { HttpRequest, HttpResponse } from '../core/http.types';
import { ApiError } from '../errors/api-error';
import { readLimitedBody } from '../attachments/attachment-content';
import { ZodParam } from '../validation/zod.pipe';

const KindParam = z.enum(DocumentKind.options, { error: `loại tài liệu: ${DocumentKind.options.join(', ')}` });
const UnitParam = z.string().trim().min(1).max(128);

/**
 * Mẫu văn bản: each unit may replace the DOCX template of a document kind without a code change.
 * A replacement is checked at upload: every placeholder the kind fills must be there and nothing
 * else, so a template can never fail at print time.
 */
@ApiTags('documents')
@ApiBearerAuth()
@Controller('document-templates')
export class DocumentTemplatesController {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get(':unitId')
  @ApiOperation({ summary: 'Mẫu văn bản của đơn vị — each kind, its placeholders, and whether the unit replaced it' })
  async list(@ZodParam('unitId', UnitParam) unitId: string) {
    const rows = await sql<{ kind: string; sha256: string; file_name: string; uploaded_at: Date }>`
      select kind, sha256, file_name, uploaded_at from document_templates where unit_id = ${unitId}`.execute(this.db);
    const custom = new Map(rows.rows.map((r) => [r.kind, r]));
    return DocumentKind.options.map((kind) => {
      const row = custom.get(kind);
      return {
        kind,
        label: DOCUMENT_KIND_LABELS[kind],
        placeholders: PLACEHOLDERS[kind],
        replaced: row
          ? { sha256: row.sha256, fileName: row.file_name, uploadedAt: row.uploaded_at.toISOString() }
          : null,
      };
    });
  }

  @Get(':unitId/:kind')
  @ApiOperation({ summary: 'Tải mẫu — the DOCX template in use (the unit’s replacement, else the default)' })
  async download(
    @ZodParam('unitId', UnitParam) unitId: string,
    @ZodParam('kind', KindParam) kind: DocumentKind,
    @Res() res: HttpResponse,
  ): Promise<void> {
    const row = await sql<{ content: Buffer }>`
      select content from document_templates where unit_id = ${unitId} and kind = ${kind}`.execute(this.db);
    res.setHeader('Content-Type', MEDIA_TYPES.docx);
    res.setHeader('Content-Disposition', `attachment; filename="${kind}.docx"`);
    res.end(row.rows[0]?.content ?? defaultDocxTemplate(kind));
  }

  @Put(':unitId/:kind')
  @ApiOperation({
    summary: 'Thay mẫu — replace a kind’s DOCX template for the unit (unit admin or chair there; system admin)',
    description:
      'Body: the .docx bytes (Content-Type application/vnd.openxmlformats-officedocument.wordprocessingml.document). ' +
      '422 DOCUMENT_TEMPLATE.INVALID with errors[] naming each missing placeholder ({nguoiKy}, {#phuLuc}, ' +
      'phuLuc.soTien), each unknown one, or an unreadable file.',
  })
  @ApiHeader({ name: 'X-File-Name', required: false, example: 'quyet-dinh-ldld.docx' })
  async replace(
    @CurrentUser() user: Principal,
    @ZodParam('unitId', UnitParam) unitId: string,
    @ZodParam('kind', KindParam) kind: DocumentKind,
    @Req() req: HttpRequest,
  ) {
    assertMay(user, 'documentTemplate.edit', unitId);
    const body = await readLimitedBody(req);
    const problems = validateDocxTemplate(kind, body);
    if (problems.length) {
      throw new ApiError(
        'DOCUMENT_TEMPLATE.INVALID',
        `Mẫu ${DOCUMENT_KIND_LABELS[kind]} không dùng được: ${problems.map((p) => p.message).join(' ')}`,
        `The template cannot be used: ${problems.map((p) => p.message_en).join(' ')}`,
        { kind },
        problems.map((p) => ({
          field: p.placeholder ? `template.{${p.placeholder}}` : 'template',
          in: 'body' as const,
          rule: p.rule,
          message: p.message,
          message_en: p.message_en,
        })),
      );
    }
    const sha256 = sha256Hex(body);
    const name = String(req.headers['x-file-name'] ?? `${kind}.docx`);
    await sql`insert into document_templates (unit_id, kind, file_name, sha256, content, uploaded_by, uploaded_at)
      values (${unitId}, ${kind}, ${decodeURIComponent(name)}, ${sha256}, ${body}, ${user.id}, ${this.clock().toISOString()})
      on conflict (unit_id, kind) do update set file_name = excluded.file_name, sha256 = excluded.sha256,
        content = excluded.content, uploaded_by = excluded.uploaded_by, uploaded_at = excluded.uploaded_at`.execute(
      this.db,
    );
    return { unitId, kind, sha256, size: body.length };
  }
}
