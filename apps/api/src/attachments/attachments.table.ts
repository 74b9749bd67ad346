import type { ColumnType, Kysely, Selectable } from 'kysely';
import type { Database } from '@vinhdanh/db';

/** A stored attachment file (migration 0750): the bytes, their server-computed SHA-256 and who uploaded them. */
export interface AttachmentsTable {
  id: string;
  sha256: string;
  size_bytes: number;
  content_type: string;
  file_name: string;
  content: Buffer;
  uploaded_by: string;
  uploaded_at: ColumnType<Date, string, never>;
  idempotency_key: string;
}

/** An attachment row as read. */
export type AttachmentRow = Selectable<AttachmentsTable>;

/** The application database plus the attachments table (kept here: only this module touches it). */
export type AttachmentsDatabase = Database & { attachments: AttachmentsTable };

/** The shared Kysely instance, typed with the attachments table. */
export function withAttachments(db: Kysely<Database>): Kysely<AttachmentsDatabase> {
  return db.withTables<{ attachments: AttachmentsTable }>();
}
