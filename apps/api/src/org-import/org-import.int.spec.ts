import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { XLSX_MEDIA_TYPE } from '@vinhdanh/spreadsheets';
import { createApiTestContext, type ApiTestContext } from '../testing/api-test-context';

const SHEET = 'Cơ cấu tổ chức';
const HEADER = ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị', 'Mã đơn vị cấp trên', 'Số đoàn viên', 'Ngày hiệu lực'];

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
  ws.addRow(HEADER);
  for (const r of rows) ws.addRow(r);
  edit?.(ws);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

// Nhập cơ cấu tổ chức: the rows are checked as a whole before anything is written, then each change
// goes through the unit administration commands as events; the same file twice changes nothing.
describe('org-tree import from .xlsx', () => {
  let t: ApiTestContext;
  const auth = async (username: string) => ({ Authorization: `Bearer ${await t.tokenFor(username)}` });
  const upload = async (bytes: Buffer, query: Record<string, string> = {}, username = 'sysadmin') =>
    t.http
      .post('/api/admin/org-import')
      .query(query)
      .set(await auth(username))
      .set('Content-Type', XLSX_MEDIA_TYPE)
      .send(bytes);
  const unitEvents = async () =>
    (
      await sql<{ type: string; n: number }>`
        select type, count(*)::int as n from events where stream_id like 'unit-%' group by type order by type`.execute(
        t.db,
      )
    ).rows;
  const unitCount = async () =>
    Number((await sql<{ n: string }>`select count(*) as n from units`.execute(t.db)).rows[0]?.n);

  beforeAll(async () => {
    t = await createApiTestContext({ clock: () => new Date('2026-06-15T03:00:00Z') });
  });
  afterAll(() => t?.close());

  it('fills the template, previews, imports through the unit commands, and the same file again creates nothing', async () => {
    const template = await t.http
      .get('/api/admin/org-import/template')
      .set(await auth('sysadmin'))
      .buffer(true)
      .parse(binary);
    expect(template.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template.body as ArrayBuffer);
    const ws = wb.getWorksheet(SHEET)!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(HEADER);
    // A child before its parent (order does not matter), a kind by its Vietnamese name or its code,
    // a date typed as text, a member count with Vietnamese thousands separators, and a rename.
    ws.addRow(['CB-XHA-NEW-TO1', 'Công đoàn bộ phận thử', 'CDCS', 'CB-XHA-NEW', '1.250', '01/07/2025']);
    ws.addRow([
      'CB-XHA-NEW',
      'Công đoàn cơ sở Trường Mầm non Hòa An',
      'Công đoàn cơ sở',
      'CB-XHA',
      31,
      new Date(Date.UTC(2025, 6, 1)),
    ]);
    ws.getRow(2).getCell(3).value = 'CDCS';
    const filled = Buffer.from(await wb.xlsx.writeBuffer());

    const unitsBefore = await unitCount();
    const eventsBefore = await unitEvents();
    const dry = await upload(filled, { dryRun: 'true' });
    expect(dry.status).toBe(400);
    // A CĐCS cannot sit under another CĐCS: refused, naming row 2 and the parent column, nothing written.
    expect(dry.body.errors).toEqual([expect.objectContaining({ field: 'rows[2].Mã đơn vị cấp trên', rule: 'level' })]);
    expect(dry.body.detail).toContain('Dòng 2, cột "Mã đơn vị cấp trên": đơn vị cấp trên phải ở cấp cao hơn');
    expect(await unitCount()).toBe(unitsBefore);

    // Fixed: the first row now sits under the commune union too; one existing unit is renamed.
    const good = await book([
      ['CB-XHA-NEW-TO1', 'Công đoàn cơ sở Trạm Y tế xã Hòa An', 'CDCS', 'CB-XHA', '1.250', '01/07/2025'],
      ['CB-XHA-NEW', 'Công đoàn cơ sở Trường Mầm non Hòa An', 'Công đoàn cơ sở', 'CB-XHA', 31, '1/7/2025'],
      ['CB-VC-CTK', 'Công đoàn cơ sở Thống kê tỉnh Cao Bằng', 'CDCS', 'CB-VC', 45, '01/07/2025'],
      ['CB-VC-SNV', 'Công đoàn cơ sở Sở Nội vụ tỉnh Cao Bằng', 'CDCS', 'CB-VC', 62, '01/01/2015'],
    ]);
    const preview = await upload(good, { dryRun: 'true' });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ rows: 4, created: 2, renamed: 1, moved: 0, unchanged: 1, dryRun: true });
    expect(preview.body.changes[0].description).toBe(
      'Thêm "Công đoàn cơ sở Trạm Y tế xã Hòa An" (mã CB-XHA-NEW-TO1) trực thuộc mã CB-XHA từ ngày 01/07/2025',
    );
    expect(await unitCount()).toBe(unitsBefore);
    expect(await unitEvents()).toEqual(eventsBefore);

    const done = await upload(good);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ rows: 4, created: 2, renamed: 1, moved: 0, unchanged: 1 });
    expect(await unitCount()).toBe(unitsBefore + 2);
    const created = await sql<{ name: string; member_count: number; parent_id: string }>`
      select u.name, u.member_count, p.parent_id from units u join unit_parents p on p.unit_id = u.id
       where u.code in ('CB-XHA-NEW', 'CB-XHA-NEW-TO1') order by u.code`.execute(t.db);
    expect(created.rows).toEqual([
      { name: 'Công đoàn cơ sở Trường Mầm non Hòa An', member_count: 31, parent_id: 'cd-xa-hoa-an' },
      { name: 'Công đoàn cơ sở Trạm Y tế xã Hòa An', member_count: 1250, parent_id: 'cd-xa-hoa-an' },
    ]);
    const after = Object.fromEntries((await unitEvents()).map((e) => [e.type, e.n]));
    const before = Object.fromEntries(eventsBefore.map((e) => [e.type, e.n]));
    expect((after['UnitCreated'] ?? 0) - (before['UnitCreated'] ?? 0)).toBe(2);
    expect((after['UnitRenamed'] ?? 0) - (before['UnitRenamed'] ?? 0)).toBe(1);

    // The same file again: every row is already so; no unit and no event is added.
    const again = await upload(good);
    expect(again.body).toMatchObject({ rows: 4, created: 0, renamed: 0, moved: 0, unchanged: 4 });
    expect(await unitCount()).toBe(unitsBefore + 2);
    expect(Object.fromEntries((await unitEvents()).map((e) => [e.type, e.n]))).toEqual(after);
  });

  it('names every bad row, column and rule in Vietnamese and writes nothing', async () => {
    const unitsBefore = await unitCount();
    const bad = await book(
      [
        ['CB-BAD-1', 'Đơn vị thử 1', 'CDCS', 'KHONG-CO', 10, '01/07/2025'],
        ['cb bad 2', 'Đơn vị thử 2', 'CDCS', 'CB-XHA', 10, '01/07/2025'],
        ['CB-BAD-3', 'Đơn vị thử 3', 'Hội đồng', 'CB-XHA', 10, '01/07/2025'],
        ['CB-BAD-3', 'Đơn vị thử 3 trùng', 'CDCS', 'CB-XHA', 10, '01/07/2025'],
        ['CB-BAD-5', 'Đơn vị thử 5', 'CDCS', 'CB-XHA', 10, 'ngày mai'],
        ['CB-BAD-6', 'Đơn vị thử 6', 'CDCS', 'CB-XHA', 10, '01/07/2025'],
        ['CB-BAD-7', null, 'CDCS', 'CB-XHA', 10, '01/07/2025'],
      ],
      (ws) => {
        ws.getCell('B7').value = { formula: 'UPPER("x")', result: 'X' } as never;
      },
    );
    const res = await upload(bad);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('REQUEST.INVALID_ROWS');
    const byRow = (row: number) =>
      res.body.errors.filter((e: { field: string }) => e.field.startsWith(`rows[${row}].`));
    expect(byRow(2)[0].message).toBe(
      'Dòng 2, cột "Mã đơn vị cấp trên": không có đơn vị mã "KHONG-CO" trong hệ thống hay trong tệp',
    );
    expect(byRow(3)[0].rule).toBe('format');
    expect(byRow(4)[0].field).toBe('rows[4].Loại đơn vị');
    expect(byRow(5)[0].message).toContain('trùng với dòng 4');
    expect(byRow(6)[0].field).toBe('rows[6].Ngày hiệu lực');
    expect(byRow(7)[0].field).toBe('rows[7].Tên đơn vị');
    expect(byRow(8)[0].field).toBe('rows[8].Tên đơn vị');
    expect(await unitCount()).toBe(unitsBefore);
  });

  it('refuses a file that is not a workbook, the wrong sheet, and rows outside a unit admin’s tree', async () => {
    const notXlsx = await upload(Buffer.from('Mã đơn vị,Tên đơn vị\nA,B\n'));
    expect(notXlsx.status).toBe(400);
    expect(notXlsx.body.code).toBe('REQUEST.NOT_A_SPREADSHEET');
    const wrongSheet = await upload(
      await book([['CB-X', 'X', 'CDCS', 'CB-XHA', 1, '01/07/2025']], undefined, 'Sheet1'),
    );
    expect(wrongSheet.status).toBe(400);
    expect(wrongSheet.body.code).toBe('REQUEST.WRONG_SHEET');
    expect(wrongSheet.body.detail).toContain('Cơ cấu tổ chức');
    // The Cao Bằng unit admin may add under Cao Bằng, not under Hà Nội: refused before anything is written.
    const unitsBefore = await unitCount();
    const mixed = await book([
      ['CB-XHA-OK', 'Công đoàn cơ sở thử Cao Bằng', 'CDCS', 'CB-XHA', 5, '01/07/2025'],
      ['HN-DP-NO', 'Công đoàn cơ sở thử Hà Nội', 'CDCS', 'HN-DP', 5, '01/07/2025'],
    ]);
    const scoped = await upload(mixed, {}, 'cb.admin');
    expect(scoped.status).toBe(400);
    expect(scoped.body.errors).toEqual([
      expect.objectContaining({ field: 'rows[3].Mã đơn vị cấp trên', rule: 'scope' }),
    ]);
    expect(await unitCount()).toBe(unitsBefore);
    const media = await t.http
      .post('/api/admin/org-import')
      .set(await auth('sysadmin'))
      .set('Content-Type', 'application/json')
      .send({ rows: [] });
    expect(media.status).toBe(400);
  });
});
