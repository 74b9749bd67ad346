import type { HttpResponse } from '../core/http.types';
import { toCsv, writeXlsx, XLSX_MEDIA_TYPE, type AnySheet } from '@vinhdanh/spreadsheets';

/** `Content-Disposition` with an ASCII fallback and the Vietnamese name (RFC 6266 / 5987). */
export function attachmentHeader(baseName: string, ext: 'xlsx' | 'csv'): string {
  const ascii = baseName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9._-]+/g, '-');
  return `attachment; filename="${ascii}.${ext}"; filename*=UTF-8''${encodeURIComponent(`${baseName}.${ext}`)}`;
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
