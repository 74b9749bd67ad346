import { execFileSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { councilSessionStreamId, nominationStreamId, submissionBatchStreamId } from '@vinhdanh/contracts';
import { demoUnitIds as u, sampleAttachment } from '@vinhdanh/domain';
import { demoCampaignIds } from '@vinhdanh/seed';
import { startE2eSystem, type E2eSystem } from './support/e2e-system';

// Phiên họp Hội đồng TĐKT of CĐCS BVĐK Đan Phượng over one đề nghị of four nominees (Giấy khen,
// campaign with the full procedure: appraisal, vote, sign-off). The council's results reach each
// nomination through its own vote step (the Update POST /api/nominations/:id/vote sends).
describe('council sessions (phiên họp Hội đồng TĐKT)', () => {
  let sys: E2eSystem;
  const dir = mkdtempSync(join(tmpdir(), 'vinhdanh-round-'));
  beforeAll(async () => {
    sys = await startE2eSystem();
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await sys?.close();
  });

  const person = (fullName: string, gender: 'male' | 'female') => ({
    awardCode: 'GK',
    nominee: {
      kind: 'person',
      fullName,
      gender,
      birthYear: 1984,
      position: 'Bác sĩ khoa Ngoại',
      isLeader: false,
      isDirectWorker: true,
      personKey: `DV-${randomUUID()}`,
    },
    achievements: 'Hoàn thành xuất sắc nhiệm vụ năm 2026.',
    attachments: [sampleAttachment('BAO_CAO_THANH_TICH')],
  });
  const members = [
    { memberId: 'hd-1', name: 'Nguyễn Thị Thu Hằng', position: 'Chủ tịch Công đoàn cơ sở', role: 'chair' },
    { memberId: 'hd-2', name: 'Kiều Văn Toàn', position: 'Ủy viên Ban Chấp hành', role: 'secretary' },
    ...['Đặng Văn Hải', 'Lê Thị Mai', 'Phan Quốc Việt', 'Vũ Thị Ngọc', 'Trần Minh Đức'].map((name, i) => ({
      memberId: `hd-${i + 3}`,
      name,
      position: 'Ủy viên Hội đồng',
      role: 'member',
    })),
  ];
  const step = (id: string, name: string) => `/api/nominations/${id}/${name}`;
  async function download(path: string, username: string): Promise<Buffer> {
    const res = await sys.http
      .get(path)
      .set(await sys.as(username))
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(res.headers['x-checksum-sha256']).toMatch(/^[0-9a-f]{64}$/);
    return res.body as Buffer;
  }
  function pdfText(bytes: Buffer): string {
    const file = join(dir, `${randomUUID()}.pdf`);
    writeFileSync(file, bytes);
    const pages = execFileSync('pdfinfo', [file], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)?.[1];
    expect(Number(pages)).toBeGreaterThanOrEqual(1);
    // Reading order, whitespace folded: a table cell may wrap its text over lines.
    return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  }
  const session = (id: string, path = '') => `/api/council-sessions/${id}${path}`;

  async function statusOf(id: string): Promise<string> {
    const res = await sys.http.get(`/api/nominations/${id}`).set(await sys.as('bvdp.chair'));
    return res.body.status as string;
  }
  async function until<T>(what: string, read: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
    const deadline = Date.now() + 120_000;
    for (;;) {
      const v = await read();
      if (ok(v)) return v;
      if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(v)}`);
      await new Promise((r) => setTimeout(r, 300));
    }
  }

  it('sits with a quorum, ranks with the women-first tie-break, leaves the last tie to the chair, re-votes, and feeds each nomination its ballot once', async () => {
    const names = ['Lê Văn An', 'Đỗ Thị Bình', 'Phạm Văn Cường', 'Hoàng Văn Dũng'];
    const rows = [
      person(names[0] as string, 'male'),
      person(names[1] as string, 'female'),
      person(names[2] as string, 'male'),
      person(names[3] as string, 'male'),
    ];
    const batch = await sys.post('bvdp.nominator', '/api/submission-batches', {
      submittingUnitId: u.cdcsBvdkDanPhuong,
      campaignId: demoCampaignIds.gioiViecNuoc2026,
      submissionLetterNumber: '21/TTr-CĐCS',
      sharedAttachments: [sampleAttachment('TO_TRINH'), sampleAttachment('BIEN_BAN')],
      rows,
    });
    expect(batch.status).toBe(201);
    const settled = await until(
      'batch',
      async () =>
        (await sys.http.get(`/api/submission-batches/${batch.body.id}`).set(await sys.as('bvdp.nominator'))).body,
      (b) => b.progress.pending === 0,
    );
    const [a, b, c, d] = settled.rows.map((r: { nominationId: string }) => r.nominationId) as string[];
    for (const id of [a, b, c, d] as string[]) {
      expect((await sys.post('bvdp.reviewer', step(id, 'appraisal'), {})).status).toBe(200);
    }

    const convened = await sys.post('bvdp.chair', '/api/council-sessions', {
      councilUnitId: u.cdcsBvdkDanPhuong,
      title: 'Phiên họp Hội đồng Thi đua – Khen thưởng xét khen thưởng đợt Giỏi việc nước năm 2026',
      rosterAsOf: '2026-06-15',
      members,
      campaignId: demoCampaignIds.gioiViecNuoc2026,
      awardCode: 'GK',
      batchIds: [batch.body.id],
      slots: 2,
      maxRounds: 2,
    });
    expect(convened.status).toBe(201);
    const id: string = convened.body.id;
    expect(convened.body.convened.candidates.map((k: { name: string }) => k.name)).toEqual(names);
    expect(convened.body.convened.threshold).toEqual({ minShare: 0.5, strict: true });

    // Quorum: two thirds of 7 members = 5 [S30].
    const thin = await sys.post('bvdp.chair', session(id, '/open'), { present: ['hd-1', 'hd-2', 'hd-3', 'hd-4'] });
    expect(thin.status).toBe(422);
    expect(thin.body.code).toBe('COUNCIL.NO_QUORUM');
    expect(thin.body.detail).toBe('Chỉ có 4/7 thành viên có mặt; cần ít nhất 5 để phiên họp hợp lệ.');
    expect(
      (await sys.post('bvdp.chair', session(id, '/open'), { present: ['hd-1', 'hd-2', 'hd-3', 'hd-4', 'hd-5'] }))
        .status,
    ).toBe(200);
    const adjourned = await sys.post('bvdp.chair', session(id, '/adjourn'), {
      reason: 'Chờ ý kiến bằng văn bản của thành viên vắng mặt',
    });
    expect(adjourned.body.status).toBe('adjourned');
    const present = ['hd-1', 'hd-2', 'hd-3', 'hd-4', 'hd-5', 'hd-6'];
    const resumed = await sys.post('bvdp.chair', session(id, '/open'), { present });
    expect(resumed.body).toMatchObject({ status: 'open', present });

    // One ballot per candidate, counted on ALL 7 members (more than half = 4), the absent one in writing [S22].
    const vote = (nominationId: string, votesFor: number, writtenFor = 0) => ({
      nominationId,
      votesFor,
      votesAgainst: 6 - votesFor,
      writtenFor,
      writtenAgainst: 1 - writtenFor,
    });
    const bad = await sys.post('bvdp.chair', session(id, '/ballots'), { ballots: [vote(a as string, 5)] });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('COUNCIL.INVALID_TALLY');
    // The secretary fixes the tally by the names on the ballot papers, never by nomination ids.
    expect(bad.body.detail).toBe(
      'Kết quả kiểm phiếu không khớp: thiếu phiếu của Đỗ Thị Bình (Công đoàn cơ sở Bệnh viện Đa khoa huyện Đan Phượng); ' +
        'thiếu phiếu của Phạm Văn Cường (Công đoàn cơ sở Bệnh viện Đa khoa huyện Đan Phượng); ' +
        'thiếu phiếu của Hoàng Văn Dũng (Công đoàn cơ sở Bệnh viện Đa khoa huyện Đan Phượng).',
    );
    for (const nominationId of [a, b, c, d] as string[]) expect(bad.body.detail).not.toContain(nominationId);
    const round1 = await sys.post('bvdp.chair', session(id, '/ballots'), {
      ballots: [vote(a as string, 4, 1), vote(b as string, 5), vote(c as string, 5), vote(d as string, 2)],
    });
    expect(round1.status).toBe(200);
    const ranking = round1.body.ranking;
    expect(ranking.required).toBe(4);
    // Bình (a woman) takes a slot between equals [S26]; An and Cường stay tied for the last one.
    expect(ranking.ranked.find((r: { nominationId: string }) => r.nominationId === b)).toMatchObject({
      selected: true,
      note: 'Ưu tiên nữ khi bằng phiếu (NĐ 152, Điều 4, khoản 6)',
    });
    expect([...ranking.chairMustChoose].sort()).toEqual([a, c].sort());

    // Dũng failed the first ballot: a re-vote (round 2) instead of the dossier failing outright.
    const round2 = await sys.post('bvdp.chair', session(id, '/ballots'), { ballots: [vote(d as string, 3)] });
    expect(round2.status).toBe(200);
    expect(round2.body.rounds).toHaveLength(2);
    const third = await sys.post('bvdp.chair', session(id, '/ballots'), { ballots: [vote(d as string, 6, 1)] });
    expect(third.body.code).toBe('COUNCIL.NO_ROUNDS_LEFT');

    const early = await sys.post('bvdp.chair', session(id, '/conclusion'), { minutesNumber: '05/BB-HĐTĐKT' });
    expect(early.status).toBe(422);
    expect(early.body.code).toBe('COUNCIL.CHAIR_MUST_CHOOSE');
    const chosen = await sys.post('bvdp.chair', session(id, '/tie-break'), { chosen: [c] });
    expect(chosen.status).toBe(200);
    expect(chosen.body.ranking.chairMustChoose).toEqual([]);

    const key = `conclude-${randomUUID()}`;
    const done = await sys.post('bvdp.chair', session(id, '/conclusion'), { minutesNumber: '05/BB-HĐTĐKT' }, key);
    expect(done.status).toBe(200);
    expect(done.body.status).toBe('concluded');
    const byId = new Map(done.body.deliveries.map((x: { nominationId: string }) => [x.nominationId, x]));
    expect(byId.get(b)).toMatchObject({ outcome: 'selected', delivered: true });
    expect(byId.get(c)).toMatchObject({ outcome: 'selected', delivered: true });
    expect(byId.get(d)).toMatchObject({ outcome: 'failed', delivered: true });
    expect(byId.get(a)).toMatchObject({ outcome: 'over-quota', delivered: false });

    // The nominations moved by their own vote step: passed → the chair signs; failed → rejected (rule set: reject).
    await until(
      'selected',
      () => statusOf(b as string),
      (s) => s === 'AWAITING_SIGNATURE',
    );
    await until(
      'selected',
      () => statusOf(c as string),
      (s) => s === 'AWAITING_SIGNATURE',
    );
    await until(
      'failed',
      () => statusOf(d as string),
      (s) => s === 'REJECTED',
    );
    expect(await statusOf(a as string)).toBe('AWAITING_VOTE');

    // A retried conclusion sends nothing twice.
    const again = await sys.post('bvdp.chair', session(id, '/conclusion'), { minutesNumber: '05/BB-HĐTĐKT' }, key);
    expect(again.status).toBe(200);
    for (const n of [b, c, d] as string[]) {
      const events = await sys.store.readStream(nominationStreamId(n));
      const votes = events.filter((e) => e.type === 'NominationVoteRecorded' || e.type === 'NominationVoteFailed');
      expect(votes).toHaveLength(1);
      expect(votes[0]?.data).toMatchObject({ minutesNumber: '05/BB-HĐTĐKT' });
    }
    const stream = await sys.store.readStream(councilSessionStreamId(id));
    expect(stream.map((e) => e.type)).toEqual([
      'CouncilSessionConvened',
      'CouncilSessionOpened',
      'CouncilSessionAdjourned',
      'CouncilSessionOpened',
      'CouncilBallotsTallied',
      'CouncilCandidatesRanked',
      'CouncilBallotsTallied',
      'CouncilCandidatesRanked',
      'CouncilCandidatesRanked',
      'CouncilSessionConcluded',
    ]);

    // Biên bản họp / kiểm phiếu from the events, PDF and DOCX, checksums as events [S34].
    const minutes = await sys.post('bvdp.chair', session(id, '/bien-ban'), {
      place: 'Hà Nội',
      location: 'Hội trường Bệnh viện Đa khoa Đan Phượng',
      startedAt: 'Vào lúc 08 giờ 30 ngày 15/06/2026',
      endedAt: 'Phiên họp kết thúc lúc 11 giờ 00 cùng ngày',
    });
    expect(minutes.status).toBe(200);
    const pdf = (minutes.body.documents as { documentId: string; format: string; sha256: string }[]).find(
      (x) => x.format === 'pdf',
    );
    expect(minutes.body.documents).toHaveLength(2);
    const file = await download(session(id, `/documents/${pdf?.documentId}`), 'bvdp.chair');
    expect(createHash('sha256').update(file).digest('hex')).toBe(pdf?.sha256);
    const text = pdfText(file);
    expect(text).toContain('05/BB-HĐTĐKT');
    for (const name of [...names, 'Nguyễn Thị Thu Hằng', 'Kiều Văn Toàn']) expect(text).toContain(name);
    expect(text).toContain('Ưu tiên nữ');
    expect(text).toContain('Chủ tịch Hội đồng quyết định');
    expect(text).toContain('Hội đồng thống nhất đề nghị tặng Giấy khen cho 2 trường hợp: Đỗ Thị Bình, Phạm Văn Cường.');
    expect(text).toContain('Số thành viên có mặt 6/7');
    expect(text).toContain('Bỏ phiếu lại (vòng 2) đối với: Hoàng Văn Dũng.');
    expect(text).toContain('Chờ ý kiến bằng văn bản của thành viên vắng mặt');
  }, 400_000);

  it('generates the tờ trình (Mẫu 01) of a batch from its events as PDF and DOCX, checksums recorded as events', async () => {
    const batch = await sys.post('bvdp.nominator', '/api/submission-batches', {
      submittingUnitId: u.cdcsBvdkDanPhuong,
      campaignId: demoCampaignIds.gioiViecNuoc2026,
      submissionLetterNumber: '27/TTr-CĐCS',
      sharedAttachments: [sampleAttachment('TO_TRINH'), sampleAttachment('BIEN_BAN')],
      rows: [person('Nguyễn Thị Hồng Nhung', 'female'), person('Trịnh Văn Đạt', 'male')],
    });
    expect(batch.status).toBe(201);
    const id: string = batch.body.id;
    const bad = await sys.post('bvdp.nominator', `/api/submission-batches/${id}/to-trinh`, { place: '' });
    expect(bad.status).toBe(400);
    const made = await sys.post('bvdp.nominator', `/api/submission-batches/${id}/to-trinh`, {
      place: 'Hà Nội',
      recipient: 'Liên đoàn Lao động huyện Đan Phượng',
      signer: { capacity: 'TM. Ban Chấp hành', title: 'Chủ tịch', name: 'Nguyễn Thị Thu Hằng' },
    });
    expect(made.status).toBe(200);
    const docs = made.body.documents as { documentId: string; format: string; sha256: string }[];
    expect(docs.map((d) => d.format).sort()).toEqual(['docx', 'pdf']);
    const events = await sys.store.readStream(submissionBatchStreamId(id));
    expect(events.filter((e) => e.type === 'SubmissionBatchDocumentGenerated')).toHaveLength(2);

    for (const doc of docs) {
      const bytes = await download(`/api/submission-batches/${id}/documents/${doc.documentId}`, 'dp.reviewer');
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(doc.sha256);
      if (doc.format === 'pdf') {
        const text = pdfText(bytes);
        expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
        expect(text).toContain('27/TTr-CĐCS');
        expect(text).toContain('Nguyễn Thị Hồng Nhung');
        expect(text).toContain('Trịnh Văn Đạt');
        expect(text).toContain('Giấy khen');
        expect(text).toMatch(/Hà Nội, ngày \d{2} tháng \d{1,2} năm 2026/);
        expect(text).toContain('Nguyễn Thị Thu Hằng');
      } else {
        expect(bytes.subarray(0, 2).toString()).toBe('PK');
      }
    }
  });

  it('keeps the council roster effective-dated, and a session convened without a member list sits with the roster of its day', async () => {
    const roster = `/api/council-rosters/${u.cdcsBvdkDanPhuong}`;
    const appoint = (memberId: string, name: string, role: string, from: string, to?: string) =>
      sys.post('bvdp.chair', `${roster}/members`, {
        memberId,
        name,
        position: role === 'chair' ? 'Chủ tịch Công đoàn cơ sở' : 'Ủy viên Ban Chấp hành',
        role,
        from,
        ...(to ? { to } : {}),
      });
    for (const [id, name, role] of [
      ['r-1', 'Nguyễn Thị Thu Hằng', 'chair'],
      ['r-2', 'Kiều Văn Toàn', 'secretary'],
      ['r-3', 'Đặng Văn Hải', 'member'],
      ['r-4', 'Lê Thị Mai', 'member'],
      ['r-5', 'Phan Quốc Việt', 'member'],
    ] as const) {
      expect((await appoint(id, name, role, '2026-01-01')).status).toBe(200);
    }
    const second = await appoint('r-6', 'Vũ Thị Ngọc', 'chair', '2026-05-01');
    expect(second.status).toBe(422);
    expect(second.body.code).toBe('COUNCIL_ROSTER.ROLE_TAKEN');
    expect(second.body.detail).toBe(
      'Nguyễn Thị Thu Hằng đang là Chủ tịch Hội đồng từ 01/01/2026: Hội đồng chỉ có một Chủ tịch Hội đồng trong cùng thời gian.',
    );
    expect((await sys.post('bvdp.nominator', `${roster}/members/r-5/end`, { to: '2026-03-31' })).status).toBe(403);
    expect((await sys.post('bvdp.chair', `${roster}/members/r-5/end`, { to: '2026-03-31' })).status).toBe(200);
    const inMarch = await sys.http.get(`${roster}?asOf=2026-03-15`).set(await sys.as('bvdp.chair'));
    expect(inMarch.body.members.map((m: { name: string }) => m.name)).toHaveLength(5);
    const inJune = await sys.http.get(`${roster}?asOf=2026-06-15`).set(await sys.as('bvdp.chair'));
    expect(inJune.body.members.map((m: { name: string; role: string }) => [m.name, m.role])).toEqual([
      ['Nguyễn Thị Thu Hằng', 'chair'],
      ['Kiều Văn Toàn', 'secretary'],
      ['Đặng Văn Hải', 'member'],
      ['Lê Thị Mai', 'member'],
    ]);

    const batch = await sys.post('bvdp.nominator', '/api/submission-batches', {
      submittingUnitId: u.cdcsBvdkDanPhuong,
      campaignId: demoCampaignIds.gioiViecNuoc2026,
      submissionLetterNumber: '33/TTr-CĐCS',
      sharedAttachments: [sampleAttachment('TO_TRINH'), sampleAttachment('BIEN_BAN')],
      rows: [person('Quách Thị Thu', 'female')],
    });
    expect(batch.status).toBe(201);
    await until(
      'batch',
      async () =>
        (await sys.http.get(`/api/submission-batches/${batch.body.id}`).set(await sys.as('bvdp.nominator'))).body,
      (b) => b.progress.pending === 0,
    );
    const convene = (rosterAsOf: string) =>
      sys.post('bvdp.chair', '/api/council-sessions', {
        councilUnitId: u.cdcsBvdkDanPhuong,
        title: 'Phiên họp Hội đồng Thi đua – Khen thưởng tháng 6 năm 2026',
        rosterAsOf,
        campaignId: demoCampaignIds.gioiViecNuoc2026,
        awardCode: 'GK',
        batchIds: [batch.body.id],
        slots: 1,
      });
    const before = await convene('2025-12-01');
    expect(before.status).toBe(422);
    expect(before.body.code).toBe('COUNCIL.INVALID_ROSTER');
    expect(before.body.errors).toEqual([expect.objectContaining({ field: 'rosterAsOf', rule: 'no-roster' })]);
    const convened = await convene('2026-06-15');
    expect(convened.status).toBe(201);
    expect(convened.body.convened.members.map((m: { name: string }) => m.name)).toEqual([
      'Nguyễn Thị Thu Hằng',
      'Kiều Văn Toàn',
      'Đặng Văn Hải',
      'Lê Thị Mai',
    ]);
    // Two thirds of the four members in force that day.
    expect(convened.body.quorum).toBe(3);
  });
});
