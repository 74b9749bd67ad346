import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { demoUnitIds as u } from '@vinhdanh/domain';
import { createApiTestContext, type ApiTestContext } from '../testing/api-test-context';

const binary = (
  res: { on: (e: string, cb: (c?: Buffer) => void) => void },
  cb: (err: Error | null, body: Buffer) => void,
) => {
  const chunks: Buffer[] = [];
  res.on('data', (c) => chunks.push(c!));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

describe('.xlsx downloads of the council sessions, users and units, scoped as their lists, each recorded', () => {
  let t: ApiTestContext;
  const auth = async (username: string) => ({ Authorization: `Bearer ${await t.tokenFor(username)}` });
  async function download(username: string, path: string, query: Record<string, string> = {}) {
    const res = await t.http
      .get(`/api/reports/exports/${path}`)
      .query(query)
      .set(await auth(username))
      .buffer(true)
      .parse(binary);
    if (res.status !== 200) return { res, sheet: null };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    return { res, sheet: wb.worksheets[0]! };
  }
  const header = (sheet: ExcelJS.Worksheet) => (sheet.getRow(1).values as unknown[]).slice(1);
  const column = (sheet: ExcelJS.Worksheet, n: number) => sheet.getColumn(n).values.slice(2);
  const lastExport = async () =>
    (
      await t.database.pool.query<{ data: { report: string; rows: number; personalData: boolean } }>(
        "select data from events where type = 'ReportExported' order by global_position desc limit 1",
      )
    ).rows[0]!.data;

  beforeAll(async () => {
    t = await createApiTestContext({ clock: () => new Date('2026-06-15T03:00:00Z') });
    // Two sessions as the council-session projection lists them (convening needs the round's workflows).
    await t.database.pool.query(
      `insert into council_sessions (id, council_unit_id, council_unit_name, title, award_code, candidates, status, convened_at)
       values ($1, $2, 'Công đoàn cơ sở Bệnh viện đa khoa Đan Phượng', 'Phiên họp xét Giấy khen năm 2026', 'GK', 4, 'open', '2026-06-10T02:00:00Z'),
              ($3, $4, 'Liên đoàn Lao động tỉnh Cao Bằng', 'Phiên họp xét Bằng khen tỉnh năm 2026', 'BK_TINH', 7, 'convened', '2026-06-12T02:00:00Z')`,
      [randomUUID(), u.cdcsBvdkDanPhuong, randomUUID(), u.ldldCaoBang],
    );
    // The district dissolved in the 2025 reorganisation, as the units projection records it.
    await t.database.pool.query("update units set dissolved_on = '2025-07-01' where id = $1", [u.ldldHoaAn]);
  });
  afterAll(() => t?.close());

  it('lists the council sessions the caller sees, with the award’s name, status in words and a real date', async () => {
    const { sheet } = await download('tld.auditor', 'council-sessions');
    expect(sheet!.name).toBe('Phiên họp Hội đồng');
    expect(header(sheet!)).toEqual([
      'Phiên họp',
      'Hội đồng của đơn vị',
      'Hình thức khen thưởng',
      'Số người được xét',
      'Tình trạng',
      'Triệu tập lúc',
    ]);
    expect(sheet!.actualRowCount).toBe(3);
    const row = sheet!.getRow(2);
    expect(row.getCell(1).value).toBe('Phiên họp xét Bằng khen tỉnh năm 2026');
    expect(row.getCell(3).value).toEqual(expect.stringContaining('Bằng khen'));
    expect(row.getCell(4).value).toBe(7);
    expect(row.getCell(5).value).toBe('Đã triệu tập');
    // 02:00 UTC is 09:00 in Vietnam.
    expect(row.getCell(6).value).toEqual(new Date('2026-06-12T09:00:00Z'));
    expect(sheet!.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet!.autoFilter).toBeTruthy();
    // A grassroots chair sees their own unit's session only.
    const own = await download('bvdp.chair', 'council-sessions');
    expect(column(own.sheet!, 1)).toEqual(['Phiên họp xét Giấy khen năm 2026']);
    expect(await lastExport()).toMatchObject({ report: 'council_sessions', rows: 1, personalData: false });
  });

  it('lists the users an administrator administers, filters applied, and refuses a non-administrator', async () => {
    const all = await download('sysadmin', 'users');
    const { rows } = await t.database.pool.query<{ n: number }>('select count(*)::int as n from users');
    expect(all.sheet!.actualRowCount).toBe(1 + rows[0]!.n);
    expect(header(all.sheet!)).toEqual([
      'Họ tên',
      'Tên đăng nhập',
      'Thư điện tử',
      'Tình trạng',
      'Vai trò hiện có',
      'Tạo lúc',
    ]);
    const names = column(all.sheet!, 2);
    const me = all.sheet!.getRow(names.indexOf('cb.admin') + 2);
    expect(me.getCell(1).value).toBe('Hà Thị Mai');
    expect(me.getCell(4).value).toBe('Đang hoạt động');
    expect(me.getCell(5).value).toBe('Quản trị đơn vị – Liên đoàn Lao động tỉnh Cao Bằng');
    expect(me.getCell(6).value).toBeInstanceOf(Date);
    expect(await lastExport()).toMatchObject({ report: 'users', personalData: true });
    // The province's administrator: only users holding a role in Cao Bằng's subtree.
    const province = await download('cb.admin', 'users');
    const provinceNames = column(province.sheet!, 2);
    expect(provinceNames).toContain('cb.admin');
    expect(provinceNames).not.toContain('bvdp.nominator');
    expect(provinceNames.length).toBeLessThan(names.length);
    const filtered = await download('sysadmin', 'users', { q: 'cb.admin' });
    expect(column(filtered.sheet!, 2)).toEqual(['cb.admin']);
    const refused = await download('bvdp.chair', 'users');
    expect(refused.res.status).toBe(403);
    expect(refused.res.headers['content-type']).toContain('application/problem+json');
  });

  it('lists the units with their kind, level, parent and dissolution date; a unit administrator their subtree', async () => {
    const all = await download('sysadmin', 'units', { format: 'xlsx' });
    const { rows } = await t.database.pool.query<{ n: number }>('select count(*)::int as n from units');
    expect(all.sheet!.actualRowCount).toBe(1 + rows[0]!.n);
    expect(header(all.sheet!)).toEqual([
      'Mã đơn vị',
      'Tên đơn vị',
      'Loại đơn vị',
      'Cấp',
      'Đơn vị cấp trên',
      'Số đoàn viên',
      'Ngày giải thể',
    ]);
    // The confederation first (highest level), without a parent.
    expect(all.sheet!.getRow(2).getCell(2).value).toBe('Tổng Liên đoàn Lao động Việt Nam');
    expect(all.sheet!.getRow(2).getCell(5).value).toBeNull();
    expect(typeof all.sheet!.getRow(2).getCell(6).value).toBe('number');
    const hoaAn = all.sheet!.getRow(column(all.sheet!, 1).indexOf('CB-HA') + 2);
    expect(hoaAn.getCell(7).value).toEqual(new Date('2025-07-01T00:00:00Z'));
    // Its parent as on its last day.
    expect(hoaAn.getCell(5).value).toBe('Liên đoàn Lao động tỉnh Cao Bằng');
    expect(await lastExport()).toMatchObject({ report: 'units', rows: rows[0]!.n, personalData: false });
    const province = await download('cb.admin', 'units');
    const names = column(province.sheet!, 2);
    expect(names).toContain('Liên đoàn Lao động tỉnh Cao Bằng');
    expect(names).not.toContain('Liên đoàn Lao động thành phố Hà Nội');
    expect(names.length).toBeGreaterThan(1);
    const csv = await t.http
      .get('/api/reports/exports/units')
      .query({ format: 'csv' })
      .set(await auth('cb.admin'))
      .buffer(true)
      .parse(binary);
    expect((csv.body as Buffer).toString('utf8')).toMatch(/^\uFEFFMã đơn vị,Tên đơn vị,Loại đơn vị,Cấp,/);
    const refused = await t.http.get('/api/reports/exports/units').set(await auth('tld.auditor'));
    expect(refused.status).toBe(403);
  });
});
