import type { HttpResponse } from '../core/http.types';
import { toCsv, writeXlsx, XLSX_MEDIA_TYPE, type AnySheet } from '@vinhdanh/spreadsheets';

/** Characters no file system takes in a name: Windows' list, and control characters (\p{Cc}). */
const UNSAFE_IN_FILE_NAME = /[\p{Cc}/\\:*?"<>|]+/gu;

/**
 * A download's name from its parts, in Vietnamese with the names people know (never ids):
 * `Báo cáo tổng kết năm 2026 - Liên đoàn Lao động tỉnh Cao Bằng`. Empty parts are left out;
 * characters a file system refuses become a dash; at most 150 characters.
 */
export function reportFileName(...parts: (string | number | null | undefined)[]): string {
  const name = parts
    .filter((p) => p !== null && p !== undefined && String(p).trim() !== '')
    .map((p) => String(p).replace(UNSAFE_IN_FILE_NAME, '-').replace(/\s+/g, ' ').trim())
    .join(' - ');
  return (name || 'Tệp xuất').slice(0, 150).trim();
}

/** The name without diacritics, in letters, digits, dots and dashes: for clients that ignore `filename*`. */
export function asciiFileName(name: string): string {
  return (
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .replace(/[^A-Za-z0-9.]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'tep-xuat'
  );
}

/** `Content-Disposition` with an ASCII fallback and the Vietnamese name (RFC 6266 / RFC 5987 `filename*`). */
export function attachmentHeader(baseName: string, ext: string): string {
  return `attachment; filename="${asciiFileName(baseName)}.${ext}"; filename*=UTF-8''${encodeRfc5987(`${baseName}.${ext}`)}`;
}

/** RFC 5987 value characters: encodeURIComponent leaves a few that `attr-char` does not allow. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * Sends sheets as .xlsx (streamed: rows are written as they come) or the first sheet as CSV with a
 * UTF-8 byte-order mark. The export is recorded by the caller before this is called.
 */
export async function sendSheets(
  res: HttpResponse,
  format: 'xlsx' | 'csv',
  baseName: string,
  sheets: readonly AnySheet[],
  exportId: string,
): Promise<void> {
  res.setHeader('Content-Disposition', attachmentHeader(baseName, format));
  res.setHeader('X-Vinhdanh-Export-Id', exportId);
  if (format === 'csv') {
    const first = sheets[0];
    const rows: unknown[] = [];
    if (first) for await (const r of first.rows) rows.push(r);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.end(first ? toCsv(first.columns, rows) : '\uFEFF');
    return;
  }
  res.setHeader('Content-Type', XLSX_MEDIA_TYPE);
  await writeXlsx(res, sheets);
}

/** Rows of sheets that are arrays (reports), for the export record. */
export function rowCount(sheets: readonly AnySheet[]): number {
  return sheets.reduce((n, s) => n + (Array.isArray(s.rows) ? s.rows.length : 0), 0);
}

/**
 * Rows of a keyset-paginated list, page after page, so a long list streams into the sheet. The first
 * page is read before anything is sent, so a refused filter (403, 400) is still a problem answer.
 */
export async function pagedRows<T>(
  page: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>,
): Promise<AsyncIterable<T>> {
  const first = await page(undefined);
  return (async function* () {
    yield* first.items;
    let cursor = first.nextCursor;
    while (cursor) {
      const p = await page(cursor);
      yield* p.items;
      cursor = p.nextCursor;
    }
  })();
}
