import { randomUUID } from 'node:crypto';
import { nominationStreamId, submissionBatchStreamId } from '@vinhdanh/contracts';
import { demoUnitIds as u, sampleAttachment, type PersonNominee } from '@vinhdanh/domain';
import { demoCampaignIds } from '@vinhdanh/seed';
import { startE2eSystem, type E2eSystem } from './support/e2e-system';

// Đề nghị theo danh sách over HTTP with the real worker: one tờ trình of CĐCS BVĐK Đan Phượng
// listing many nominees (Luật TĐKT 2022 Art. 84 dossiers [S26]); each row becomes its own nomination.
describe('submission batches (đề nghị theo danh sách)', () => {
  let sys: E2eSystem;
  beforeAll(async () => {
    sys = await startE2eSystem();
  });
  afterAll(() => sys?.close());

  const shared = [sampleAttachment('TO_TRINH'), sampleAttachment('BIEN_BAN')];
  const person = (i: number, fullName = `Nguyễn Thị Hồng Nhung ${i}`) => ({
    awardCode: 'GK',
    nominee: {
      kind: 'person',
      fullName,
      gender: i % 2 ? 'female' : 'male',
      birthYear: 1980 + (i % 20),
      position: 'Điều dưỡng viên khoa Nội',
      isLeader: false,
      isDirectWorker: true,
      personKey: `DV-${randomUUID()}`,
    } satisfies PersonNominee,
    achievements: 'Hoàn thành xuất sắc nhiệm vụ năm 2026, không để xảy ra sai sót chuyên môn.',
    attachments: [sampleAttachment('BAO_CAO_THANH_TICH')],
  });
  const collective = (unitId: string, name: string) => ({
    awardCode: 'GK',
    nominee: { kind: 'collective', name, memberCount: 35, womenShare: 0.8, unitId },
    achievements: 'Tập thể hoàn thành xuất sắc nhiệm vụ năm 2026.',
    attachments: [sampleAttachment('BAO_CAO_THANH_TICH')],
  });
  const batch = (rows: unknown[], extra: object = {}) => ({
    submittingUnitId: u.cdcsBvdkDanPhuong,
    campaignId: demoCampaignIds.annual2026,
    submissionLetterNumber: '15/TTr-CĐCS',
    sharedAttachments: shared,
    rows,
    ...extra,
  });
  const get = async (id: string) => sys.http.get(`/api/submission-batches/${id}`).set(await sys.as('bvdp.nominator'));

  /** Polls the batch until every row's nomination shows in the read model (or was refused). */
  async function settled(id: string, deadlineMs = 880_000) {
    const until = Date.now() + deadlineMs;
    for (;;) {
      const res = await get(id);
      expect(res.status).toBe(200);
      if (res.body.progress.pending === 0) return res.body;
      if (Date.now() > until)
        throw new Error(`batch ${id} still ${res.body.progress.summary} (${res.body.progress.started} started)`);
      await new Promise((r) => setTimeout(r, 500));
    }
  }

  it('refuses a batch with bad rows whole, naming every bad row in Vietnamese, and starts nothing', async () => {
    const rows: unknown[] = [person(1), person(2, ''), person(3), collective('ldld-ha-noi', 'LĐLĐ Hà Nội'), person(5)];
    const count = async () =>
      (await sys.database.pool.query('select count(*)::int as n from nominations')).rows[0].n as number;
    const before = await count();
    const res = await sys.post('bvdp.nominator', '/api/submission-batches', batch(rows));
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('BATCH.INVALID_ROWS');
    expect(res.body.detail).toBe('Danh sách có 2 dòng không hợp lệ (dòng 2, 4); không dòng nào được gửi.');
    expect(res.body.errors).toEqual([
      expect.objectContaining({
        field: 'rows[1].nominee.fullName',
        rule: 'too_small',
        message: 'Dòng 2, họ và tên: không được để trống.',
      }),
      expect.objectContaining({
        field: 'rows[3].nominee.unitId',
        rule: 'unit-not-below-submitter',
        message: 'Dòng 4: tập thể "LĐLĐ Hà Nội" không phải đơn vị trực thuộc đơn vị đề nghị.',
      }),
    ]);
    const list = await sys.http.get('/api/submission-batches').set(await sys.as('bvdp.nominator'));
    expect(list.status).toBe(200);
    expect(list.body).toEqual([]);
    expect(await count()).toBe(before);
  });

  it('accepts without the bad rows only when asked, and the collective is the CĐCS itself by unit id', async () => {
    const rows: unknown[] = [
      person(1, 'Đỗ Thị Thanh Hà'),
      { ...person(2), awardCode: 'BK_KHONG_CO' },
      collective(u.cdcsBvdkDanPhuong, 'Khoa Hồi sức tích cực – Chống độc'),
    ];
    const res = await sys.post('bvdp.nominator', '/api/submission-batches', batch(rows, { skipInvalidRows: true }));
    expect(res.status).toBe(201);
    expect(res.body.skippedRows).toEqual([
      expect.objectContaining({ row: 2, field: 'awardCode', rule: 'unknown-award' }),
    ]);
    const done = await settled(res.body.id);
    expect(done.rows.map((r: { row: number; nomineeName: string }) => [r.row, r.nomineeName])).toEqual([
      [1, 'Đỗ Thị Thanh Hà'],
      [3, 'Khoa Hồi sức tích cực – Chống độc'],
    ]);
    expect(done.progress).toMatchObject({ total: 2, started: 2, refused: 0, pending: 0 });
    // Each nominee's dossier carries the shared tờ trình and minutes and their own report.
    const nomination = await sys.http
      .get(`/api/nominations/${done.rows[0].nominationId}`)
      .set(await sys.as('bvdp.nominator'));
    expect(nomination.status).toBe(200);
    expect(JSON.stringify(nomination.body)).toContain('Đỗ Thị Thanh Hà');
  });

  it('starts 300 nominations from one batch, each once, even when the POST is retried meanwhile', async () => {
    const rows: unknown[] = [
      ...Array.from({ length: 299 }, (_, i) => person(i + 1)),
      collective(u.cdcsBvdkDanPhuong, 'Công đoàn Bệnh viện Đa khoa Đan Phượng'),
    ];
    const key = `batch-${randomUUID()}`;
    const first = await sys.post('bvdp.nominator', '/api/submission-batches', batch(rows), key);
    expect(first.status).toBe(201);
    expect(first.body.progress.total).toBe(300);
    // A client that timed out retries with the same key: the same batch, nothing started twice.
    const retry = await sys.post('bvdp.nominator', '/api/submission-batches', batch(rows), key);
    expect(retry.status).toBe(201);
    expect(retry.body.id).toBe(first.body.id);

    const done = await settled(first.body.id);
    expect(done.progress).toMatchObject({ total: 300, started: 300, refused: 0, pending: 0 });
    expect(done.progress.summary).toMatch(/^300\/300 /);
    const ids: string[] = done.rows.map((r: { nominationId: string }) => r.nominationId);
    expect(new Set(ids).size).toBe(300);

    // A retry after the end starts nothing either.
    const late = await sys.post('bvdp.nominator', '/api/submission-batches', batch(rows), key);
    expect(late.status).toBe(201);
    const events = await sys.store.readStream(submissionBatchStreamId(first.body.id));
    expect(events.filter((e) => e.type === 'SubmissionBatchSubmitted')).toHaveLength(1);
    const startedIds = events
      .filter((e) => e.type === 'SubmissionBatchNominationsStarted')
      .flatMap((e) => (e.data as { nominationIds: string[] }).nominationIds);
    expect(startedIds.sort()).toEqual([...ids].sort());
    const { rows: counts } = await sys.database.pool.query(
      `select count(*)::int as n from events where stream_id = any($1) and type = 'NominationSubmitted'`,
      [ids.map((id) => nominationStreamId(id))],
    );
    expect(counts[0].n).toBe(300);

    // The upper level sees the incoming batch in its list, with the same progress.
    const list = await sys.http.get('/api/submission-batches').set(await sys.as('dp.reviewer'));
    const mine = list.body.find((b: { id: string }) => b.id === first.body.id);
    expect(mine).toMatchObject({
      submissionLetterNumber: '15/TTr-CĐCS',
      progress: { total: 300, pending: 0 },
    });
    // Another CĐCS does not.
    const other = await sys.http.get(`/api/submission-batches/${first.body.id}`).set(await sys.as('hv.nominator'));
    expect(other.status).toBe(404);
  }, 940_000);

  it('is forwarded whole by its CĐCS, then returned in part by the district, each nominee through its own workflow, once', async () => {
    const names = ['Lương Thị Thu Trang', 'Bạch Văn Khánh', 'Tạ Thị Mỹ Linh', 'Đinh Công Hậu'];
    const res = await sys.post('bvdp.nominator', '/api/submission-batches', {
      ...batch(names.map((n, i) => person(i + 1, n))),
      submissionLetterNumber: '31/TTr-CĐCS',
    });
    expect(res.status).toBe(201);
    const id: string = res.body.id;
    const done = await settled(id);
    const idOf = (name: string): string =>
      done.rows.find((r: { nomineeName: string }) => r.nomineeName === name).nominationId;
    const decide = (username: string, body: object, key?: string) =>
      sys.post(username, `/api/submission-batches/${id}/decisions`, body, key);
    const progress = async (want: RegExp) => {
      const until = Date.now() + 60_000;
      for (;;) {
        const body = (await get(id)).body;
        if (want.test(body.progress.summary)) return body;
        if (Date.now() > until) throw new Error(`progress still "${body.progress.summary}"`);
        await new Promise((r) => setTimeout(r, 300));
      }
    };

    // A return needs its reason, and the nominator cannot decide the batch at all.
    const noReason = await decide('bvdp.chair', { decision: 'return' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors).toContainEqual(expect.objectContaining({ field: 'reason' }));
    expect((await decide('bvdp.nominator', { decision: 'approve' })).status).toBe(403);

    // The CĐCS chair forwards the whole list in one command.
    const key = `fwd-${randomUUID()}`;
    const forwarded = await decide('bvdp.chair', { decision: 'approve' }, key);
    expect(forwarded.status).toBe(200);
    expect(forwarded.body.unknown).toEqual([]);
    expect(forwarded.body.decisions).toEqual([
      expect.objectContaining({
        decision: 'approve',
        whole: true,
        decidedBy: { userId: expect.any(String), name: 'Nguyễn Thị Thu Hằng' },
        refused: [],
      }),
    ]);
    expect([...forwarded.body.decisions[0].decided].sort()).toEqual(names.map(idOf).sort());
    await progress(/^4\/4 đã chuyển cấp trên$/);
    // The same request again (a client retry) decides nothing twice and records nothing new.
    const again = await decide('bvdp.chair', { decision: 'approve' }, key);
    expect(again.status).toBe(200);
    expect(again.body.decisionId).toBe(forwarded.body.decisionId);
    const forwards = await sys.database.pool.query(
      `select count(*)::int as n from events where stream_id = any($1) and type = 'NominationForwarded'`,
      [names.map((n) => nominationStreamId(idOf(n)))],
    );
    expect(forwards.rows[0].n).toBe(4);

    // A pick that is not a nominee of this đề nghị is refused whole, and nothing is decided.
    const stranger = randomUUID();
    const wrong = await decide('dp.chair', {
      decision: 'return',
      reason: 'Thiếu bản sao quyết định công nhận sáng kiến.',
      nominationIds: [idOf(names[0] as string), stranger],
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.code).toBe('BATCH.NOT_IN_BATCH');
    expect(wrong.body.detail).toBe(`Không thể xử lý theo đề nghị: mã "${stranger}" không thuộc đề nghị này.`);

    // The district returns two of the four; the other two stay with it.
    const returned = await decide('dp.chair', {
      decision: 'return',
      reason: 'Thiếu bản sao quyết định công nhận sáng kiến.',
      nominationIds: [idOf(names[1] as string), idOf(names[3] as string)],
    });
    expect(returned.status).toBe(200);
    expect(returned.body.decisions[1]).toMatchObject({
      decision: 'return',
      whole: false,
      reason: 'Thiếu bản sao quyết định công nhận sáng kiến.',
      refused: [],
    });
    const after = await progress(/^2\/4 đã chuyển cấp trên, 2 bị trả lại$/);
    expect(after.rows.map((r: { nomineeName: string; statusLabel: string }) => [r.nomineeName, r.statusLabel])).toEqual(
      [
        ['Lương Thị Thu Trang', 'Đã chuyển cấp trên'],
        ['Bạch Văn Khánh', 'Bị trả lại'],
        ['Tạ Thị Mỹ Linh', 'Đã chuyển cấp trên'],
        ['Đinh Công Hậu', 'Bị trả lại'],
      ],
    );

    // Picking one already returned: its own workflow refuses, and the batch names the person.
    const late = await decide('dp.chair', { decision: 'approve', nominationIds: [idOf(names[1] as string)] });
    expect(late.status).toBe(200);
    expect(late.body.decisions[2].decided).toEqual([]);
    expect(late.body.decisions[2].refused).toEqual([
      expect.objectContaining({ nominationId: idOf(names[1] as string), nomineeName: 'Bạch Văn Khánh' }),
    ]);
    const events = await sys.store.readStream(submissionBatchStreamId(id));
    expect(events.filter((e) => e.type === 'SubmissionBatchDecided')).toHaveLength(3);
  }, 300_000);

  it('answers 400 naming the field for a malformed body, 403 for a unit the caller cannot nominate for', async () => {
    const bad = await sys.post('bvdp.nominator', '/api/submission-batches', { ...batch([person(1)]), rows: 'x' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toContainEqual(expect.objectContaining({ field: 'rows' }));
    const forbidden = await sys.post('hv.nominator', '/api/submission-batches', batch([person(1)]));
    expect(forbidden.status).toBe(403);
  });
});
