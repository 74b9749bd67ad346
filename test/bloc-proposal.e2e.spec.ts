import { randomUUID } from 'node:crypto';
import { blocStreamId, nominationStreamId } from '@vinhdanh/contracts';
import { demoUnitIds as u, sampleAttachment } from '@vinhdanh/domain';
import type { BlocView } from '@vinhdanh/api';
import { startE2eSystem, type E2eSystem } from './support/e2e-system';

// The bloc year run as its workflow through HTTP with the real worker, to the leading unit's Cờ thi
// đua: covenant, self and cross rounds, the head's review, the ballot, then the proposal recorded by
// the workflow and completed by the unit, which starts one nomination on the normal path with the
// bloc's biên bản attached (Luật TĐKT 2022 Art. 26 [S30]: the flag goes to the bloc's leading unit;
// domain-sources §5.2: covenant, self then cross scoring, suy tôn).
describe('bloc year to the leading unit’s Cờ thi đua nomination', () => {
  let sys: E2eSystem;
  beforeAll(async () => {
    sys = await startE2eSystem();
  });
  afterAll(() => sys?.close());

  const blocId = `khoi-vc-${randomUUID().slice(0, 8)}`;
  const base = `/api/blocs/${blocId}`;
  const [SNV, CTK] = [u.cdcsSoNoiVuCaoBang, u.cdcsCucThongKeCaoBang];
  const ok = (res: { status: number; body: unknown }) => {
    if (res.status !== 200 && res.status !== 201) throw new Error(`${res.status}: ${JSON.stringify(res.body)}`);
    return res.body as Record<string, never>;
  };
  const bloc = async () => ok(await sys.http.get(base).set(await sys.as('vccb.reviewer'))) as unknown as BlocView;
  const year2026 = async () => (await bloc()).years.find((y) => y.year === 2026)!;

  async function until<T>(what: string, probe: () => Promise<T | null | undefined>, timeoutMs = 120_000): Promise<T> {
    for (let waited = 0; waited < timeoutMs; waited += 300) {
      const found = await probe();
      if (found) return found;
      await new Promise((r) => setTimeout(r, 300));
    }
    throw new Error(`timed out waiting for ${what}`);
  }

  it('runs the year, records the proposal, and the unit’s completion starts exactly one nomination with the biên bản', async () => {
    ok(
      await sys.post('vccb.reviewer', '/api/blocs', {
        id: blocId,
        name: 'Khối các cơ quan tỉnh',
        organiserUnitId: u.cdVienChucCaoBang,
        formedOn: '2025-07-01',
        memberUnitIds: [SNV, CTK],
      }),
    );
    ok(
      await sys.post('vccb.reviewer', `${base}/years`, {
        year: 2026,
        covenantDeadline: '2026-06-30',
        headUnitId: SNV,
        deputyUnitId: CTK,
      }),
    );
    for (const [who, unitId] of [
      ['snv.nominator', SNV],
      ['ctk.nominator', CTK],
    ] as const) {
      ok(await sys.post(who, `${base}/years/2026/registrations`, { unitId, on: '2026-06-15' }));
      ok(await sys.post(who, `${base}/years/2026/covenants`, { unitId, on: '2026-06-15' }));
    }
    // Before the ballot there is nothing to complete: refused with the rule and its source.
    const early = await sys.post('snv.nominator', `${base}/years/2026/proposal/nomination`, {
      memberCount: 62,
      womenShare: 0.6,
      achievements: 'Dẫn đầu khối.',
      attachments: [sampleAttachment('TO_TRINH')],
    });
    expect(early.status).toBe(422);
    expect(early.body.detail).toContain('Luật Thi đua, khen thưởng 2022 Điều 26');
    expect(early.body).toMatchObject({ code: 'BLOC.WRONG_PHASE', rule: 'bloc.proposal_recorded' });

    // The stage deadlines lie ahead of the workflow's (real) clock; every stage ends early when all have acted.
    ok(
      await sys.post('vccb.reviewer', `${base}/years/2026/workflow`, {
        selfScoreDeadline: '2027-01-10',
        crossScoreDeadline: '2027-01-20',
        reviewDeadline: '2027-01-25',
        meetingDeadline: '2027-01-31',
      }),
    );
    const y = await until('the self round', async () => {
      const got = await year2026();
      return got.phase === 'scoring' && got.round === 'self' ? got : null;
    });
    const sheet = (minus: number) => Object.fromEntries(y.criteria.map((c) => [c.code, c.maxPoints - minus]));
    ok(await sys.post('snv.nominator', `${base}/years/2026/self-scores`, { unitId: SNV, points: sheet(0) }));
    ok(await sys.post('ctk.nominator', `${base}/years/2026/self-scores`, { unitId: CTK, points: sheet(1) }));
    await until('the cross round', async () => ((await year2026()).round === 'cross' ? true : null));
    ok(
      await sys.post('snv.nominator', `${base}/years/2026/cross-scores`, {
        scorerUnitId: SNV,
        scoredUnitId: CTK,
        points: sheet(2),
      }),
    );
    ok(
      await sys.post('ctk.nominator', `${base}/years/2026/cross-scores`, {
        scorerUnitId: CTK,
        scoredUnitId: SNV,
        points: sheet(0),
      }),
    );
    ok(await sys.post('snv.nominator', `${base}/years/2026/review`, { note: 'Đã rà soát điểm' }));
    ok(
      await sys.post('snv.nominator', `${base}/years/2026/ballot`, {
        heldOn: '2026-06-15',
        presentUnitIds: [SNV, CTK],
        ballotsCast: 2,
        votes: { [SNV]: 2 },
      }),
    );

    // The workflow records the proposal: the open campaign that takes the flag, the unit still to complete it.
    const proposal = await until('the proposal', async () => (await year2026()).proposal);
    expect(proposal).toMatchObject({ unitId: SNV, awardCode: 'CO_TINH', nominationId: null });
    expect(proposal.campaignId).toEqual(expect.any(String));
    expect(proposal.notStartedReason).toContain('hoàn thiện hồ sơ');

    // Someone of another unit may not complete it.
    const stranger = await sys.post('ctk.nominator', `${base}/years/2026/proposal/nomination`, {
      memberCount: 45,
      womenShare: 0.5,
      achievements: 'Không phải đơn vị dẫn đầu.',
      attachments: [sampleAttachment('TO_TRINH')],
    });
    expect(stranger.status).toBe(403);

    const body = {
      memberCount: 62,
      womenShare: 0.61,
      achievements: 'Dẫn đầu Khối các cơ quan tỉnh năm 2026: hoàn thành xuất sắc các chỉ tiêu giao ước thi đua.',
      attachments: [sampleAttachment('TO_TRINH'), sampleAttachment('BAO_CAO_THANH_TICH')],
    };
    // The flag of the province starts at level 2: a CĐCS bloc's winner is put forward by the union
    // above it (CĐ Viên chức tỉnh), whose nominator completes the dossier with the unit's facts.
    const vccb = await sys.database.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'vccb.reviewer')
      .executeTakeFirstOrThrow();
    ok(
      await sys.post('sysadmin', `/api/admin/users/${vccb.id}/roles`, {
        role: 'nominator',
        unitId: u.cdVienChucCaoBang,
        reason: 'Phân công lập hồ sơ đề nghị khen thưởng theo Quyết định 18/QĐ-CĐVC.',
      }),
    );
    const refused = await sys.post('snv.nominator', `${base}/years/2026/proposal/nomination`, body);
    expect(refused.status).toBe(403);
    const key = `bloc-flag-${randomUUID()}`;
    const first = ok(await sys.post('vccb.reviewer', `${base}/years/2026/proposal/nomination`, body, key));
    const nominationId = first.nominationId as string;
    // A retry with the same key, and another completion with a new key, find the same nomination.
    const retry = ok(await sys.post('vccb.reviewer', `${base}/years/2026/proposal/nomination`, body, key));
    const again = ok(await sys.post('vccb.reviewer', `${base}/years/2026/proposal/nomination`, body));
    expect([retry.nominationId, again.nominationId]).toEqual([nominationId, nominationId]);

    // One nomination on the normal path: submitted by the unit, its own review open, the biên bản attached.
    const nomination = await until('the nomination in the read model', async () => {
      const res = await sys.http.get(`/api/nominations/${nominationId}`).set(await sys.as('vccb.reviewer'));
      return res.status === 200 ? res.body : null;
    });
    expect(nomination).toMatchObject({
      nominatingUnitId: u.cdVienChucCaoBang,
      awardCode: 'CO_TINH',
      status: 'AWAITING_INTAKE',
    });
    const stored = await sys.store.readStream(nominationStreamId(nominationId));
    expect(stored.filter((e) => e.type === 'NominationSubmitted')).toHaveLength(1);
    const dossier = (
      stored[0]!.data as { dossier: { nominee: unknown; attachments: { kind: string; attachmentId?: string }[] } }
    ).dossier;
    expect(dossier.nominee).toMatchObject({ kind: 'collective', unitId: SNV, memberCount: 62, womenShare: 0.61 });
    const minutes = dossier.attachments.find((a) => a.kind === 'BIEN_BAN');
    expect(minutes?.attachmentId).toEqual(expect.any(String));
    const pdf = await sys.http.get(`/api/attachments/${minutes!.attachmentId}`).set(await sys.as('vccb.reviewer'));
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    const count = await sys.database.db
      .selectFrom('nominations')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('nominating_unit_id', '=', u.cdVienChucCaoBang)
      .where('award_code', '=', 'CO_TINH')
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);

    // The bloc records the nomination its proposal started (the page links to it), once.
    const recorded = await year2026();
    expect(recorded.proposal).toMatchObject({ nominationId, minutesAttachmentId: minutes!.attachmentId });
    const proposed = (await sys.store.readStream(blocStreamId(blocId))).filter((e) => e.type === 'BlocWinnerProposed');
    expect(proposed.map((e) => (e.data as { nominationId: string | null }).nominationId)).toEqual([null, nominationId]);
  }, 300_000);
});
