import { randomUUID } from 'node:crypto';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { writeXlsx, sheet, XLSX_MEDIA_TYPE } from '@vinhdanh/spreadsheets';
import { createApiTestContext, type ApiTestContext } from '../testing/api-test-context';

const SHEET = 'Lịch sử khen thưởng';
const HEADER = [
  'Mã định danh người được khen',
  'Mã hình thức khen thưởng',
  'Năm',
  'Chủ đề',
  'Số quyết định',
  'Cơ quan ban hành',
  'Nguồn',
];

/** Collects a binary response body. */
const binary = (
  res: { on: (e: string, cb: (c?: Buffer) => void) => void },
  cb: (err: Error | null, body: Buffer) => void,
) => {
  const chunks: Buffer[] = [];
  res.on('data', (c) => chunks.push(c!));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

async function book(rows: unknown[][], edit?: (ws: ExcelJS.Worksheet) => void, name = SHEET): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(name);
  for (const r of rows) ws.addRow(r);
  edit?.(ws);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('award history import from .xlsx: template, dry run, idempotent, every bad input a Vietnamese 400', () => {
  let t: ApiTestContext;
  const auth = async (username: string) => ({ Authorization: `Bearer ${await t.tokenFor(username)}` });
  const upload = async (bytes: Buffer, query: Record<string, string> = {}, username = 'sysadmin') =>
    t.http
      .post('/api/admin/award-history/import')
      .query(query)
      .set(await auth(username))
      .set('Idempotency-Key', `k-${randomUUID()}`)
      .set('Content-Type', XLSX_MEDIA_TYPE)
      .send(bytes);
  const stored = () => t.db.selectFrom('award_history').selectAll().orderBy('person_key').execute();

  beforeAll(async () => {
    t = await createApiTestContext({ clock: () => new Date('2026-06-15T03:00:00Z') });
  });
  afterAll(() => t?.close());

  it('fills the downloaded template, previews with a dry run, imports, and imports the same file again without duplicates', async () => {
    const template = await t.http
      .get('/api/admin/award-history/template')
      .set(await auth('sysadmin'))
      .buffer(true)
      .parse(binary);
    expect(template.status).toBe(200);
    expect(template.headers['content-type']).toBe(XLSX_MEDIA_TYPE);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template.body as ArrayBuffer);
    const ws = wb.getWorksheet(SHEET)!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(HEADER);
    ws.addRow(['CD-001', 'BK_TINH', 2025, null, '12/QĐ-LĐLĐ', 'LĐLĐ tỉnh Cao Bằng', 'Sổ khen thưởng 2025']);
    // A year typed as text and a key typed as a number are read as what they mean.
    ws.addRow([20_231, 'GK', '2024', 'Giỏi việc nước, đảm việc nhà', null, null, 'Sổ khen thưởng 2024']);
    const filled = Buffer.from(await wb.xlsx.writeBuffer());

    const dry = await upload(filled, { dryRun: 'true' });
    expect(dry.status).toBe(200);
    expect(dry.body).toEqual({ rows: 2, inserted: 2, updated: 0, dryRun: true });
    expect(await stored()).toEqual([]);

    expect((await upload(filled)).body).toEqual({ rows: 2, inserted: 2, updated: 0 });
    expect((await upload(filled)).body).toEqual({ rows: 2, inserted: 0, updated: 2 });
    expect((await upload(filled, { dryRun: 'true' })).body).toEqual({ rows: 2, inserted: 0, updated: 2, dryRun: true });
    const rows = await stored();
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => [r.person_key, r.award_code, r.year, r.theme])).toEqual([
      ['20231', 'GK', 2024, 'Giỏi việc nước, đảm việc nhà'],
      ['CD-001', 'BK_TINH', 2025, ''],
    ]);
  });

  it('names every bad cell (row, column, rule) in Vietnamese and writes nothing', async () => {
    const before = await stored();
    const res = await upload(
      await book(
        [
          HEADER,
          ['CD-101', 'huân chương', 2025, null, null, null, 'Sổ 2025'],
          ['CD-102', 'GK', 'hai nghìn', null, null, null, 'Sổ 2025'],
          ['CD-103', 'GK', 2025, null, null, null, null],
          ['CD-104', 'GK', 2025, null, null, null, 'Sổ 2025'],
          ['', 'GK', 2025, null, null, null, 'Sổ 2025'],
        ],
        (ws) => {
          ws.getCell('C5').value = { formula: 'C4+0', result: 2025 };
          ws.mergeCells('A6:A7');
        },
      ),
    );
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('REQUEST.INVALID_ROWS');
    expect(res.body.errors.map((e: { field: string; rule: string }) => [e.field, e.rule])).toEqual([
      ['rows[2].Mã hình thức khen thưởng', 'award_history_row'],
      ['rows[3].Năm', 'number-format'],
      ['rows[4].Nguồn', 'required'],
      ['rows[5].Năm', 'formula'],
      ['rows[6].Mã định danh người được khen', 'merged-cells'],
    ]);
    expect(res.body.errors[0].message).toBe(
      'Dòng 2, cột "Mã hình thức khen thưởng": phải là mã hình thức khen thưởng: chữ in hoa, chữ số hoặc "_", bắt đầu bằng chữ, như các mã trong mẫu tải về',
    );
    expect(res.body.detail).toMatch(/^Tệp có 5 lỗi; không dòng nào được nhập\./);
    expect(await stored()).toEqual(before);
  });

  it('refuses the wrong sheet, a file that is not a spreadsheet, an old .xls, 30 MB and 50,000 rows — never a 500, never a write', async () => {
    const before = await stored();
    const wrong = await upload(await book([HEADER, ['CD-1', 'GK', 2025, null, null, null, 'Sổ']], undefined, 'Sheet1'));
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({
      code: 'REQUEST.WRONG_SHEET',
      detail: 'Không có trang tính "Lịch sử khen thưởng" trong tệp (tệp có: "Sheet1"). Hãy dùng tệp mẫu.',
    });
    const pdf = await upload(Buffer.from('%PDF-1.7\n1 0 obj\n'));
    expect(pdf.status).toBe(400);
    expect(pdf.body.code).toBe('REQUEST.NOT_A_SPREADSHEET');
    expect(pdf.body.detail).toContain('không phải bảng tính Excel (.xlsx)');
    const xls = await upload(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    expect(xls.body.detail).toContain('.xls');
    const huge = await upload(Buffer.alloc(30 * 1024 * 1024, 1));
    expect(huge.status).toBe(400);
    expect(huge.body).toMatchObject({ code: 'REQUEST.TOO_LARGE' });
    expect(huge.body.detail).toContain('tối đa 10 MB');

    // 50,000 rows, written with the streaming writer as a large office file would be.
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise((resolve) => out.on('end', resolve));
    type Row = { i: number };
    await writeXlsx(out, [
      sheet<Row>({
        name: SHEET,
        columns: HEADER.map((header, c) => ({
          header,
          type: c === 2 ? ('integer' as const) : ('text' as const),
          value: (r: Row) =>
            [`CD-${r.i}`, 'GK', 2024, null, null, null, 'Sổ khen thưởng 2024'][c] as string | number | null,
        })),
        rows: (function* () {
          for (let i = 0; i < 50_000; i++) yield { i };
        })(),
      }),
    ]);
    await done;
    const many = await upload(Buffer.concat(chunks));
    expect(many.status).toBe(400);
    expect(many.body).toMatchObject({ code: 'REQUEST.TOO_MANY_ROWS' });
    expect(many.body.detail).toBe(
      'Trang tính có 50.000 dòng dữ liệu; mỗi lần nhập tối đa 10.000 dòng. Hãy chia thành nhiều tệp.',
    );
    expect(await stored()).toEqual(before);
  });

  it('is for system administrators only', async () => {
    const res = await upload(await book([HEADER]), {}, 'cb.admin');
    expect(res.status).toBe(403);
    const template = await t.http.get('/api/admin/award-history/template').set(await auth('cb.admin'));
    expect(template.status).toBe(403);
  });
});
