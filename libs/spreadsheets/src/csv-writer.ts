import { cellValue, type SheetColumn } from './xlsx-writer';

/** Byte-order mark: without it Excel reads UTF-8 CSV as the local code page and garbles Vietnamese. */
export const UTF8_BOM = '\uFEFF';

const pad = (n: number) => String(n).padStart(2, '0');

function csvText<Row>(column: SheetColumn<Row>, row: Row): string {
  const v = cellValue(column, row);
  if (v === null) return '';
  if (v instanceof Date) {
    // cellValue already turned instants into Vietnam wall-clock time (read through the UTC fields).
    const day = `${pad(v.getUTCDate())}/${pad(v.getUTCMonth() + 1)}/${v.getUTCFullYear()}`;
    return column.type === 'datetime' ? `${day} ${pad(v.getUTCHours())}:${pad(v.getUTCMinutes())}` : day;
  }
  return String(v);
}

const quote = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** RFC 4180 CSV (CRLF) with a UTF-8 byte-order mark; Vietnamese headers, dates dd/mm/yyyy. */
export function toCsv<Row>(columns: readonly SheetColumn<Row>[], rows: Iterable<Row>): string {
  const lines = [columns.map((c) => quote(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => quote(csvText(c, row))).join(','));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}
