import ExcelJS from 'exceljs';

/** How an imported column's cells are read. */
export type ImportColumnType = 'text' | 'integer' | 'number' | 'date';

/** One column of an import template: its key, the Vietnamese header, other accepted headers, its type. */
export interface ImportColumn {
  key: string;
  header: string;
  /** Other headers accepted for this column (e.g. the CSV's snake_case name). */
  aliases?: readonly string[];
  type: ImportColumnType;
  required?: boolean;
}

/** What to read: which sheet, which columns, and the limits. */
export interface ImportSpec {
  sheetName: string;
  columns: readonly ImportColumn[];
  maxRows: number;
  maxBytes: number;
}

/** A problem with one cell or row: its row number in the sheet (1 = header row), column header, rule and why. */
export interface ImportIssue {
  row: number;
  column: string;
  rule: string;
  message: string;
  messageEn: string;
}

/** A data row as read: its row number in the sheet and each column's value (text, number, or `YYYY-MM-DD`). */
export interface ImportedRow {
  row: number;
  values: Record<string, string | number | null>;
}

/** Why a whole file is refused before any row is looked at. */
export type SpreadsheetRejection = 'not_xlsx' | 'legacy_xls' | 'too_large' | 'wrong_sheet' | 'too_many_rows' | 'empty';

/** The file cannot be read as the template: not an .xlsx, too big, no such sheet, too many rows, no data. */
export class SpreadsheetRejectedError extends Error {
  constructor(
    readonly reason: SpreadsheetRejection,
    readonly messageVi: string,
    readonly messageEn: string,
  ) {
    super(messageEn);
    this.name = 'SpreadsheetRejectedError';
  }
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);
const fmt = (n: number) => n.toLocaleString('vi-VN');

/** Header text compared without case, spaces or accents ("Mã hình thức" = "ma hinh thuc"). */
export function headerKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/**
 * A number as offices type it: Vietnamese groups thousands with dots and uses a comma for
 * decimals ("80.000.000", "12,5"); a plain number is fine. Anything else (e.g. "80,000,000",
 * "1.5") is ambiguous and refused. Currency words ("đ", "đồng", "VNĐ") and spaces are dropped.
 */
export function parseVietnameseNumber(input: string): number | null {
  const t = input
    .replace(/[\s\u00a0]/g, '')
    .replace(/(vnđ|vnd|đồng|đ)$/i, '')
    .trim();
  if (/^[+-]?\d+$/.test(t)) return Number(t);
  if (/^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) return Number(t.replace(/\./g, '').replace(',', '.'));
  if (/^[+-]?\d+,\d+$/.test(t)) return Number(t.replace(',', '.'));
  return null;
}

/** A date typed as text, day first ("12/3/2026", "12-03-2026", "12.03.2026") or ISO ("2026-03-12"). */
export function parseVietnameseDate(
  input: string,
): { ok: true; date: string } | { ok: false; rule: 'date-format' | 'date-two-digit-year' | 'date-invalid' } {
  const t = input.trim();
  let d: number, m: number, y: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(t);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dmy) {
    if ((dmy[3] ?? '').length === 2) return { ok: false, rule: 'date-two-digit-year' };
    [d, m, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
  } else return { ok: false, rule: 'date-format' };
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return { ok: false, rule: 'date-invalid' };
  }
  return { ok: true, date: date.toISOString().slice(0, 10) };
}

const DATE_RULES = {
  'date-format': [
    'không phải ngày; hãy nhập ngày/tháng/năm, ví dụ 12/03/2026',
    'not a date; type day/month/year, e.g. 12/03/2026',
  ],
  'date-two-digit-year': [
    'năm phải đủ 4 chữ số (ví dụ 12/03/2026, không phải 12/03/26)',
    'the year must have 4 digits (12/03/2026, not 12/03/26)',
  ],
  'date-invalid': ['ngày không có thật trong lịch', 'no such day in the calendar'],
} as const;

/** The plain value of a cell: rich text joined, hyperlinks as their text; formulas and errors are reported by the caller. */
function plain(value: ExcelJS.CellValue): string | number | boolean | Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value !== 'object') return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  return null;
}

/** Excel's serial day number (1900 system) as `YYYY-MM-DD`. */
function serialDate(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + Math.round(serial) * 86_400_000).toISOString().slice(0, 10);
}

function readCell(
  column: ImportColumn,
  raw: string | number | boolean | Date,
): { value: string | number } | { rule: string; vi: string; en: string } {
  switch (column.type) {
    case 'text':
      if (raw instanceof Date) return { value: raw.toISOString().slice(0, 10) };
      return { value: String(raw).trim() };
    case 'integer':
    case 'number': {
      const n = typeof raw === 'number' ? raw : typeof raw === 'string' ? parseVietnameseNumber(raw) : null;
      if (n === null || !Number.isFinite(n)) {
        return {
          rule: 'number-format',
          vi: 'không phải số; dùng dấu chấm ngăn cách hàng nghìn và dấu phẩy cho phần thập phân, ví dụ 80.000.000 hoặc 12,5',
          en: 'not a number; use dots for thousands and a comma for decimals, e.g. 80.000.000 or 12,5',
        };
      }
      if (column.type === 'integer' && !Number.isInteger(n)) {
        return { rule: 'integer', vi: 'phải là số nguyên', en: 'must be a whole number' };
      }
      return { value: n };
    }
    case 'date': {
      // exceljs gives a date-formatted cell as the Date of that day at 00:00 UTC.
      if (raw instanceof Date) return { value: raw.toISOString().slice(0, 10) };
      if (typeof raw === 'number' && raw > 0 && raw < 2_958_466) return { value: serialDate(raw) };
      const parsed = parseVietnameseDate(String(raw));
      if (parsed.ok) return { value: parsed.date };
      const [vi, en] = DATE_RULES[parsed.rule];
      return { rule: parsed.rule, vi, en };
    }
  }
}

/**
 * Reads one sheet of an .xlsx against a template: the file, the sheet and the header are checked
 * first (a refusal is a `SpreadsheetRejectedError`), then every data row's cells, collecting every
 * problem (merged cells, formulas, text that is not a date or number, missing values) with its row
 * and column, so the caller can refuse the whole file before writing anything.
 */
export async function readSheetRows(
  bytes: Buffer,
  spec: ImportSpec,
): Promise<{ rows: ImportedRow[]; issues: ImportIssue[] }> {
  if (bytes.length > spec.maxBytes) {
    throw new SpreadsheetRejectedError(
      'too_large',
      `Tệp quá lớn (${fmt(Math.ceil(bytes.length / 1024 / 1024))} MB); tối đa ${fmt(spec.maxBytes / 1024 / 1024)} MB. Hãy chia thành nhiều tệp.`,
      `The file is too large; at most ${spec.maxBytes / 1024 / 1024} MB. Split it into several files.`,
    );
  }
  if (bytes.subarray(0, 4).equals(OLE_MAGIC)) {
    throw new SpreadsheetRejectedError(
      'legacy_xls',
      'Tệp là bảng tính Excel đời cũ (.xls). Hãy mở bằng Excel và lưu lại thành .xlsx (Excel Workbook).',
      'The file is an old Excel workbook (.xls). Save it as .xlsx (Excel Workbook).',
    );
  }
  const notXlsx = new SpreadsheetRejectedError(
    'not_xlsx',
    'Tệp không phải bảng tính Excel (.xlsx). Hãy dùng tệp mẫu tải về và lưu dưới dạng .xlsx.',
    'The file is not an Excel workbook (.xlsx). Use the downloadable template and save as .xlsx.',
  );
  if (!bytes.subarray(0, 4).equals(ZIP_MAGIC)) throw notXlsx;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw notXlsx;
  }
  const sheet = workbook.worksheets.find((w) => headerKey(w.name) === headerKey(spec.sheetName));
  if (!sheet) {
    const names = workbook.worksheets.map((w) => `"${w.name}"`).join(', ');
    throw new SpreadsheetRejectedError(
      'wrong_sheet',
      `Không có trang tính "${spec.sheetName}" trong tệp (tệp có: ${names || 'không trang nào'}). Hãy dùng tệp mẫu.`,
      `No sheet "${spec.sheetName}" in the file (it has: ${names || 'none'}). Use the template.`,
    );
  }
  const dataRows = Math.max(0, sheet.actualRowCount - 1);
  if (dataRows > spec.maxRows) {
    throw new SpreadsheetRejectedError(
      'too_many_rows',
      `Trang tính có ${fmt(dataRows)} dòng dữ liệu; mỗi lần nhập tối đa ${fmt(spec.maxRows)} dòng. Hãy chia thành nhiều tệp.`,
      `The sheet has ${dataRows} data rows; at most ${spec.maxRows} per import. Split it into several files.`,
    );
  }

  const issues: ImportIssue[] = [];
  const issue = (row: number, column: string, rule: string, message: string, messageEn: string) =>
    issues.push({ row, column, rule, message, messageEn });

  // The header row: every required column present, nothing unknown.
  const header = sheet.getRow(1);
  const byIndex = new Map<number, ImportColumn>();
  const known = new Map<string, ImportColumn>();
  for (const c of spec.columns) for (const h of [c.header, ...(c.aliases ?? [])]) known.set(headerKey(h), c);
  header.eachCell({ includeEmpty: false }, (cell, col) => {
    const text = String(plain(cell.value) ?? '').trim();
    if (!text) return;
    const column = known.get(headerKey(text));
    if (column) byIndex.set(col, column);
    else
      issue(
        1,
        text,
        'unknown-column',
        `cột không có trong mẫu; các cột của mẫu: ${spec.columns.map((c) => c.header).join(', ')}`,
        `not a column of the template; its columns: ${spec.columns.map((c) => c.header).join(', ')}`,
      );
  });
  const present = new Set(byIndex.values());
  for (const c of spec.columns) {
    if (c.required && !present.has(c))
      issue(1, c.header, 'missing-column', 'thiếu cột bắt buộc', 'required column is missing');
  }
  if (issues.length > 0) return { rows: [], issues };

  // Merged cells make a value belong to several rows or columns: refuse them by their top-left cell.
  const merges = (sheet.model as { merges?: string[] }).merges ?? [];
  for (const range of merges) {
    const [topLeft = range] = range.split(':');
    const first = sheet.getCell(topLeft);
    const column = byIndex.get(Number(first.col))?.header ?? range;
    issue(
      Number(first.row),
      column,
      'merged-cells',
      `ô gộp ${range}; hãy bỏ gộp ô và nhập giá trị vào từng dòng`,
      `merged cells ${range}; unmerge them and fill each row`,
    );
  }

  const rows: ImportedRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const values: ImportedRow['values'] = {};
    let any = false;
    for (const [col, column] of byIndex) {
      const cell = row.getCell(col);
      if (cell.type === ExcelJS.ValueType.Formula) {
        issue(
          rowNumber,
          column.header,
          'formula',
          'ô chứa công thức; hãy sao chép và dán dạng giá trị (Paste Values)',
          'the cell holds a formula; copy and paste it as a value',
        );
        any = true;
        continue;
      }
      if (cell.type === ExcelJS.ValueType.Error) {
        issue(rowNumber, column.header, 'cell-error', 'ô chứa lỗi của Excel', 'the cell holds an Excel error');
        any = true;
        continue;
      }
      const raw = plain(cell.value);
      if (raw === null || (typeof raw === 'string' && raw.trim() === '')) {
        values[column.key] = null;
        continue;
      }
      any = true;
      const read = readCell(column, raw as string | number | boolean | Date);
      if ('value' in read) values[column.key] = read.value;
      else {
        values[column.key] = null;
        issue(rowNumber, column.header, read.rule, `"${String(raw)}" ${read.vi}`, `"${String(raw)}" ${read.en}`);
      }
    }
    if (!any) return;
    for (const column of spec.columns) {
      if (
        column.required &&
        present.has(column) &&
        values[column.key] == null &&
        !issues.some((i) => i.row === rowNumber && i.column === column.header)
      ) {
        issue(rowNumber, column.header, 'required', 'không được để trống', 'must not be empty');
      }
    }
    rows.push({ row: rowNumber, values });
  });
  if (rows.length === 0 && issues.length === 0) {
    throw new SpreadsheetRejectedError(
      'empty',
      `Trang tính "${sheet.name}" không có dòng dữ liệu nào dưới dòng tiêu đề.`,
      `Sheet "${sheet.name}" has no data rows under the header.`,
    );
  }
  return { rows, issues };
}

/** The .xlsx template of an import: the data sheet with its header row (bold, frozen) and a sheet of instructions. */
export async function templateXlsx(spec: ImportSpec, instructions: readonly string[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'vinhdanh';
  const sheet = workbook.addWorksheet(spec.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = spec.columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: Math.max(16, c.header.length + 4),
    ...(c.type === 'date' ? { style: { numFmt: 'dd/mm/yyyy' } } : c.type === 'text' ? { style: { numFmt: '@' } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  const help = workbook.addWorksheet('Hướng dẫn');
  help.getColumn(1).width = 110;
  for (const line of instructions) help.addRow([line]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
