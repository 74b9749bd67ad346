import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';

/** How a column's values are written: text, a number, a share (0–1 shown as %), a date or a date and time. */
export type ColumnType = 'text' | 'integer' | 'number' | 'percent' | 'date' | 'datetime';

/** One column of a sheet: its Vietnamese header, how to read the value from a row, and its type. */
export interface SheetColumn<Row> {
  header: string;
  type: ColumnType;
  value: (row: Row) => string | number | Date | null | undefined;
  /** Width in characters; from the header when absent. */
  width?: number;
}

/** A sheet to write: its name (≤ 31 characters), columns and rows (an array or a stream of rows). */
export interface SheetSpec<Row> {
  name: string;
  columns: readonly SheetColumn<Row>[];
  rows: Iterable<Row> | AsyncIterable<Row>;
  /** Lines written above the header (a report's title, its filters, the reorganisation note). */
  title?: readonly string[];
}

const NUM_FMT: Readonly<Record<ColumnType, string | undefined>> = {
  text: undefined,
  integer: '#,##0',
  number: '#,##0.##',
  percent: '0.0%',
  date: 'dd/mm/yyyy',
  datetime: 'dd/mm/yyyy hh:mm',
};

const VN_OFFSET_MS = 7 * 3600_000;

/**
 * A spreadsheet has no time zone: an instant is written as the wall-clock time in Vietnam (the
 * Date whose UTC fields read as Vietnam time, which is what exceljs turns into the serial number).
 * A date-only value (`YYYY-MM-DD`) is that day.
 */
export function toSheetDate(value: string | Date, type: 'date' | 'datetime'): Date {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(`${value}T00:00:00Z`);
  const ms = (typeof value === 'string' ? Date.parse(value) : value.getTime()) + VN_OFFSET_MS;
  if (type === 'date') {
    const d = new Date(ms);
    return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  }
  return new Date(ms);
}

/** The cell value of a column for a row: numbers stay numbers, dates become dates, the rest text. */
export function cellValue<Row>(column: SheetColumn<Row>, row: Row): string | number | Date | null {
  const v = column.value(row);
  if (v === null || v === undefined || v === '') return null;
  switch (column.type) {
    case 'date':
    case 'datetime':
      return toSheetDate(v as string | Date, column.type);
    case 'integer':
    case 'number':
    case 'percent':
      return typeof v === 'number' ? v : Number(v);
    default:
      return String(v);
  }
}

/** A sheet of any row type, as `writeXlsx` takes them (built with `sheet`). */
export type AnySheet = SheetSpec<unknown>;

/** Types a sheet's columns against its rows, then erases the row type so sheets of different rows go in one list. */
export function sheet<Row>(spec: SheetSpec<Row>): AnySheet {
  return spec as unknown as AnySheet;
}

async function* rowsOf<Row>(rows: Iterable<Row> | AsyncIterable<Row>): AsyncIterable<Row> {
  yield* rows;
}

/**
 * Writes sheets as .xlsx to a stream with exceljs's streaming writer: each row is committed as it
 * is written, so a sheet of 100,000 rows does not sit in memory. Header row bold and frozen, with
 * an autofilter over the columns; dates are real dates (dd/mm/yyyy), numbers real numbers.
 */
/**
 * Waits while the zip has not taken the sheet's last chunks. ExcelJS's sheet stream hands its 64 KB
 * chunks to the zip's input (a PassThrough) without looking at the answer of `write`, so a sheet
 * written faster than it is compressed (or than the client reads) piles up, uncompressed, in that
 * PassThrough: 100,000 rows held ~300 MB. Waiting for its `drain` gives the back-pressure the library
 * leaves out. (The zip's input is ExcelJS's internal `pipes[0]`; without it, yield to the event loop.)
 */
async function zipTookRows(out: Writable, sheet: ExcelJS.Worksheet, committed: number): Promise<void> {
  // A readable-stream v2 PassThrough (archiver's): its state is `_writableState`, not `writableNeedDrain`.
  type ZipInput = { _writableState?: { length: number; highWaterMark: number }; once(e: 'drain', f: () => void): void };
  const input = (sheet as unknown as { _stream?: { pipes?: ZipInput[] } })._stream?.pipes?.[0];
  const state = input?._writableState;
  if (input && state) {
    if (state.length > state.highWaterMark) await new Promise<void>((resolve) => input.once('drain', resolve));
  } else if (committed % 500 === 0) {
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  // The zip, in turn, keeps compressing into its own buffer while the reader (the HTTP client) is
  // slow: wait for the reader too, so a slow download holds at most a few chunks.
  if (out.writableNeedDrain) await new Promise<void>((resolve) => out.once('drain', resolve));
}

export async function writeXlsx(out: Writable, sheets: readonly AnySheet[]): Promise<{ rows: number }> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'vinhdanh';
  let total = 0;
  for (const spec of sheets) {
    const title = spec.title ?? [];
    const headerRow = title.length + 1;
    const sheet = workbook.addWorksheet(spec.name.slice(0, 31), {
      views: [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }],
    });
    sheet.columns = spec.columns.map((c) => ({
      width: c.width ?? Math.min(60, Math.max(12, c.header.length + 2)),
      ...(NUM_FMT[c.type] ? { style: { numFmt: NUM_FMT[c.type] } } : {}),
    }));
    for (const line of title) {
      const r = sheet.addRow([line]);
      r.font = { bold: r.number === 1 };
      r.commit();
    }
    const header = sheet.addRow(spec.columns.map((c) => c.header));
    header.font = { bold: true };
    header.commit();
    sheet.autoFilter = {
      from: { row: headerRow, column: 1 },
      to: { row: headerRow, column: Math.max(1, spec.columns.length) },
    };
    for await (const row of rowsOf(spec.rows)) {
      sheet.addRow(spec.columns.map((c) => cellValue(c, row))).commit();
      total++;
      await zipTookRows(out, sheet, total);
    }
    sheet.commit();
  }
  await workbook.commit();
  return { rows: total };
}

/** The .xlsx media type. */
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
