import { unsafeCharIn } from '@vinhdanh/domain';
import type { HttpRequest } from '../core/http.types';
import { ALLOWED_TYPES, DRAIN_LIMIT, MAX_ATTACHMENT_BYTES } from './attachment-types';
import { AttachmentRequestError, AttachmentTooLargeError, AttachmentTypeError } from './attachments.errors';
import { isOoxmlPackage, isOoxmlType } from './ooxml';

/** The media type of the request, lower-case without parameters; 415 unless it is an accepted one. */
export function acceptedContentType(header: string | undefined): string {
  const type = (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!ALLOWED_TYPES[type]) throw new AttachmentTypeError(type);
  return type;
}

/** The file name from `X-File-Name` (percent-encoded UTF-8, so Vietnamese names survive HTTP headers). */
export function fileNameOf(header: string | string[] | undefined): string {
  const raw = Array.isArray(header) ? header[0] : header;
  const bad = (rule: string, vi: string, en: string) =>
    new AttachmentRequestError('X-File-Name', 'header', rule, vi, en);
  if (!raw?.trim()) throw bad('required', 'Cần header X-File-Name (tên tệp).', 'The X-File-Name header is required.');
  let name: string;
  try {
    name = decodeURIComponent(raw).normalize('NFC').trim();
  } catch {
    throw bad(
      'encoding',
      'X-File-Name phải mã hóa percent-encoding UTF-8.',
      'X-File-Name must be UTF-8 percent-encoded.',
    );
  }
  // A name, never a path: nobody downloads "../../etc/passwd".
  if (name === '' || name.length > 255 || /[/\\]/.test(name) || [...name].some((c) => c.charCodeAt(0) < 0x20))
    throw bad(
      'format',
      'Tên tệp dài 1–255 ký tự, không chứa / \\ hay ký tự điều khiển.',
      'The file name must be 1–255 characters without / \\ or control characters.',
    );
  const unsafe = unsafeCharIn(name);
  if (unsafe)
    throw bad(
      'text:unsafe_char',
      `Tên tệp không được chứa ${unsafe.vi}.`,
      `The file name must not contain ${unsafe.en}.`,
    );
  return name;
}

/** Refuses a name whose extension belongs to another type (a .exe sent as application/pdf). */
export function assertNameMatchesType(name: string, type: string): void {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  if (ALLOWED_TYPES[type]?.ext.includes(ext)) return;
  throw new AttachmentRequestError(
    'X-File-Name',
    'header',
    'extension',
    `Đuôi tệp ".${ext}" không khớp với loại ${type}.`,
    `The extension ".${ext}" does not match ${type}.`,
  );
}

/**
 * Refuses bytes that are not what the Content-Type says: checked on the file's signature, and a
 * DOCX/XLSX as a real OOXML package (a ZIP with the declared main part), not by its first bytes.
 */
export async function assertContentMatchesType(body: Buffer, type: string): Promise<void> {
  const magic = ALLOWED_TYPES[type]?.magic ?? [];
  const signed = body.length >= magic.length && magic.every((b, i) => body[i] === b);
  if (signed && !isOoxmlType(type)) return;
  if (signed && (await isOoxmlPackage(body, type))) return;
  if (signed) {
    throw new AttachmentRequestError(
      'body',
      'body',
      'package',
      `Nội dung tệp không phải ${ALLOWED_TYPES[type]?.ext[0]?.toUpperCase()} hợp lệ (không phải gói Office Open XML có phần nội dung chính).`,
      `The file content is not a valid ${type} (not an Office Open XML package with its main part).`,
    );
  }
  throw new AttachmentRequestError(
    'body',
    'body',
    'signature',
    `Nội dung tệp không phải ${type} (chữ ký tệp không khớp).`,
    `The file content is not ${type} (its signature does not match).`,
  );
}

/**
 * Reads the raw request body up to the limit. A larger body is drained (so the client reads the
 * 413 rather than a reset connection) up to a hard cap, then refused.
 */
export async function readLimitedBody(req: HttpRequest): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  const chunks: Buffer[] = [];
  let received = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    received += chunk.length;
    if (received <= MAX_ATTACHMENT_BYTES) chunks.push(chunk);
    else if (received > DRAIN_LIMIT) {
      req.destroy();
      break;
    }
  }
  if (received > MAX_ATTACHMENT_BYTES || declared > MAX_ATTACHMENT_BYTES)
    throw new AttachmentTooLargeError(Math.max(received, Number.isFinite(declared) ? declared : 0));
  if (received === 0) throw new AttachmentRequestError('body', 'body', 'required', 'Tệp rỗng.', 'The file is empty.');
  return Buffer.concat(chunks);
}
