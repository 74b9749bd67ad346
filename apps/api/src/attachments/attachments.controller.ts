import { Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '@vinhdanh/db';
import { CurrentUser } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { CLOCK, DB, type Clock } from '../core/tokens';
import type { HttpRequest, HttpResponse } from '../core/http.types';
import { ResourceNotFoundError } from '../errors/api-error';
import { IdempotencyKey } from '../nominations/idempotency';
import { ZodParam } from '../validation/zod.pipe';
import {
  acceptedContentType,
  assertContentMatchesType,
  assertNameMatchesType,
  fileNameOf,
  readLimitedBody,
} from './attachment-content';
import { attachmentReadableBy } from './attachment-access';
import { ALLOWED_TYPES, MAX_ATTACHMENT_BYTES } from './attachment-types';
import { attachmentContent, findAttachment, storeAttachment, type AttachmentInfo } from './attachments.repository';

const AttachmentIdParam = z.uuid({ error: 'id must be an attachment id (UUID)' });

/** Tài liệu kèm theo: the files a dossier lists, uploaded before the nomination is submitted. */
@ApiTags('attachments')
@ApiBearerAuth()
@Controller('attachments')
export class AttachmentsController {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: 'Tải tệp lên — upload one attachment as the raw body (any signed-in user)',
    description:
      `Body: the file's bytes; Content-Type one of ${Object.keys(ALLOWED_TYPES).join(', ')} and matching the ` +
      `file's signature; X-File-Name: the name, percent-encoded UTF-8, with a matching extension. At most ` +
      `${MAX_ATTACHMENT_BYTES} bytes (413 beyond). The SHA-256 is computed by the server; put the answer's id ` +
      'and sha256 in the dossier (attachments[].attachmentId, sha256). The Idempotency-Key makes a retry return ' +
      'the stored file.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: true, example: 'upload-4f1c2a7e' })
  @ApiHeader({ name: 'X-File-Name', required: true, example: encodeURIComponent('Tờ trình 2026.pdf') })
  @ApiResponse({
    status: 201,
    content: {
      'application/json': {
        example: {
          id: '0b6c7a3e-5f2d-4a49-9a51-3d2f8e7c1a20',
          sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
          sizeBytes: 182034,
          contentType: 'application/pdf',
          fileName: 'Tờ trình 2026.pdf',
          uploadedAt: '2026-06-15T03:00:00.000Z',
        },
      },
    },
  })
  @ApiResponse({ status: 413, description: 'ATTACHMENT.TOO_LARGE (errors[0].field = "body").' })
  @ApiResponse({ status: 415, description: 'ATTACHMENT.UNSUPPORTED_TYPE (errors[0].field = "Content-Type").' })
  @ApiResponse({ status: 400, description: 'X-File-Name missing or with a wrong extension; content not of its type.' })
  async upload(
    @CurrentUser() user: Principal,
    @IdempotencyKey() key: string,
    @Req() req: HttpRequest,
  ): Promise<AttachmentInfo> {
    const contentType = acceptedContentType(req.headers['content-type']);
    const fileName = fileNameOf(req.headers['x-file-name']);
    assertNameMatchesType(fileName, contentType);
    const content = await readLimitedBody(req);
    await assertContentMatchesType(content, contentType);
    return storeAttachment(this.db, {
      content,
      contentType,
      fileName,
      uploadedBy: user.id,
      idempotencyKey: key,
      now: this.clock(),
    });
  }

  @Get(':id')
  @ApiOperation({
    summary: 'Tải tệp về — download an attachment',
    description:
      'For its uploader, and for anyone who may read a nomination whose dossier lists it (same id and sha256). ' +
      'Repr-Digest carries the SHA-256 so the client can check what it received.',
  })
  @ApiResponse({ status: 200, description: 'The bytes, with Content-Type and Content-Disposition.' })
  @ApiResponse({ status: 404, description: 'ATTACHMENT.NOT_FOUND (also for a file the caller may not read)' })
  async download(
    @CurrentUser() user: Principal,
    @ZodParam('id', AttachmentIdParam) id: string,
    @Res() res: HttpResponse,
  ): Promise<void> {
    const found = await findAttachment(this.db, id);
    // A file the caller may not read is answered like one that does not exist: an id proves nothing.
    if (!found || !(await attachmentReadableBy(this.db, user, found))) {
      throw new ResourceNotFoundError('ATTACHMENT', id, 'tệp đính kèm');
    }
    const content = await attachmentContent(this.db, id);
    res.setHeader('Content-Type', found.contentType);
    res.setHeader('Content-Length', String(content.length));
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="${found.fileName.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(found.fileName)}`,
    );
    res.setHeader('Repr-Digest', `sha-256=:${Buffer.from(found.sha256, 'hex').toString('base64')}:`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-store');
    res.statusCode = 200;
    res.end(content);
  }
}
