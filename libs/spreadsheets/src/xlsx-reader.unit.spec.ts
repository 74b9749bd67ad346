import ExcelJS from 'exceljs';
import {
  parseVietnameseDate,
  parseVietnameseNumber,
  readSheetRows,
  SpreadsheetRejectedError,
  templateXlsx,
  type ImportSpec,
} from './xlsx-reader';

/** A nominee-list-like template: text, a date, a whole number and an amount of VND. */
const SPEC: ImportSpec = {
  sheetName: 'Danh sách',
  columns: [
    { key: 'fullName', header: 'Họ và tên', type: 'text', required: true },
    { key: 'birthDate', header: 'Ngày sinh', type: 'date', required: true },
    { key: 'years', header: 'Số năm công tác', type: 'integer' },
    { key: 'valueVnd', header: 'Giá trị làm lợi (đồng)', aliases: ['value_vnd'], type: 'number' },
  ],
  maxRows: 100,
  maxBytes: 1024 * 1024,
};
const HEADER = ['Họ và tên', 'Ngày sinh', 'Số năm công tác', 'Giá trị làm lợi (đồng)'];

async function xlsx(
  rows: unknown[][],
  edit?: (ws: ExcelJS.Worksheet) => void,
  sheetName = 'Danh sách',
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  for (const r of rows) ws.addRow(r);
  edit?.(ws);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function rejection(bytes: Buffer, spec: ImportSpec = SPEC): Promise<SpreadsheetRejectedError> {
  try {
    await readSheetRows(bytes, spec);
  } catch (err) {
    if (err instanceof SpreadsheetRejectedError) return err;
    throw err;
  }
  throw new Error('the file was accepted');
}

describe('reading an .xlsx against a template', () => {
  it('reads real dates and numbers, and dates and numbers typed as text the Vietnamese way', async () => {
    const { rows, issues } = await readSheetRows(
      await xlsx([
        HEADER,
        ['Nguyễn Thị Hồng Nhung', new Date(Date.UTC(1986, 4, 12)), 12, 85_000_000],
        ['Lê Văn Bình', '12/3/1990', '7', '80.000.000'],
        ['Trần Thị Ngọc Hân', '05-11-1979', ' 20 ', '12,5'],
        [],
        ['Hoàng Văn Minh', '1992-01-31', null, '1 500 000 đ'],
      ]),
      SPEC,
    );
    expect(issues).toEqual([]);
    expect(rows).toEqual([
      {
        row: 2,
        values: { fullName: 'Nguyễn Thị Hồng Nhung', birthDate: '1986-05-12', years: 12, valueVnd: 85_000_000 },
      },
      { row: 3, values: { fullName: 'Lê Văn Bình', birthDate: '1990-03-12', years: 7, valueVnd: 80_000_000 } },
      { row: 4, values: { fullName: 'Trần Thị Ngọc Hân', birthDate: '1979-11-05', years: 20, valueVnd: 12.5 } },
      { row: 6, values: { fullName: 'Hoàng Văn Minh', birthDate: '1992-01-31', years: null, valueVnd: 1_500_000 } },
    ]);
  });

  it('names each bad cell by row, column and rule, in Vietnamese', async () => {
    const { issues } = await readSheetRows(
      await xlsx([HEADER, ['Lê Văn Bình', '12-03-26', '7,5', '80,000,000'], ['', '31/02/2026', 'mười', '1.5']]),
      SPEC,
    );
    expect(issues.map((i) => [i.row, i.column, i.rule])).toEqual([
      [2, 'Ngày sinh', 'date-two-digit-year'],
      [2, 'Số năm công tác', 'integer'],
      [2, 'Giá trị làm lợi (đồng)', 'number-format'],
      [3, 'Ngày sinh', 'date-invalid'],
      [3, 'Số năm công tác', 'number-format'],
      [3, 'Giá trị làm lợi (đồng)', 'number-format'],
      [3, 'Họ và tên', 'required'],
    ]);
    expect(issues[0]!.message).toBe('"12-03-26" năm phải đủ 4 chữ số (ví dụ 12/03/2026, không phải 12/03/26)');
  });

  it('refuses merged cells and formulas, naming where they are', async () => {
    const { issues } = await readSheetRows(
      await xlsx(
        [HEADER, ['Lê Văn Bình', '12/03/1990', 7, 100], ['', '', 8, 200], ['Trần Văn An', '01/01/1980', 3, null]],
        (ws) => {
          ws.mergeCells('A2:A3');
          ws.getCell('D4').value = { formula: 'D2+D3', result: 300 };
        },
      ),
      SPEC,
    );
    expect(issues.map((i) => [i.row, i.column, i.rule])).toEqual(
      expect.arrayContaining([
        [2, 'Họ và tên', 'merged-cells'],
        [4, 'Giá trị làm lợi (đồng)', 'formula'],
      ]),
    );
    expect(issues.find((i) => i.rule === 'formula')!.message).toContain('Paste Values');
  });

  it('refuses the wrong sheet, unknown or missing columns, and an empty sheet', async () => {
    const wrong = await rejection(await xlsx([HEADER, ['A', '01/01/1990']], undefined, 'Sheet1'));
    expect(wrong.reason).toBe('wrong_sheet');
    expect(wrong.messageVi).toBe('Không có trang tính "Danh sách" trong tệp (tệp có: "Sheet1"). Hãy dùng tệp mẫu.');
    const { issues } = await readSheetRows(await xlsx([['Họ và tên', 'Quê quán'], ['A']]), SPEC);
    expect(issues.map((i) => [i.row, i.column, i.rule])).toEqual([
      [1, 'Quê quán', 'unknown-column'],
      [1, 'Ngày sinh', 'missing-column'],
    ]);
    // Headers match without accents, case or spacing; aliases too.
    const loose = await readSheetRows(
      await xlsx([
        ['HO VA TEN', 'ngay sinh', 'value_vnd'],
        ['A', '01/01/1990', '5'],
      ]),
      SPEC,
    );
    expect(loose).toEqual({
      rows: [{ row: 2, values: { fullName: 'A', birthDate: '1990-01-01', valueVnd: 5 } }],
      issues: [],
    });
    expect((await rejection(await xlsx([HEADER]))).reason).toBe('empty');
  });

  it('refuses a file that is not an .xlsx, an old .xls, a file too large, and too many rows', async () => {
    expect((await rejection(Buffer.from('%PDF-1.7\n...'))).reason).toBe('not_xlsx');
    expect((await rejection(Buffer.from('Họ và tên,Ngày sinh\nA,01/01/1990\n'))).reason).toBe('not_xlsx');
    // A zip that is not a workbook.
    expect((await rejection(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100)]))).reason).toBe(
      'not_xlsx',
    );
    expect((await rejection(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).reason).toBe('legacy_xls');
    const big = await rejection(Buffer.alloc(SPEC.maxBytes + 1));
    expect(big.reason).toBe('too_large');
    expect(big.messageVi).toContain('tối đa 1 MB');
    const many = await rejection(
      await xlsx([HEADER, ...Array.from({ length: 101 }, (_, i) => [`Người ${i}`, '01/01/1990'])]),
    );
    expect(many.reason).toBe('too_many_rows');
    expect(many.messageVi).toBe(
      'Trang tính có 101 dòng dữ liệu; mỗi lần nhập tối đa 100 dòng. Hãy chia thành nhiều tệp.',
    );
  });

  it('offers a template that reads back as an empty import with the right header', async () => {
    const bytes = await templateXlsx(SPEC, ['Điền mỗi người một dòng.']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Danh sách', 'Hướng dẫn']);
    expect((wb.getWorksheet('Danh sách')!.getRow(1).values as unknown[]).slice(1)).toEqual(HEADER);
    expect((await rejection(bytes)).reason).toBe('empty');
  });

  it('parses Vietnamese numbers and dates strictly', () => {
    expect(parseVietnameseNumber('80.000.000')).toBe(80_000_000);
    expect(parseVietnameseNumber('1.234,5')).toBe(1234.5);
    expect(parseVietnameseNumber('-12')).toBe(-12);
    expect(parseVietnameseNumber('80,000,000')).toBeNull();
    expect(parseVietnameseNumber('80.00')).toBeNull();
    expect(parseVietnameseDate('12/3/2026')).toEqual({ ok: true, date: '2026-03-12' });
    expect(parseVietnameseDate('29/02/2025')).toEqual({ ok: false, rule: 'date-invalid' });
    expect(parseVietnameseDate('12-03-26')).toEqual({ ok: false, rule: 'date-two-digit-year' });
    expect(parseVietnameseDate('tháng 3')).toEqual({ ok: false, rule: 'date-format' });
  });
});
