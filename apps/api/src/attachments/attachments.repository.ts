import { createHash, randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '@vinhdanh/db';
import { AttachmentKeyReusedError } from './attachments.errors';
import { withAttachments, type AttachmentRow } from './attachments.table';

/** What an upload answers, and what the dossier stores about the file. */
export interface AttachmentInfo {
  id: string;
  sha256: string;
  sizeBytes: number;
  contentType: string;
  fileName: string;
  uploadedAt: string;
}

const INFO_COLUMNS = ['id', 'sha256', 'size_bytes', 'content_type', 'file_name', 'uploaded_at', 'uploaded_by'] as const;

function info(r: Omit<AttachmentRow, 'content' | 'idempotency_key'>): AttachmentInfo {
  return {
    id: r.id,
    sha256: r.sha256,
    sizeBytes: r.size_bytes,
    contentType: r.content_type,
    fileName: r.file_name,
    uploadedAt: r.uploaded_at.toISOString(),
  };
}

/** The upload to store; the checksum is computed here from the bytes, never taken from the client. */
export interface NewAttachment {
  content: Buffer;
  contentType: string;
  fileName: string;
  uploadedBy: string;
  idempotencyKey: string;
  now: Date;
}

/** Stores a file once per (uploader, key): a retry with the same bytes gets the stored row back. */
export async function storeAttachment(db: Kysely<Database>, upload: NewAttachment): Promise<AttachmentInfo> {
  const adb = withAttachments(db);
  const sha256 = createHash('sha256').update(upload.content).digest('hex');
  await adb
    .insertInto('attachments')
    .values({
      id: randomUUID(),
      sha256,
      size_bytes: upload.content.length,
      content_type: upload.contentType,
      file_name: upload.fileName,
      content: upload.content,
      uploaded_by: upload.uploadedBy,
      uploaded_at: upload.now.toISOString(),
      idempotency_key: upload.idempotencyKey,
    })
    .onConflict((oc) => oc.columns(['uploaded_by', 'idempotency_key']).doNothing())
    .execute();
  const row = await adb
    .selectFrom('attachments')
    .select(INFO_COLUMNS)
    .where('uploaded_by', '=', upload.uploadedBy)
    .where('idempotency_key', '=', upload.idempotencyKey)
    .executeTakeFirstOrThrow();
  if (row.sha256 !== sha256 || row.file_name !== upload.fileName) throw new AttachmentKeyReusedError(row.id);
  return info(row);
}

/** An attachment's description and uploader, without the bytes. */
export async function findAttachment(
  db: Kysely<Database>,
  id: string,
): Promise<(AttachmentInfo & { uploadedBy: string }) | undefined> {
  const row = await withAttachments(db)
    .selectFrom('attachments')
    .select(INFO_COLUMNS)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? { ...info(row), uploadedBy: row.uploaded_by } : undefined;
}

/** The bytes of an attachment. */
export async function attachmentContent(db: Kysely<Database>, id: string): Promise<Buffer> {
  const row = await withAttachments(db)
    .selectFrom('attachments')
    .select('content')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return row.content;
}

/**
 * Route units of the nominations whose current dossier lists this attachment with this checksum.
 * Matching the checksum too means knowing an id is not enough to claim someone else's file.
 */
export async function routesReferencing(
  db: Kysely<Database>,
  attachment: { id: string; sha256: string },
): Promise<string[][]> {
  const probe = JSON.stringify([{ attachmentId: attachment.id, sha256: attachment.sha256 }]);
  const rows = await db
    .selectFrom('nominations')
    .select('route')
    .where(sql<boolean>`state->'dossier'->'attachments' @> ${probe}::jsonb`)
    .execute();
  return rows.map((r) => ((r.route as { unitId: string }[] | null) ?? []).map((s) => s.unitId));
}
