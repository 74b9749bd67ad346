import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { reportExportStreamId } from '@vinhdanh/contracts';
import {
  demoUnitIds as u,
  sampleDossier,
  sampleSubmitNomination,
  type AwardCode,
  type Dossier,
  type NominationCommand,
  type RouteStep,
} from '@vinhdanh/domain';
import { EventStore } from '@vinhdanh/event-store';
import { demoCampaignIds } from '@vinhdanh/seed';
import { createApiTestContext, type ApiTestContext } from '../testing/api-test-context';
import { at, seedNomination } from '../testing/nomination-seed';

const NOW = new Date('2026-11-20T03:00:00Z');
const ANNUAL = demoCampaignIds.annual2026;

/** Parses a binary response body (supertest buffers it). */
const binary = (
  res: { on: (e: string, cb: (c?: Buffer) => void) => void },
  cb: (err: Error | null, body: Buffer) => void,
) => {
  const chunks: Buffer[] = [];
  res.on('data', (c) => chunks.push(c!));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

describe('reports: statistics by unit and year, scoped, downloadable, every download recorded', () => {
  let t: ApiTestContext;
  let store: EventStore;
  let noiVuGranted: string;
  const auth = async (username: string) => ({ Authorization: `Bearer ${await t.tokenFor(username)}` });

  /** Submits along a route and then runs the given decisions (level by level). */
  function nomination(opts: {
    route: RouteStep[];
    award: AwardCode;
    submittedAt: string;
    nominee?: Partial<Extract<Dossier['nominee'], { kind: 'person' }>>;
    decisions: ('approve' | 'reject' | 'open')[];
    campaignId?: string;
  }) {
    return seedNomination(store, (id) => {
      const dossier = sampleDossier();
      dossier.nominee = { ...(dossier.nominee as Extract<Dossier['nominee'], { kind: 'person' }>), ...opts.nominee };
      let clock = Date.parse(opts.submittedAt);
      const next = () => new Date((clock += 3 * 86_400_000)).toISOString();
      const commands: NominationCommand[] = [
        sampleSubmitNomination({
          nominationId: id,
          now: opts.submittedAt,
          nominatingUnitId: opts.route[0]!.unitId,
          actor: at(opts.route[0]!.unitId),
          awardCode: opts.award,
          campaignId: opts.campaignId ?? ANNUAL,
          dossier,
          route: opts.route,
        }),
      ];
      opts.decisions.forEach((d, i) => {
        const step = opts.route[i]!;
        if (d === 'open') return;
        const last = i === opts.route.length - 1;
        commands.push({
          type: 'DecideNomination',
          nominationId: id,
          actor: at(step.unitId),
          now: next(),
          level: step.level,
          unitId: step.unitId,
          decision: d,
          ...(d === 'reject' ? { reason: 'Chưa đủ tiêu chuẩn' } : {}),
          ...(last && d === 'approve' ? { decisionNumber: `${100 + i}/QĐ-KT` } : {}),
        });
      });
      return commands;
    });
  }

  const danPhuong: RouteStep[] = [
    { level: 1, unitId: u.cdcsBvdkDanPhuong },
    { level: 2, unitId: u.ldldDanPhuong },
    { level: 3, unitId: u.ldldHaNoi },
    { level: 4, unitId: u.tongLdld },
  ];
  const hongVietBefore: RouteStep[] = [
    { level: 1, unitId: u.cdcsTieuHocHongViet },
    { level: 2, unitId: u.ldldHoaAn },
    { level: 3, unitId: u.ldldCaoBang },
  ];
  const noiVu: RouteStep[] = [
    { level: 1, unitId: u.cdcsSoNoiVuCaoBang },
    { level: 2, unitId: u.cdVienChucCaoBang },
  ];

  async function summary(username: string, query: Record<string, string | number>) {
    return t.http
      .get('/api/reports/annual-summary')
      .query(query)
      .set(await auth(username));
  }

  /** Polls until the statistics show `n` nominations nationally for the year (the projector runs in the API). */
  async function waitForNominations(year: number, n: number) {
    for (let i = 0; i < 200; i++) {
      const res = await summary('tld.auditor', { year });
      if (res.status === 200 && res.body.totals.nominations === n) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`statistics did not reach ${n} nominations for ${year}`);
  }

  beforeAll(async () => {
    t = await createApiTestContext({ clock: () => NOW });
    store = new EventStore(t.database.pool);
    // 2026: two granted Bằng khen TLĐ in Đan Phượng (a woman direct worker; a male leader), one open at the district, one Giấy khen rejected.
    await nomination({
      route: danPhuong,
      award: 'BK_TLD',
      submittedAt: '2026-03-02T02:00:00Z',
      nominee: { fullName: 'Đỗ Thị Thanh Hà', gender: 'female', isDirectWorker: true, isLeader: false },
      decisions: ['approve', 'approve', 'approve', 'approve'],
    });
    await nomination({
      route: danPhuong,
      award: 'BK_TLD',
      submittedAt: '2026-03-05T02:00:00Z',
      nominee: { fullName: 'Nguyễn Văn Quang', gender: 'male', isDirectWorker: false, isLeader: true },
      decisions: ['approve', 'approve', 'approve', 'approve'],
    });
    await nomination({
      route: danPhuong,
      award: 'BK_TLD',
      submittedAt: '2026-09-01T02:00:00Z',
      nominee: { fullName: 'Kiều Văn Toàn', gender: 'male' },
      decisions: ['approve', 'open'],
    });
    await nomination({
      route: noiVu,
      award: 'GK',
      submittedAt: '2026-04-01T02:00:00Z',
      nominee: { fullName: 'Nông Thị Hoa', gender: 'female' },
      decisions: ['approve', 'reject'],
    });
    // A Giấy khen granted at Công đoàn Viên chức: its route never reaches the province.
    noiVuGranted = await nomination({
      route: noiVu,
      award: 'GK',
      submittedAt: '2026-04-03T02:00:00Z',
      nominee: { fullName: 'Lục Văn Bình', gender: 'male' },
      decisions: ['approve', 'approve'],
    });
    // 2025, before the reorganisation: a Bằng khen tỉnh through LĐLĐ huyện Hòa An.
    await nomination({
      route: hongVietBefore,
      award: 'BK_TINH',
      submittedAt: '2025-03-10T02:00:00Z',
      nominee: { fullName: 'Lương Thị Mến', gender: 'female' },
      decisions: ['approve', 'approve', 'approve'],
    });
    // The dissolution as the units API records it: Hòa An's successor is Công đoàn xã Hòa An.
    await store.append(`unit-${u.ldldHoaAn}`, 'any', [
      {
        eventId: randomUUID(),
        type: 'UnitDissolved',
        data: { effectiveFrom: '2025-07-01', successorId: u.cdXaHoaAn, children: [], reorganisationId: randomUUID() },
        occurredAt: '2025-06-20T03:00:00Z',
      },
    ]);
    await waitForNominations(2026, 5);
    await waitForNominations(2025, 1);
  });
  afterAll(() => t?.close());

  it('sums the national figures for a year by award, level, kind, outcome, with shares and time per level', async () => {
    const res = await summary('tld.auditor', { year: 2026 });
    expect(res.status).toBe(200);
    expect(res.body.unit).toEqual({ id: u.tongLdld, name: 'Tổng Liên đoàn Lao động Việt Nam' });
    expect(res.body.totals).toEqual({
      nominations: 5,
      granted: 3,
      rejected: 1,
      withdrawn: 0,
      revoked: 0,
      cancelled: 0,
      open: 1,
      returned: 0,
      returns: 0,
    });
    expect(res.body.byAward).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          awardCode: 'BK_TLD',
          awardName: 'Bằng khen của Tổng Liên đoàn Lao động Việt Nam',
          nominations: 3,
          granted: 2,
          open: 1,
        }),
        expect.objectContaining({ awardCode: 'GK', awardName: 'Giấy khen', nominations: 2, granted: 1, rejected: 1 }),
      ]),
    );
    expect(res.body.byLevel.map((l: { level: number; nominations: number }) => [l.level, l.nominations])).toEqual([
      [2, 2],
      [4, 3],
    ]);
    // Of the two persons awarded BK_TLD and the GK, one is a woman direct worker; two are not leaders.
    expect(res.body.grantedShares.women).toMatchObject({ count: 1, of: 3 });
    expect(res.body.grantedShares.directWorkers).toMatchObject({ count: 2, of: 3 });
    expect(res.body.grantedShares.nonLeaders).toMatchObject({ count: 2, of: 3 });
    expect(res.body.nominatedShares.women).toMatchObject({ count: 2, of: 5 });
    expect(res.body.grantedShares.targetsNote).toMatch(
      /không nêu chỉ tiêu tỷ lệ người lao động trực tiếp.*không có chỉ tiêu tỷ lệ nữ/,
    );
    // Each level-1 review took 3 days in the seeded data.
    expect(res.body.timePerLevel[0]).toMatchObject({ level: 1, levelName: 'Cấp cơ sở', tasks: 5, averageDays: 3 });
    // The national figures include the dissolved district (under its successor), and say so.
    expect(res.body.reorganisationNote).toContain('Liên đoàn Lao động huyện Hòa An');
  });

  it('shows a unit only its subtree, and refuses units outside it', async () => {
    const own = await summary('bvdp.chair', { year: 2026 });
    expect(own.status).toBe(200);
    expect(own.body.unit.id).toBe(u.cdcsBvdkDanPhuong);
    expect(own.body.totals.nominations).toBe(3);
    const cb = await summary('cb.reviewer', { year: 2026 });
    expect(cb.body.unit.id).toBe(u.ldldCaoBang);
    expect(cb.body.totals).toMatchObject({ nominations: 2, granted: 1, rejected: 1 });
    const outside = await summary('bvdp.chair', { year: 2026, unitId: u.ldldCaoBang });
    expect(outside.status).toBe(403);
    expect(outside.headers['content-type']).toContain('application/problem+json');
  });

  it('counts the dissolved district under its successor after the reorganisation, and says so; before it, as it stood', async () => {
    const after = await summary('tld.auditor', { year: 2025, unitId: u.cdXaHoaAn });
    expect(after.status).toBe(200);
    expect(after.body.totals.granted).toBe(1);
    expect(after.body.mergedUnits).toEqual([
      expect.objectContaining({ unitId: u.ldldHoaAn, countedUnderId: u.cdXaHoaAn, via: 'successor' }),
    ]);
    expect(after.body.reorganisationNote).toContain(
      'Liên đoàn Lao động huyện Hòa An (giải thể từ 01/07/2025, tính vào Công đoàn xã Hòa An)',
    );
    const before = await summary('tld.auditor', { year: 2025, unitId: u.ldldHoaAn });
    expect(before.status).toBe(200);
    expect(before.body.asOf).toBe('2025-06-30');
    expect(before.body.totals.granted).toBe(1);
    const province = await summary('cb.reviewer', { year: 2025, breakdown: 'units' });
    expect(province.body.totals.granted).toBe(1);
    expect(province.body.byUnit).toEqual(
      expect.arrayContaining([expect.objectContaining({ unitId: u.cdXaHoaAn, granted: 1 })]),
    );
  });

  it('tracks a round: open tasks by level and unit against the cut-offs', async () => {
    const res = await t.http
      .get('/api/reports/round-progress')
      .query({ campaignId: ANNUAL })
      .set(await auth('tld.auditor'));
    expect(res.status).toBe(200);
    expect(res.body.byUnit).toEqual([
      expect.objectContaining({
        unitId: u.ldldDanPhuong,
        unitName: 'Liên đoàn Lao động huyện Đan Phượng',
        level: 2,
        open: 1,
      }),
    ]);
    const level2 = res.body.byLevel.find((l: { level: number }) => l.level === 2);
    expect(level2).toMatchObject({ open: 1, cutoff: '2026-11-10' });
    // Finished: the four 2026 nominations decided and the 2025 one of the same campaign.
    expect(res.body.totals).toMatchObject({ open: 1, finished: 5 });
  });

  it('gives names in a unit’s award history only where the caller may read the nomination', async () => {
    const cb = await t.http.get(`/api/reports/units/${u.ldldCaoBang}/award-history`).set(await auth('cb.reviewer'));
    expect(cb.status).toBe(200);
    // The Giấy khen of Công đoàn Viên chức never reached the province: its name stays hidden there.
    const names = cb.body.items.map((i: { nomineeName: string | null; awardCode: string }) => [
      i.awardCode,
      i.nomineeName,
    ]);
    expect(names).toEqual(
      expect.arrayContaining([
        ['BK_TINH', 'Lương Thị Mến'],
        ['GK', null],
      ]),
    );
    expect(cb.body.hiddenNames).toBe(1);
    const auditor = await t.http
      .get(`/api/reports/units/${u.ldldCaoBang}/award-history`)
      .query({ year: 2026 })
      .set(await auth('tld.auditor'));
    expect(auditor.body.items).toEqual([
      expect.objectContaining({ nomineeName: 'Lục Văn Bình', decisionNumber: '101/QĐ-KT' }),
    ]);
  });

  it('downloads the annual summary as .xlsx (read back: headers, numbers, frozen row, filter) and records the export', async () => {
    const res = await t.http
      .get('/api/reports/annual-summary')
      .query({ year: 2026, format: 'xlsx' })
      .set(await auth('tld.auditor'))
      .buffer(true)
      .parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml.sheet');
    // Named for what it holds, in Vietnamese (RFC 5987), with an ASCII fallback: no unit id.
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="Bao-cao-tong-ket-nam-2026-Tong-Lien-doan-Lao-dong-Viet-Nam.xlsx"; filename*=UTF-8''${encodeURIComponent('Báo cáo tổng kết năm 2026 - Tổng Liên đoàn Lao động Việt Nam.xlsx')}`,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Tổng hợp',
      'Theo hình thức',
      'Tỷ lệ',
      'Thời gian xét',
      'Chỉ tiêu',
    ]);
    const sheet = wb.getWorksheet('Tổng hợp')!;
    expect(sheet.getCell('A1').value).toBe('Báo cáo tổng kết công tác thi đua, khen thưởng');
    // Title, filters and the reorganisation note above the header row.
    expect(sheet.getCell('A3').value).toContain('Hòa An');
    const header = sheet.getRow(4).values as unknown[];
    expect(header.slice(1, 4)).toEqual(['Nhóm', 'Số hồ sơ đề nghị', 'Đã khen thưởng']);
    expect(sheet.getCell('A5').value).toBe('Tổng số');
    expect(sheet.getCell('B5').value).toBe(5);
    expect(sheet.getCell('C5').value).toBe(3);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(sheet.autoFilter).toBe('A4:J4');
    const shares = wb.getWorksheet('Tỷ lệ')!;
    const women = shares.getRows(6, 8)!.find((r) => r.getCell(1).value === 'Nữ')!;
    expect(women.getCell(5).value).toBeCloseTo(2 / 5);
    expect(women.getCell(5).numFmt).toBe('0.0%');

    const exportId = res.headers['x-vinhdanh-export-id'];
    const me = await t.http.get('/api/me').set(await auth('tld.auditor'));
    const events = await store.readStream(reportExportStreamId(me.body.id));
    expect(events.at(-1)).toMatchObject({
      type: 'ReportExported',
      data: {
        exportId,
        report: 'annual_summary',
        format: 'xlsx',
        filters: { unitId: u.tongLdld, year: '2026' },
        personalData: false,
        userName: 'Phạm Quốc Bảo (tld.auditor)',
        exportedAt: NOW.toISOString(),
      },
    });
  });

  it('downloads a unit’s award history as .xlsx with real dates, and as CSV with a UTF-8 BOM; personal data is recorded', async () => {
    const xlsx = await t.http
      .get(`/api/reports/units/${u.cdcsBvdkDanPhuong}/award-history`)
      .query({ format: 'xlsx' })
      .set(await auth('bvdp.chair'))
      .buffer(true)
      .parse(binary);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('Lịch sử khen thưởng - Công đoàn cơ sở Bệnh viện Đa khoa huyện Đan Phượng.xlsx')}`,
    );
    expect(xlsx.headers['content-disposition']).not.toContain(u.cdcsBvdkDanPhuong);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    const header = sheet.getRow(3).values as unknown[];
    expect(header[1]).toBe('Ngày quyết định');
    const first = sheet.getRow(4);
    expect(first.getCell(1).value).toBeInstanceOf(Date);
    expect(first.getCell(1).numFmt).toBe('dd/mm/yyyy');
    expect([first.getCell(5).value, sheet.getRow(5).getCell(5).value].sort()).toEqual(
      ['Nguyễn Văn Quang', 'Đỗ Thị Thanh Hà'].sort(),
    );
    const csv = await t.http
      .get(`/api/reports/units/${u.cdcsBvdkDanPhuong}/award-history`)
      .query({ format: 'csv' })
      .set(await auth('bvdp.chair'))
      .buffer(true)
      .parse(binary);
    const bytes = csv.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toBe(
      'Ngày quyết định,Số quyết định,Hình thức khen thưởng,Cá nhân / Tập thể,Họ tên / Tên tập thể,Đơn vị đề nghị,Đợt thi đua,Trạng thái',
    );
    expect(text).toMatch(/\d{2}\/\d{2}\/2026,10[0-9]\/QĐ-KT,Bằng khen của Tổng Liên đoàn Lao động Việt Nam,Cá nhân,/);
    const me = await t.http.get('/api/me').set(await auth('bvdp.chair'));
    const events = await store.readStream(reportExportStreamId(me.body.id));
    expect(events.map((e) => [e.data['format'], e.data['personalData'], e.data['rows']])).toEqual([
      ['xlsx', true, 2],
      ['csv', true, 2],
    ]);
  });

  it('answers bad filters with a Vietnamese 400 naming the field', async () => {
    const res = await summary('tld.auditor', { year: 'năm ngoái' });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'year', in: 'query' })]);
    const unknown = await summary('tld.auditor', { nam: 2026 });
    expect(unknown.status).toBe(400);
    const campaign = await t.http
      .get('/api/reports/round-progress')
      .query({ campaignId: randomUUID() })
      .set(await auth('tld.auditor'));
    expect(campaign.status).toBe(404);
    expect(campaign.body.detail).toContain('Không tìm thấy đợt thi đua');
  });

  async function download(username: string, path: string, query: Record<string, string> = {}) {
    const res = await t.http
      .get(path)
      .query(query)
      .set(await auth(username))
      .buffer(true)
      .parse(binary);
    return res;
  }
  async function workbookOf(body: unknown) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(body as ArrayBuffer);
    return wb;
  }

  it('downloads every page of the nominations list and the inbox as .xlsx, in the caller’s scope', async () => {
    const all = await download('tld.auditor', '/api/reports/exports/nominations');
    expect(all.status).toBe(200);
    const sheet = (await workbookOf(all.body)).worksheets[0]!;
    expect(sheet.name).toBe('Danh sách hồ sơ');
    expect((sheet.getRow(1).values as unknown[]).slice(1, 3)).toEqual(['Họ tên / Tên tập thể', 'Cá nhân / Tập thể']);
    expect(sheet.actualRowCount).toBe(1 + 6);
    const submitted = sheet.getColumn(8).values.slice(2) as Date[];
    expect(submitted.every((d) => d instanceof Date)).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    // A grassroots chair sees only the nominations at their unit; filters apply.
    const own = await download('bvdp.chair', '/api/reports/exports/nominations', { status: 'GRANTED' });
    const ownSheet = (await workbookOf(own.body)).worksheets[0]!;
    expect(ownSheet.actualRowCount).toBe(1 + 2);
    const inbox = await download('dp.reviewer', '/api/reports/exports/inbox');
    const inboxSheet = (await workbookOf(inbox.body)).worksheets[0]!;
    expect(inboxSheet.actualRowCount).toBe(2);
    expect(inboxSheet.getRow(2).getCell(1).value).toBe('Kiều Văn Toàn');
    expect(inboxSheet.getRow(2).getCell(8).value).toBeInstanceOf(Date);
  });

  it('downloads the stuck desk for administrators and a nomination’s audit timeline, refusing others with a problem', async () => {
    const desk = await download('sysadmin', '/api/reports/exports/stuck', { format: 'csv' });
    expect(desk.status).toBe(200);
    expect((desk.body as Buffer).toString('utf8')).toMatch(
      /^\uFEFFHọ tên \/ Tên tập thể,Hình thức khen thưởng,Đơn vị,/,
    );
    const refused = await t.http.get('/api/reports/exports/stuck').set(await auth('bvdp.chair'));
    expect(refused.status).toBe(403);
    const timeline = await download('tld.auditor', `/api/reports/exports/audit-timeline/${noiVuGranted}`);
    expect(timeline.status).toBe(200);
    const sheet = (await workbookOf(timeline.body)).worksheets[0]!;
    // One row per stored event.
    expect(sheet.actualRowCount).toBe(1 + (await store.readStream(`nomination-${noiVuGranted}`)).length);
    expect(sheet.getRow(2).getCell(3).value).toEqual(expect.stringContaining('Gửi đề nghị'));
    const outsider = await t.http
      .get(`/api/reports/exports/audit-timeline/${noiVuGranted}`)
      .set(await auth('bvdp.chair'));
    expect(outsider.status).toBe(403);
    expect(outsider.headers['content-type']).toContain('application/problem+json');
  });
});
