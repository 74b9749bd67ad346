import { randomUUID } from 'node:crypto';
import { PassThrough } from 'node:stream';
import type { Client } from '@temporalio/client';
import ExcelJS from 'exceljs';
import { demoUnitIds as u } from '@vinhdanh/domain';
import { demoCampaignIds } from '@vinhdanh/seed';
import { sheet, writeXlsx, XLSX_MEDIA_TYPE } from '@vinhdanh/spreadsheets';
import { createApiTestContext, type ApiTestContext } from '../testing/api-test-context';

const SHEET = 'Danh sách đề nghị';
const HEADER = [
  'Hình thức khen thưởng',
  'Cá nhân / Tập thể',
  'Họ và tên / Tên tập thể',
  'Giới tính',
  'Năm sinh',
  'Chức vụ, nơi công tác',
  'Là lãnh đạo',
  'Trực tiếp lao động',
  'Mã đoàn viên',
  'Mã đơn vị (tập thể)',
  'Số thành viên',
  'Tỷ lệ nữ (%)',
  'Tóm tắt thành tích',
  'Tệp báo cáo thành tích',
  'Sáng kiến',
  'Giá trị làm lợi (đồng)',
  'Năm áp dụng sáng kiến',
];
const ACHIEVEMENTS = 'Hoàn thành xuất sắc nhiệm vụ năm 2026, không để xảy ra sai sót chuyên môn.';
const person = (name: string, report: string, extra: Partial<Record<number, unknown>> = {}) => {
  const row: unknown[] = [
    'Giấy khen',
    'Cá nhân',
    name,
    'Nữ',
    1985,
    'Điều dưỡng viên khoa Nội',
    'Không',
    'có',
    `DV-${name.length}-${name.charCodeAt(0)}`,
    null,
    null,
    null,
    ACHIEVEMENTS,
    report,
    null,
    null,
    null,
  ];
  for (const [i, v] of Object.entries(extra)) row[Number(i)] = v;
  return row;
};

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

describe('đề nghị from .xlsx: template, every row checked first, dry run, the same file twice creates nothing twice', () => {
  let t: ApiTestContext;
  const auth = async (username: string) => ({ Authorization: `Bearer ${await t.tokenFor(username)}` });
  const files: Record<string, string> = {};
  const target = () => ({
    submittingUnitId: u.cdcsBvdkDanPhuong,
    campaignId: demoCampaignIds.annual2026,
    submissionLetterNumber: '15/TTr-CĐCS',
    toTrinhId: files['toTrinh']!,
    bienBanId: files['bienBan']!,
  });
  const upload = async (bytes: Buffer, query: Record<string, string> = target(), username = 'bvdp.nominator') =>
    t.http
      .post('/api/submission-batches/import')
      .query(query)
      .set(await auth(username))
      .set('Content-Type', XLSX_MEDIA_TYPE)
      .send(bytes);
  const batches = async () =>
    (await t.database.pool.query<{ n: number }>('select count(*)::int as n from submission_batches')).rows[0]!.n;
  const events = async () =>
    (
      await t.database.pool.query<{ n: number }>(
        "select count(*)::int as n from events where stream_id like 'submission-batch-%'",
      )
    ).rows[0]!.n;

  async function attach(name: string): Promise<string> {
    const res = await t.http
      .post('/api/attachments')
      .set(await auth('bvdp.nominator'))
      .set('Idempotency-Key', `up-${randomUUID()}`)
      .set('Content-Type', 'application/pdf')
      .set('X-File-Name', encodeURIComponent(name))
      .send(Buffer.from(`%PDF-1.4\n% ${name}\n%%EOF\n`));
    expect(res.status).toBe(201);
    return res.body.id as string;
  }

  beforeAll(async () => {
    t = await createApiTestContext({
      clock: () => new Date('2026-06-15T03:00:00Z'),
      // No Temporal here: a row's workflow start fails at once (an outage: the row stays pending,
      // nothing recorded), so the batch itself is what these checks see.
      temporal: {
        client: {
          workflow: { start: () => Promise.reject(new Error('no Temporal in this test')) },
        } as unknown as Client,
        probe: { check: () => Promise.resolve() },
      },
    });
    files['toTrinh'] = await attach('Tờ trình 15-TTr-CĐCS.pdf');
    files['bienBan'] = await attach('Biên bản họp Hội đồng thi đua.pdf');
    await attach('Báo cáo thành tích Đỗ Thị Thanh Hà.pdf');
    await attach('Báo cáo thành tích Nguyễn Văn Quang.pdf');
    await attach('Báo cáo thành tích Khoa Nội.pdf');
  });
  afterAll(() => t?.close());

  it('fills the downloaded template, previews it, submits it once, and answers the same batch for the same file', async () => {
    const template = await t.http
      .get('/api/submission-batches/import/template')
      .set(await auth('bvdp.nominator'))
      .buffer(true)
      .parse(binary);
    expect(template.status).toBe(200);
    expect(template.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('Mẫu danh sách đề nghị khen thưởng.xlsx')}`,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template.body as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(SHEET)!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(HEADER);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    ws.addRow(
      person('Đỗ Thị Thanh Hà', 'Báo cáo thành tích Đỗ Thị Thanh Hà.pdf', {
        14: 'Quy trình chăm sóc người bệnh sau mổ',
        15: '80.000.000',
        16: 2026,
      }),
    );
    ws.addRow(person('Nguyễn Văn Quang', 'Báo cáo thành tích Nguyễn Văn Quang.pdf', { 0: 'GK', 3: 'nam', 6: 'Có' }));
    const collective: unknown[] = ['Giấy khen', 'Tập thể', 'Khoa Nội', null, null, null, null, null, null];
    collective.push('HN-DP-BVDK', 35, '80', ACHIEVEMENTS, 'Báo cáo thành tích Khoa Nội.pdf');
    ws.addRow(collective);
    const filled = Buffer.from(await wb.xlsx.writeBuffer());

    const dry = await upload(filled, { ...target(), dryRun: 'true' });
    expect(dry.status).toBe(200);
    expect(dry.body).toEqual({
      dryRun: true,
      rows: 3,
      nominees: [
        {
          row: 2,
          nomineeName: 'Đỗ Thị Thanh Hà',
          nomineeKind: 'person',
          awardName: expect.stringContaining('Giấy khen'),
        },
        { row: 3, nomineeName: 'Nguyễn Văn Quang', nomineeKind: 'person', awardName: expect.any(String) },
        { row: 4, nomineeName: 'Khoa Nội', nomineeKind: 'collective', awardName: expect.any(String) },
      ],
      skipped: [],
      summary: 'Sẽ gửi đề nghị gồm 3 hồ sơ (2 cá nhân, 1 tập thể); chưa ghi gì.',
    });
    expect(await batches()).toBe(0);

    const first = await upload(filled);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      submittingUnit: { id: u.cdcsBvdkDanPhuong },
      submissionLetterNumber: '15/TTr-CĐCS',
      skipped: 0,
    });
    expect(first.body.rows.map((r: { row: number; nomineeName: string }) => [r.row, r.nomineeName])).toEqual([
      [1, 'Đỗ Thị Thanh Hà'],
      [2, 'Nguyễn Văn Quang'],
      [3, 'Khoa Nội'],
    ]);
    expect(await batches()).toBe(1);
    // What the rows became: the decider's accepted rows in the batch's event.
    const { rows: stored } = await t.database.pool.query<{ data: { rows: Record<string, unknown>[] } }>(
      "select data from events where stream_id = $1 and type = 'SubmissionBatchSubmitted'",
      [`submission-batch-${first.body.id}`],
    );
    const accepted = stored[0]!.data.rows;
    expect(accepted[0]).toMatchObject({
      awardCode: 'GK',
      nominee: { kind: 'person', fullName: 'Đỗ Thị Thanh Hà', gender: 'female', isLeader: false, isDirectWorker: true },
      initiatives: [{ title: 'Quy trình chăm sóc người bệnh sau mổ', valueVnd: 80_000_000, appliedYear: 2026 }],
      attachments: [
        expect.objectContaining({ kind: 'BAO_CAO_THANH_TICH', name: 'Báo cáo thành tích Đỗ Thị Thanh Hà.pdf' }),
      ],
    });
    expect(accepted[1]).toMatchObject({ nominee: { gender: 'male', isLeader: true } });
    expect(accepted[2]).toMatchObject({
      nominee: { kind: 'collective', unitId: u.cdcsBvdkDanPhuong, memberCount: 35, womenShare: 0.8 },
    });

    const eventsBefore = await events();
    const again = await upload(filled);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    expect(await batches()).toBe(1);
    expect(await events()).toBeGreaterThanOrEqual(eventsBefore);
    const { rows: submitted } = await t.database.pool.query<{ n: number }>(
      "select count(*)::int as n from events where type = 'SubmissionBatchSubmitted'",
    );
    expect(submitted[0]!.n).toBe(1);
  });

  it('checks every row before writing and names each bad row, column and rule in Vietnamese', async () => {
    const before = await batches();
    const res = await upload(
      await book(
        [
          HEADER,
          person('Lê Văn Bình', 'Báo cáo thành tích Nguyễn Văn Quang.pdf', { 15: '80,000,000', 14: 'Sáng kiến A' }),
          person('Trần Thị Mai', 'Báo cáo thành tích Nguyễn Văn Quang.pdf', {
            0: 'Huân chương Mặt trời',
            3: 'Nữ giới',
          }),
          person('Phạm Văn Cường', 'Báo cáo không có.pdf', { 4: '12/3/2026' }),
          person('Vũ Thị Lan', 'Báo cáo thành tích Nguyễn Văn Quang.pdf'),
          [
            'Giấy khen',
            'Tập thể',
            'Tổ Hành chính',
            null,
            null,
            null,
            null,
            null,
            null,
            'KHONG-CO',
            10,
            50,
            ACHIEVEMENTS,
          ],
        ],
        (ws) => {
          ws.getCell('E5').value = { formula: '1980+5', result: 1985 } as never;
          ws.mergeCells('G6:H6');
        },
      ),
    );
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.code).toBe('REQUEST.INVALID_ROWS');
    const got = (res.body.errors as { field: string; rule: string; message: string }[]).map((e) => [e.field, e.rule]);
    expect(got).toEqual(
      expect.arrayContaining([
        ['rows[2].Giá trị làm lợi (đồng)', 'number-format'],
        ['rows[2].Năm áp dụng sáng kiến', 'invalid_type'],
        ['rows[3].Hình thức khen thưởng', 'unknown-award'],
        ['rows[3].Giới tính', 'choice'],
        ['rows[4].Năm sinh', 'number-format'],
        ['rows[4].Tệp báo cáo thành tích', 'unknown-file'],
        ['rows[5].Năm sinh', 'formula'],
        ['rows[6].Là lãnh đạo', 'merged-cells'],
        ['rows[6].Mã đơn vị (tập thể)', 'unknown-unit'],
        ['rows[6].Tệp báo cáo thành tích', 'missing-attachment'],
      ]),
    );
    // One message per cell: the refused gender is not reported again as missing.
    expect(got.filter(([field]) => field === 'rows[3].Giới tính')).toHaveLength(1);
    const messages = (res.body.errors as { message: string }[]).map((e) => e.message);
    expect(messages).toContain('Dòng 3, cột "Giới tính": "Nữ giới" không hợp lệ; ghi "Nam" hoặc "Nữ"');
    expect(messages).toContain('Dòng 6, cột "Mã đơn vị (tập thể)": không có đơn vị mã "KHONG-CO"');
    expect(messages.find((m) => m.startsWith('Dòng 3, cột "Hình thức khen thưởng"'))).toContain(
      '"Huân chương Mặt trời" không có trong bộ quy tắc',
    );
    expect(messages.find((m) => m.startsWith('Dòng 4, cột "Năm sinh"'))).toContain('"12/3/2026"');
    expect(messages).toContain('Dòng 6, cột "Tệp báo cáo thành tích": hồ sơ còn thiếu báo cáo thành tích');
    expect(res.body.detail).toMatch(/^Tệp có \d+ lỗi; không dòng nào được nhập\./);
    expect(await batches()).toBe(before);
  });

  it('refuses the wrong sheet, a non-spreadsheet, 30 MB, 50,000 rows and a bad query with a Vietnamese 4xx, writing nothing', async () => {
    const before = await batches();
    const wrong = await upload(await book([HEADER, person('A', 'x')], undefined, 'Sheet1'));
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({
      code: 'REQUEST.WRONG_SHEET',
      detail: 'Không có trang tính "Danh sách đề nghị" trong tệp (tệp có: "Sheet1"). Hãy dùng tệp mẫu.',
    });
    const pdf = await upload(Buffer.from('%PDF-1.7\n1 0 obj\n'));
    expect(pdf.status).toBe(400);
    expect(pdf.body.code).toBe('REQUEST.NOT_A_SPREADSHEET');
    const huge = await upload(Buffer.alloc(30 * 1024 * 1024, 1));
    expect(huge.status).toBe(400);
    expect(huge.body.code).toBe('REQUEST.TOO_LARGE');
    expect(huge.body.detail).toContain('tối đa 10 MB');

    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise((resolve) => out.on('end', resolve));
    const row = person('Nguyễn Văn An', 'Báo cáo thành tích Nguyễn Văn Quang.pdf');
    await writeXlsx(out, [
      sheet<number>({
        name: SHEET,
        columns: HEADER.map((header, c) => ({ header, type: 'text' as const, value: () => row[c] as string | null })),
        rows: (function* () {
          for (let i = 0; i < 50_000; i++) yield i;
        })(),
      }),
    ]);
    await done;
    const many = await upload(Buffer.concat(chunks));
    expect(many.status).toBe(400);
    expect(many.body).toMatchObject({
      code: 'REQUEST.TOO_MANY_ROWS',
      detail: 'Trang tính có 50.000 dòng dữ liệu; mỗi lần nhập tối đa 1.000 dòng. Hãy chia thành nhiều tệp.',
    });

    const json = await t.http
      .post('/api/submission-batches/import')
      .query(target())
      .set(await auth('bvdp.nominator'))
      .send({ rows: [] });
    expect(json.status).toBe(400);
    expect(json.body.errors[0]).toMatchObject({ field: '(body)', rule: 'media-type' });
    const { submissionLetterNumber: _letter, ...noLetter } = target();
    const query = await upload(await book([HEADER]), { ...noLetter, dryRun: 'maybe' });
    expect(query.status).toBe(400);
    expect(query.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'dryRun',
      'submissionLetterNumber',
    ]);
    expect(await batches()).toBe(before);
  });

  it('leaves the bad rows out only when asked: the dry run lists them, the batch records them, all-bad is still refused', async () => {
    const before = await batches();
    const mixed = await book([
      HEADER,
      person('Hoàng Văn Sơn', 'Báo cáo thành tích Nguyễn Văn Quang.pdf'),
      person('Đinh Thị Yến', 'Báo cáo thành tích Nguyễn Văn Quang.pdf', { 4: '12-03-26' }),
      person('Mạc Văn Tùng', 'Báo cáo thành tích Nguyễn Văn Quang.pdf', { 3: 'không rõ' }),
    ]);
    const query = { ...target(), submissionLetterNumber: '16/TTr-CĐCS' };
    // Not chosen: the whole file is refused, as before.
    expect((await upload(mixed, query)).status).toBe(400);
    const dry = await upload(mixed, { ...query, dryRun: 'true', skipInvalidRows: 'true' });
    expect(dry.status).toBe(200);
    expect(dry.body.nominees.map((n: { row: number; nomineeName: string }) => [n.row, n.nomineeName])).toEqual([
      [2, 'Hoàng Văn Sơn'],
    ]);
    expect(dry.body.skipped.map((s: { row: number; column: string }) => [s.row, s.column])).toEqual([
      [3, 'Năm sinh'],
      [4, 'Giới tính'],
    ]);
    expect(dry.body.summary).toBe(
      'Sẽ gửi đề nghị gồm 1 hồ sơ (1 cá nhân, 0 tập thể), bỏ qua 2 dòng có lỗi; chưa ghi gì.',
    );
    expect(await batches()).toBe(before);

    const done = await upload(mixed, { ...query, skipInvalidRows: 'true' });
    expect(done.status).toBe(200);
    expect(done.body.rows.map((r: { nomineeName: string }) => r.nomineeName)).toEqual(['Hoàng Văn Sơn']);
    expect(done.body.skipped).toBe(2);
    expect(done.body.skippedRows.map((s: { row: number; message: string }) => s.message)).toEqual([
      expect.stringMatching(/^Dòng 3, cột "Năm sinh": .*"12-03-26"/),
      'Dòng 4, cột "Giới tính": "không rõ" không hợp lệ; ghi "Nam" hoặc "Nữ"',
    ]);
    // Recorded in the batch's event, with the sheet's row in the message.
    const { rows: stored } = await t.database.pool.query<{ data: { skipped: { rule: string }[] } }>(
      "select data from events where stream_id = $1 and type = 'SubmissionBatchSubmitted'",
      [`submission-batch-${done.body.id}`],
    );
    expect(stored[0]!.data.skipped.map((s) => s.rule)).toEqual(['number-format', 'choice']);
    expect(await batches()).toBe(before + 1);

    const allBad = await upload(
      await book([HEADER, person('Lý Văn Hùng', 'Báo cáo thành tích Nguyễn Văn Quang.pdf', { 3: '?' })]),
      { ...query, submissionLetterNumber: '17/TTr-CĐCS', skipInvalidRows: 'true' },
    );
    expect(allBad.status).toBe(400);
    expect(allBad.body.code).toBe('REQUEST.INVALID_ROWS');
    expect(await batches()).toBe(before + 1);
    const badFlag = await upload(mixed, { ...query, skipInvalidRows: 'yes' });
    expect(badFlag.status).toBe(400);
    expect(badFlag.body.errors[0]).toMatchObject({ field: 'skipInvalidRows' });
  });

  it('downloads the đề nghị list as .xlsx in the caller’s scope, recorded as an export', async () => {
    const res = await t.http
      .get('/api/reports/exports/submission-batches')
      .set(await auth('bvdp.nominator'))
      .buffer(true)
      .parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('Danh sách đề nghị.xlsx'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Danh sách đề nghị')!;
    expect((ws.getRow(1).values as unknown[]).slice(1, 4)).toEqual(['Số tờ trình', 'Đơn vị đề nghị', 'Đợt thi đua']);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    const letters = ws.getColumn(1).values.slice(2);
    expect(letters.sort()).toEqual(['15/TTr-CĐCS', '16/TTr-CĐCS']);
    const row = ws.getRow(2);
    expect(row.getCell(5).value).toBeInstanceOf(Date);
    expect(typeof row.getCell(6).value).toBe('number');
    // Another unit's nominator sees none of them.
    const other = await t.http
      .get('/api/reports/exports/submission-batches')
      .set(await auth('snv.nominator'))
      .buffer(true)
      .parse(binary);
    const otherBook = new ExcelJS.Workbook();
    await otherBook.xlsx.load(other.body as unknown as ArrayBuffer);
    expect(otherBook.worksheets[0]!.actualRowCount).toBe(1);
    const { rows } = await t.database.pool.query<{ data: { report: string; rows: number } }>(
      "select data from events where type = 'ReportExported' order by global_position desc limit 2",
    );
    expect(rows.map((r) => [r.data.report, r.data.rows])).toEqual([
      ['submission_batches', 0],
      ['submission_batches', 2],
    ]);
  });

  it('is for the nominators of the submitting unit', async () => {
    const res = await upload(await book([HEADER, person('A', 'x')]), target(), 'tld.auditor');
    expect(res.status).toBe(403);
  });
});
