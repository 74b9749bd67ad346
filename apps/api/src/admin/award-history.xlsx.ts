import {
  readSheetRows,
  SpreadsheetRejectedError,
  templateXlsx,
  type ImportIssue,
  type ImportSpec,
} from '@vinhdanh/spreadsheets';
import { defaultRuleSets, validateAwardHistoryRows, type AwardHistoryImportRow } from '@vinhdanh/domain';

/** The award codes of the shipped rule sets, for the template's instructions. */
const AWARD_CODES = [...new Set(defaultRuleSets.flatMap((r) => r.awards.map((a) => a.code)))];
import { ApiError } from '../errors/api-error';

/** At most this many bytes in an uploaded workbook (a 10,000-row book is well under 1 MB). */
export const MAX_XLSX_BYTES = 10 * 1024 * 1024;

/** The sheet and columns of the award-history template; the CSV's snake_case headers are accepted too. */
export function awardHistorySheet(maxRows: number): ImportSpec {
  return {
    sheetName: 'Lịch sử khen thưởng',
    columns: [
      {
        key: 'personKey',
        header: 'Mã định danh người được khen',
        aliases: ['person_key', 'Mã đoàn viên'],
        type: 'text',
        required: true,
      },
      { key: 'awardCode', header: 'Mã hình thức khen thưởng', aliases: ['award_code'], type: 'text', required: true },
      { key: 'year', header: 'Năm', aliases: ['year'], type: 'integer', required: true },
      { key: 'theme', header: 'Chủ đề', aliases: ['theme'], type: 'text' },
      { key: 'decisionNumber', header: 'Số quyết định', aliases: ['decision_number'], type: 'text' },
      { key: 'issuer', header: 'Cơ quan ban hành', aliases: ['issuer'], type: 'text' },
      { key: 'source', header: 'Nguồn', aliases: ['source'], type: 'text', required: true },
    ],
    maxRows,
    maxBytes: MAX_XLSX_BYTES,
  };
}

/** What a field's rule means, in Vietnamese (the domain's schema speaks English). */
const FIELD_RULES_VI: Readonly<Record<string, string>> = {
  personKey: 'phải có, tối đa 128 ký tự',
  awardCode:
    'phải là mã hình thức khen thưởng: chữ in hoa, chữ số hoặc "_", bắt đầu bằng chữ, như các mã trong mẫu tải về',
  year: 'phải là năm từ 1900 đến 2100',
  theme: 'tối đa 200 ký tự',
  decisionNumber: 'tối đa 64 ký tự',
  issuer: 'tối đa 300 ký tự',
  source: 'phải có, tối đa 300 ký tự',
};

/** 400 naming each bad cell (sheet row, column, rule) in Vietnamese; nothing was imported. */
export class SpreadsheetRowsInvalidError extends ApiError {
  constructor(issues: readonly ImportIssue[]) {
    const shown = issues.slice(0, 200);
    const line = (i: ImportIssue) => `Dòng ${i.row}, cột "${i.column}": ${i.message}`;
    super(
      'REQUEST.INVALID_ROWS',
      `Tệp có ${issues.length} lỗi; không dòng nào được nhập. ${shown.slice(0, 3).map(line).join('; ')}`,
      `${issues.length} error(s); nothing was imported. ${shown
        .slice(0, 3)
        .map((i) => `Row ${i.row}, "${i.column}": ${i.messageEn}`)
        .join('; ')}`,
      { rowErrors: shown, total: issues.length },
      shown.map((i) => ({
        field: `rows[${i.row}].${i.column}`,
        in: 'body' as const,
        rule: i.rule,
        message: line(i),
        message_en: `Row ${i.row}, "${i.column}": ${i.messageEn}`,
      })),
    );
    this.name = 'SpreadsheetRowsInvalidError';
  }
}

/** 400: the upload is not a workbook of the template (not .xlsx, too big, wrong sheet, too many rows, empty). */
export function spreadsheetProblem(err: SpreadsheetRejectedError): ApiError {
  const code = {
    not_xlsx: 'REQUEST.NOT_A_SPREADSHEET',
    legacy_xls: 'REQUEST.NOT_A_SPREADSHEET',
    too_large: 'REQUEST.TOO_LARGE',
    wrong_sheet: 'REQUEST.WRONG_SHEET',
    too_many_rows: 'REQUEST.TOO_MANY_ROWS',
    empty: 'REQUEST.EMPTY_SHEET',
  }[err.reason];
  return new ApiError(code, err.messageVi, err.messageEn, { reason: err.reason });
}

/**
 * Reads an award-history workbook into validated records, or throws a 400 naming every bad cell:
 * the sheet's own checks first (dates, numbers, merged cells, formulas), then the domain's row
 * schema with each field's rule said in Vietnamese.
 */
export async function awardHistoryFromXlsx(bytes: Buffer, maxRows: number): Promise<AwardHistoryImportRow[]> {
  const spec = awardHistorySheet(maxRows);
  let read: Awaited<ReturnType<typeof readSheetRows>>;
  try {
    read = await readSheetRows(bytes, spec);
  } catch (err) {
    if (err instanceof SpreadsheetRejectedError) throw spreadsheetProblem(err);
    throw err;
  }
  const issues = [...read.issues];
  const raw = read.rows.map((r) =>
    Object.fromEntries(
      Object.entries(r.values).map(([k, v]) => [k, v === null ? undefined : k === 'year' ? v : String(v)]),
    ),
  );
  const { records, errors } = validateAwardHistoryRows(raw);
  const headerOf = new Map(spec.columns.map((c) => [c.key, c.header]));
  for (const e of errors) {
    const row = read.rows[e.row - 1]?.row ?? e.row;
    const column = headerOf.get(e.field) ?? e.field;
    // A cell the sheet check already refused is not reported twice.
    if (issues.some((i) => i.row === row && i.column === column)) continue;
    issues.push({
      row,
      column,
      rule: 'award_history_row',
      message: FIELD_RULES_VI[e.field] ?? e.message,
      messageEn: e.message,
    });
  }
  if (issues.length > 0) throw new SpreadsheetRowsInvalidError(issues.sort((a, b) => a.row - b.row));
  return records;
}

/** The downloadable template. */
export function awardHistoryTemplate(maxRows: number): Promise<Buffer> {
  return templateXlsx(awardHistorySheet(maxRows), [
    'Mẫu nhập lịch sử khen thưởng (khen thưởng trước khi dùng hệ thống, theo sổ khen thưởng).',
    'Điền trang "Lịch sử khen thưởng": mỗi lượt khen thưởng một dòng, không gộp ô, không dùng công thức.',
    'Mã định danh người được khen: mã đoàn viên (hoặc mã khác dùng thống nhất) để đối chiếu điều kiện khen thưởng.',
    `Mã hình thức khen thưởng: mã trong danh mục của bộ quy định, ví dụ ${AWARD_CODES.join(', ')}.`,
    'Năm: năm được khen, 4 chữ số (ví dụ 2024). Chủ đề: chỉ với khen thưởng chuyên đề.',
    'Nguồn: nơi lưu bản gốc (ví dụ "Sổ khen thưởng LĐLĐ tỉnh Cao Bằng 2024").',
    `Mỗi lần nhập tối đa ${maxRows.toLocaleString('vi-VN')} dòng; nhập lại cùng tệp không tạo bản ghi trùng.`,
    'Có thể gửi kèm dryRun=true để xem trước số dòng sẽ thêm mới và cập nhật mà không ghi gì.',
  ]);
}
