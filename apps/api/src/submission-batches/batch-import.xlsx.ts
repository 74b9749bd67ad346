import {
  headerKey,
  readSheetRows,
  SpreadsheetRejectedError,
  templateXlsx,
  type ImportedRow,
  type ImportIssue,
  type ImportSpec,
} from '@vinhdanh/spreadsheets';
import type { BatchRowError, RuleSet } from '@vinhdanh/domain';
import { spreadsheetProblem } from '../admin/award-history.xlsx';

/** At most this many nominees per file: the batch's own limit. */
export const MAX_BATCH_IMPORT_ROWS = 1000;
/** At most this many bytes in an uploaded nominee list (1,000 rows are well under 1 MB). */
export const MAX_BATCH_IMPORT_BYTES = 10 * 1024 * 1024;

/** The columns of the nominee-list template, by key. */
export const BATCH_COLUMNS = {
  award: 'Hình thức khen thưởng',
  kind: 'Cá nhân / Tập thể',
  name: 'Họ và tên / Tên tập thể',
  gender: 'Giới tính',
  birthYear: 'Năm sinh',
  position: 'Chức vụ, nơi công tác',
  isLeader: 'Là lãnh đạo',
  isDirectWorker: 'Trực tiếp lao động',
  personKey: 'Mã đoàn viên',
  unitCode: 'Mã đơn vị (tập thể)',
  memberCount: 'Số thành viên',
  womenPercent: 'Tỷ lệ nữ (%)',
  achievements: 'Tóm tắt thành tích',
  report: 'Tệp báo cáo thành tích',
  initiative: 'Sáng kiến',
  initiativeValue: 'Giá trị làm lợi (đồng)',
  initiativeYear: 'Năm áp dụng sáng kiến',
} as const;
type ColumnKey = keyof typeof BATCH_COLUMNS;

/** The sheet of the nominee-list template ("Danh sách đề nghị"). */
export const BATCH_SHEET: ImportSpec = {
  sheetName: 'Danh sách đề nghị',
  columns: (
    [
      ['award', 'text', true],
      ['kind', 'text', true],
      ['name', 'text', true],
      ['gender', 'text'],
      ['birthYear', 'integer'],
      ['position', 'text'],
      ['isLeader', 'text'],
      ['isDirectWorker', 'text'],
      ['personKey', 'text'],
      ['unitCode', 'text'],
      ['memberCount', 'integer'],
      ['womenPercent', 'number'],
      ['achievements', 'text', true],
      ['report', 'text'],
      ['initiative', 'text'],
      ['initiativeValue', 'number'],
      ['initiativeYear', 'integer'],
    ] as const
  ).map(([key, type, required]) => ({ key, header: BATCH_COLUMNS[key], type, required: required === true })),
  maxRows: MAX_BATCH_IMPORT_ROWS,
  maxBytes: MAX_BATCH_IMPORT_BYTES,
};

/** Reads the workbook's rows and the sheet's own problems; a file that is not the template is a 400. */
export async function readBatchSheet(bytes: Buffer): Promise<{ rows: ImportedRow[]; issues: ImportIssue[] }> {
  try {
    return await readSheetRows(bytes, BATCH_SHEET);
  } catch (err) {
    if (err instanceof SpreadsheetRejectedError) throw spreadsheetProblem(err);
    throw err;
  }
}

/** What the rows need from the system: award names, units by code, the caller's uploaded reports by file name. */
export interface BatchSheetLookups {
  ruleSet: RuleSet;
  unitIdByCode: ReadonlyMap<string, string>;
  reportByFileName: ReadonlyMap<string, { id: string; fileName: string; sizeBytes: number; sha256: string }>;
}

const YES = new Set(['co', 'x', 'yes', 'true', '1']);
const NO = new Set(['khong', 'no', 'false', '0']);

/**
 * Turns the sheet's rows into the rows of `POST /submission-batches` (what the batch's decider
 * validates), naming each cell it cannot read by its sheet row and column. Awards are written by
 * name or code; "Có"/"Không", "Nam"/"Nữ", "Cá nhân"/"Tập thể" in any case and with or without accents.
 */
export function batchRowsFromSheet(
  rows: readonly ImportedRow[],
  lookups: BatchSheetLookups,
): { rows: unknown[]; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const awardByKey = new Map<string, string>();
  for (const a of lookups.ruleSet.awards) {
    awardByKey.set(headerKey(a.code), a.code);
    awardByKey.set(headerKey(a.nameVi), a.code);
  }
  const out = rows.map((r) => {
    const v = r.values;
    const text = (k: ColumnKey) => (v[k] === null || v[k] === undefined ? undefined : String(v[k]).trim());
    const num = (k: ColumnKey) => (typeof v[k] === 'number' ? v[k] : undefined);
    const bad = (k: ColumnKey, rule: string, message: string, messageEn: string) =>
      issues.push({ row: r.row, column: BATCH_COLUMNS[k], rule, message, messageEn });
    const choice = <T>(k: ColumnKey, options: Record<string, T>, say: string): T | undefined => {
      const t = text(k);
      if (t === undefined) return undefined;
      const hit = options[headerKey(t)];
      if (hit === undefined) bad(k, 'choice', `"${t}" không hợp lệ; ghi ${say}`, `"${t}" is not one of: ${say}`);
      return hit;
    };
    const yesNo = (k: ColumnKey): boolean | undefined => {
      const t = text(k);
      if (t === undefined) return undefined;
      const key = headerKey(t);
      if (YES.has(key)) return true;
      if (NO.has(key)) return false;
      bad(k, 'choice', `"${t}" không hợp lệ; ghi "Có" hoặc "Không"`, `"${t}" must be "Có" (yes) or "Không" (no)`);
      return undefined;
    };

    const awardText = text('award') ?? '';
    const awardCode = awardByKey.get(headerKey(awardText)) ?? awardText;
    if (awardText && !awardByKey.has(headerKey(awardText)))
      bad(
        'award',
        'unknown-award',
        `"${awardText}" không có trong bộ quy tắc ${lookups.ruleSet.version}; ghi tên hoặc mã hình thức khen thưởng như trong mẫu`,
        `"${awardText}" is not an award of rule set ${lookups.ruleSet.version}`,
      );
    const kind = choice('kind', { canhan: 'person', tapthe: 'collective' } as const, '"Cá nhân" hoặc "Tập thể"');
    let nominee: Record<string, unknown> | undefined;
    if (kind === 'person') {
      const personKey = text('personKey');
      nominee = {
        kind,
        fullName: text('name'),
        gender: choice('gender', { nam: 'male', nu: 'female' } as const, '"Nam" hoặc "Nữ"'),
        birthYear: num('birthYear'),
        position: text('position'),
        isLeader: yesNo('isLeader'),
        isDirectWorker: yesNo('isDirectWorker'),
        ...(personKey ? { personKey } : {}),
      };
    } else if (kind === 'collective') {
      const code = text('unitCode');
      const unitId = code === undefined ? undefined : lookups.unitIdByCode.get(code);
      if (code !== undefined && unitId === undefined)
        bad('unitCode', 'unknown-unit', `không có đơn vị mã "${code}"`, `no unit with code "${code}"`);
      const percent = num('womenPercent');
      if (percent !== undefined && (percent < 0 || percent > 100))
        bad('womenPercent', 'range', 'phải từ 0 đến 100', 'must be between 0 and 100');
      nominee = {
        kind,
        name: text('name'),
        memberCount: num('memberCount'),
        womenShare: percent === undefined ? undefined : Math.round(percent * 100) / 10_000,
        unitId: unitId ?? code,
      };
    }
    const attachments: unknown[] = [];
    const reportName = text('report');
    if (reportName !== undefined) {
      const file = lookups.reportByFileName.get(reportName);
      if (!file)
        bad(
          'report',
          'unknown-file',
          `chưa tải lên tệp "${reportName}"; hãy tải tệp báo cáo thành tích lên trước rồi ghi đúng tên tệp`,
          `no uploaded file named "${reportName}"; upload the report first and write its file name`,
        );
      else
        attachments.push({
          kind: 'BAO_CAO_THANH_TICH',
          name: file.fileName,
          sizeBytes: file.sizeBytes,
          sha256: file.sha256,
          attachmentId: file.id,
        });
    }
    const initiative = text('initiative');
    const initiatives =
      initiative === undefined
        ? []
        : [{ title: initiative, valueVnd: num('initiativeValue') ?? 0, appliedYear: num('initiativeYear') }];
    return { awardCode, nominee, achievements: text('achievements'), initiatives, attachments };
  });
  return { rows: out, issues };
}

/** The column a domain row error belongs to (`nominee.fullName` → "Họ và tên / Tên tập thể"). */
const COLUMN_OF_FIELD: Readonly<Record<string, ColumnKey>> = {
  awardCode: 'award',
  nominee: 'kind',
  'nominee.kind': 'kind',
  'nominee.fullName': 'name',
  'nominee.name': 'name',
  'nominee.gender': 'gender',
  'nominee.birthYear': 'birthYear',
  'nominee.position': 'position',
  'nominee.isLeader': 'isLeader',
  'nominee.isDirectWorker': 'isDirectWorker',
  'nominee.personKey': 'personKey',
  'nominee.unitId': 'unitCode',
  'nominee.memberCount': 'memberCount',
  'nominee.womenShare': 'womenPercent',
  achievements: 'achievements',
  attachments: 'report',
  initiatives: 'initiative',
  'initiatives.title': 'initiative',
  'initiatives.valueVnd': 'initiativeValue',
  'initiatives.appliedYear': 'initiativeYear',
};

/**
 * The batch decider's row errors as sheet issues: the sheet row (not the list index) and the
 * column header; the message keeps the decider's Vietnamese without its "Dòng n" prefix.
 */
export function sheetIssuesOf(errors: readonly BatchRowError[], sheetRows: readonly ImportedRow[]): ImportIssue[] {
  return errors.map((e) => {
    const field = e.field.replace(/\.\d+(?=\.|$)/g, '');
    const key = COLUMN_OF_FIELD[e.field] ?? COLUMN_OF_FIELD[field];
    return {
      row: sheetRows[e.row - 1]?.row ?? e.row,
      column: key ? BATCH_COLUMNS[key] : e.field,
      rule: e.rule,
      message: e.message.replace(/^Dòng \d+(, [^:]+)?: /, '').replace(/\.$/, ''),
      messageEn: e.message_en.replace(/^Row \d+(, [^:]+)?: /, ''),
    };
  });
}

/** The downloadable template with its instructions. */
export function batchTemplate(awards: readonly { code: string; nameVi: string }[]): Promise<Buffer> {
  return templateXlsx(BATCH_SHEET, [
    'Mẫu danh sách đề nghị khen thưởng: mỗi người hoặc tập thể được đề nghị là một dòng của trang "Danh sách đề nghị".',
    'Không gộp ô, không dùng công thức (dán dạng giá trị), không đổi tên trang và tên cột.',
    `Hình thức khen thưởng: ghi tên hoặc mã, ví dụ ${awards
      .slice(0, 4)
      .map((a) => `"${a.nameVi}" (${a.code})`)
      .join(', ')}.`,
    'Cá nhân / Tập thể: ghi "Cá nhân" hoặc "Tập thể".',
    'Với cá nhân: Giới tính ("Nam"/"Nữ"), Năm sinh (4 chữ số), Chức vụ, nơi công tác, Là lãnh đạo và Trực tiếp lao động ("Có"/"Không"); Mã đoàn viên nếu có.',
    'Với tập thể: Mã đơn vị (tập thể) là mã của đơn vị trực thuộc trong hệ thống, Số thành viên, Tỷ lệ nữ (%) từ 0 đến 100.',
    'Tệp báo cáo thành tích: tên tệp đã tải lên hệ thống (mục Tệp đính kèm), ví dụ "Báo cáo thành tích Nguyễn Văn A.pdf".',
    'Sáng kiến (nếu có): tên sáng kiến, Giá trị làm lợi (đồng) viết như 80.000.000, Năm áp dụng sáng kiến.',
    `Mỗi tệp tối đa ${MAX_BATCH_IMPORT_ROWS.toLocaleString('vi-VN')} dòng. Mọi dòng được kiểm tra trước khi ghi; có lỗi thì không dòng nào được gửi.`,
    'Xem trước với dryRun=true; gửi lại cùng tệp cho cùng đề nghị không tạo hồ sơ trùng.',
  ]);
}
