import { sql, type Kysely } from 'kysely';
import type { Database } from '@vinhdanh/db';

/** A generated file's bytes, referenced by the checksum its stream's event records. */
export interface RoundDocument {
  id: string;
  streamId: string;
  kind: string;
  format: 'pdf' | 'docx';
  fileName: string;
  sha256: string;
  size: number;
  content: Uint8Array;
  createdAt: string;
}

/** Stores the bytes (a repeat with the same checksum keeps the first row). */
export async function storeRoundDocument(db: Kysely<Database>, doc: RoundDocument): Promise<void> {
  await sql`
    insert into round_documents (id, stream_id, kind, format, file_name, sha256, size_bytes, content, created_at)
    values (${doc.id}, ${doc.streamId}, ${doc.kind}, ${doc.format}, ${doc.fileName}, ${doc.sha256}, ${doc.size},
            ${Buffer.from(doc.content)}, ${doc.createdAt})
    on conflict (id) do update set id = excluded.id`.execute(db);
}

/** The stored bytes of a document of a stream, with the checksum they were recorded under. */
export async function readRoundDocument(
  db: Kysely<Database>,
  streamId: string,
  id: string,
  sha256: string,
): Promise<{ content: Buffer; fileName: string } | null> {
  const { rows } = await sql<{ content: Buffer; file_name: string }>`
    select content, file_name from round_documents where id = ${id} and stream_id = ${streamId} and sha256 = ${sha256}`.execute(
    db,
  );
  const row = rows[0];
  return row ? { content: row.content, fileName: row.file_name } : null;
}
