import { ApiError, newIdempotencyKey, token, type Problem } from '../api/client';
import { contentTypeOf } from './dossier';

/** What `POST /api/attachments` answers for a stored file. */
export interface StoredAttachment {
  id: string;
  sha256: string;
  sizeBytes: number;
  fileName: string;
}

/**
 * Sends one file as the raw body (`POST /api/attachments`; openapi-fetch would serialise it as JSON);
 * the server computes its SHA-256. A refusal is an `ApiError` with the server's Vietnamese detail.
 */
export async function uploadAttachment(file: File): Promise<StoredAttachment> {
  const res = await fetch(`${location.origin}/api/attachments`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token() ?? ''}`,
      Accept: 'application/json, application/problem+json',
      // By the name's extension first: browsers send no type (or a generic one) for many office files.
      'Content-Type': contentTypeOf(file.name) ?? (file.type || 'application/octet-stream'),
      'X-File-Name': encodeURIComponent(file.name),
      'Idempotency-Key': newIdempotencyKey(),
    },
    body: file,
  });
  const body = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  if (!res.ok) throw new ApiError(res.status, body as Problem);
  return body as unknown as StoredAttachment;
}
