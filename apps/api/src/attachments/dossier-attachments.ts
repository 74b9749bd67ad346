import type { Kysely } from 'kysely';
import type { Database } from '@vinhdanh/db';
import type { Attachment } from '@vinhdanh/domain';
import type { Principal } from '../auth/principal';
import { RequestValidationError, type FieldError } from '../errors/api-error';
import { attachmentVisibleTo } from './attachment-access';
import { findAttachment } from './attachments.repository';

/**
 * A dossier may only point at files that were really uploaded, with the checksum and size the server
 * computed: otherwise the record would claim a document nobody can produce. And only at files the
 * caller may see: uploaded by someone of the dossier's unit (`unitId`), or listed by a nomination
 * the caller may read. A file the caller may not see is refused exactly like one that does not
 * exist, and no error ever tells a stored checksum or size, so an id learnt elsewhere reveals
 * nothing and cannot be claimed. Entries without an `attachmentId` (dossiers from before uploads)
 * are described by their checksum alone.
 */
export async function assertDossierAttachmentsStored(
  db: Kysely<Database>,
  attachments: readonly Attachment[],
  citing: { user: Principal; unitId: string; now: Date },
  path = 'dossier.attachments',
): Promise<void> {
  const errors: FieldError[] = [];
  for (const [i, a] of attachments.entries()) {
    if (!a.attachmentId) continue;
    const field = `${path}[${i}]`;
    const stored = await findAttachment(db, a.attachmentId);
    if (!stored || !(await attachmentVisibleTo(db, citing.user, stored, citing.unitId, citing.now))) {
      errors.push(
        fieldError(
          `${field}.attachmentId`,
          'exists',
          `Không có tệp đính kèm "${a.name}" nào do đơn vị tải lên với mã này.`,
          `No attachment "${a.name}" uploaded by the unit has this id.`,
        ),
      );
    } else if (stored.sha256 !== a.sha256 || stored.sizeBytes !== a.sizeBytes) {
      errors.push(
        fieldError(
          `${field}.sha256`,
          'matches_upload',
          `Mã kiểm tra hoặc kích thước của "${a.name}" khác với tệp đã tải lên; hãy tải lên lại hoặc chọn lại tệp.`,
          `The checksum or size of "${a.name}" differs from the uploaded file; upload or choose the file again.`,
        ),
      );
    }
  }
  if (errors.length > 0) throw new RequestValidationError(errors);
}

function fieldError(field: string, rule: string, message: string, message_en: string): FieldError {
  return { field, in: 'body', rule, message, message_en };
}
