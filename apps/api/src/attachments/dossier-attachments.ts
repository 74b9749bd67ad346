import type { Kysely } from 'kysely';
import type { Database } from '@vinhdanh/db';
import type { Attachment } from '@vinhdanh/domain';
import { RequestValidationError, type FieldError } from '../errors/api-error';
import { findAttachment } from './attachments.repository';

/**
 * A dossier may only point at files that were really uploaded, with the checksum and size the server
 * computed: otherwise the record would claim a document nobody can produce. Entries without an
 * `attachmentId` (dossiers from before uploads) are described by their checksum alone.
 */
export async function assertDossierAttachmentsStored(
  db: Kysely<Database>,
  attachments: readonly Attachment[],
  path = 'dossier.attachments',
): Promise<void> {
  const errors: FieldError[] = [];
  for (const [i, a] of attachments.entries()) {
    if (!a.attachmentId) continue;
    const field = `${path}[${i}]`;
    const stored = await findAttachment(db, a.attachmentId);
    if (!stored) {
      errors.push(
        fieldError(
          `${field}.attachmentId`,
          'exists',
          `Không có tệp đính kèm "${a.attachmentId}" đã tải lên.`,
          `No uploaded attachment "${a.attachmentId}".`,
        ),
      );
    } else if (stored.sha256 !== a.sha256 || stored.sizeBytes !== a.sizeBytes) {
      errors.push(
        fieldError(
          `${field}.sha256`,
          'matches_upload',
          `Mã kiểm tra hoặc kích thước của "${a.name}" khác với tệp đã tải lên (${stored.sha256}, ${stored.sizeBytes} byte).`,
          `The checksum or size of "${a.name}" differs from the uploaded file (${stored.sha256}, ${stored.sizeBytes} bytes).`,
        ),
      );
    }
  }
  if (errors.length > 0) throw new RequestValidationError(errors);
}

function fieldError(field: string, rule: string, message: string, message_en: string): FieldError {
  return { field, in: 'body', rule, message, message_en };
}
