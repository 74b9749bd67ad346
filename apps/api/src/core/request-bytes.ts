import { ApiError } from '../errors/api-error';
import type { HttpRequest } from './http.types';

/**
 * Reads a binary request body (an uploaded file) up to `limit` bytes. Past the limit the rest is
 * drained, so the client reads the answer rather than a reset connection, and a 400 says the file
 * is too large.
 */
export async function readRequestBytes(req: HttpRequest, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buf.length;
    if (size <= limit) chunks.push(buf);
  }
  if (size > limit) {
    throw new ApiError(
      'REQUEST.TOO_LARGE',
      `Tệp quá lớn (${Math.ceil(size / 1024 / 1024)} MB); tối đa ${limit / 1024 / 1024} MB. Hãy chia thành nhiều tệp.`,
      `The file is too large; at most ${limit / 1024 / 1024} MB. Split it into several files.`,
    );
  }
  return Buffer.concat(chunks);
}
