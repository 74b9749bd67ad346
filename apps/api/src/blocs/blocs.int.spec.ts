import { randomUUID } from 'node:crypto';
import { blocStreamId } from '@vinhdanh/contracts';
import { demoUnitIds as u, DEFAULT_BLOC_RULES, ruleSet2025Nd152 } from '@vinhdanh/domain';
import { demoCampaignIds } from '@vinhdanh/seed';
import { createApiTestContext, type ApiTestContext } from '../testing/api-test-context';

// Khối thi đua through HTTP: every change through the one command handler, the read model in the
// same transaction, refusals naming their rule. Sources: domain-sources.md §5 ([S15][S30][S45][S46]).
const full = Object.fromEntries(DEFAULT_BLOC_RULES.criteria.map((c) => [c.code, c.maxPoints]));
const minus = (n: number) => Object.fromEntries(DEFAULT_BLOC_RULES.criteria.map((c) => [c.code, c.maxPoints - n]));
const MEMBERS = [u.cdXaHoaAn, u.cdXaHaQuang, u.cdXaNguyenBinh, u.cdXaThachAn];

describe('emulation blocs API', () => {
  let t: ApiTestContext;
  const id = `khoi-test-${randomUUID().slice(0, 8)}`;
  const base = `/api/blocs/${id}`;
  const post = async (path: string, as: string, body: unknown = {}) =>
    t.http
      .post(path)
      .set({ Authorization: `Bearer ${await t.tokenFor(as)}` })
      .set('Idempotency-Key', `bloc-${randomUUID()}`)
      .send(body as object);

  beforeAll(async () => {
    t = await createApiTestContext({ clock: () => new Date('2026-12-01T03:00:00Z') });
  });
  afterAll(() => t?.close());

  it('forms a bloc of one level; bad input names the field; a unit of another level is refused', async () => {
    const bad = await post('/api/blocs', 'cb.admin', {
      id,
      organiserUnitId: u.ldldCaoBang,
      formedOn: '2025-07-01',
      memberUnitIds: MEMBERS,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'name', in: 'body' })]);
    const mixed = await post('/api/blocs', 'cb.admin', {
      id,
      name: 'Khối II',
      organiserUnitId: u.ldldCaoBang,
      formedOn: '2025-07-01',
      memberUnitIds: [u.cdXaHoaAn, u.cdcsSoNoiVuCaoBang],
    });
    expect(mixed.status).toBe(400);
    expect(mixed.body.errors[0]).toMatchObject({ field: 'memberUnitIds', rule: 'same_level_below_organiser' });
    const other = await post('/api/blocs', 'hn.chair', {
      id,
      name: 'Khối II',
      organiserUnitId: u.ldldCaoBang,
      formedOn: '2025-07-01',
      memberUnitIds: MEMBERS,
    });
    expect(other.status).toBe(403);

    const created = await post('/api/blocs', 'cb.admin', {
      id,
      name: 'Khối II',
      organiserUnitId: u.ldldCaoBang,
      formedOn: '2025-07-01',
      memberUnitIds: MEMBERS,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id, name: 'Khối II', level: 2 });
    expect(created.body.members.map((m: { unitName: string }) => m.unitName)).toContain('Công đoàn xã Hòa An');
  });

  it('opens 2026 with the score table of the rule set in force (the default table when it carries none)', async () => {
    const opened = await post(`${base}/years`, 'cb.admin', {
      year: 2026,
      covenantDeadline: '2026-03-31',
      headUnitId: u.cdXaHoaAn,
      deputyUnitId: u.cdXaHaQuang,
    });
    expect(opened.status).toBe(201);
    const y = opened.body.years[0];
    expect(y).toMatchObject({
      year: 2026,
      awardCode: 'CO_TINH',
      ruleSetVersion: '2025.1',
      phase: 'registration',
      maxTotal: 100,
    });
    expect(y.criteriaSource).toContain('07/NQ-TLĐ');
    expect(y.head.unitName).toBe('Công đoàn xã Hòa An');
  });

  it('running the year as a workflow: a year not open, or deadlines out of stage order, are refused before anything starts', async () => {
    const deadlines = {
      selfScoreDeadline: '2026-10-31',
      crossScoreDeadline: '2026-11-15',
      reviewDeadline: '2026-11-30',
      meetingDeadline: '2026-12-15',
    };
    const notOpen = await post(`${base}/years/2030/workflow`, 'cb.admin', deadlines);
    expect(notOpen.status).toBe(400);
    expect(notOpen.body.errors).toEqual([expect.objectContaining({ field: 'year', in: 'path' })]);
    // Self-scoring due before the covenant deadline (31/03/2026): the stages' order (domain-sources §5.2).
    const early = await post(`${base}/years/2026/workflow`, 'cb.admin', {
      ...deadlines,
      selfScoreDeadline: '2026-03-01',
    });
    expect(early.status).toBe(422);
    expect(early.body).toMatchObject({ code: 'BLOC.INVALID' });
    expect(JSON.stringify(early.body)).toContain('bloc.deadlines_in_order');
    const stranger = await post(`${base}/years/2026/workflow`, 'xha.chair', deadlines);
    expect(stranger.status).toBe(403);
    const events = await t.db
      .selectFrom('events')
      .select('type')
      .where('stream_id', '=', blocStreamId(id))
      .where('type', '=', 'BlocYearScheduled')
      .execute();
    expect(events).toEqual([]);
  });

  it('covenants: a late one is refused with the rule named [S46]; a stranger may not sign for a member', async () => {
    for (const unitId of MEMBERS) {
      expect((await post(`${base}/years/2026/registrations`, 'cb.admin', { unitId, on: '2026-02-20' })).status).toBe(
        200,
      );
    }
    const late = await post(`${base}/years/2026/covenants`, 'cb.admin', { unitId: u.cdXaThachAn, on: '2026-04-02' });
    expect(late.status).toBe(422);
    expect(late.body).toMatchObject({ code: 'BLOC.LATE_COVENANT' });
    expect(JSON.stringify(late.body)).toContain('bloc.covenant_deadline');
    const stranger = await post(`${base}/years/2026/covenants`, 'hv.nominator', {
      unitId: u.cdXaHaQuang,
      on: '2026-03-10',
    });
    expect(stranger.status).toBe(403);
    const own = await post(`${base}/years/2026/covenants`, 'xha.chair', { unitId: u.cdXaHoaAn, on: '2026-03-10' });
    expect(own.status).toBe(200);
    for (const unitId of MEMBERS.slice(1, 3)) {
      expect((await post(`${base}/years/2026/covenants`, 'cb.admin', { unitId, on: '2026-03-12' })).status).toBe(200);
    }
    // Thạch An never signed in time: scoring opens after the deadline without it.
    const opened = await post(`${base}/years/2026/scoring`, 'cb.admin');
    expect(opened.status).toBe(200);
    const status = Object.fromEntries(
      opened.body.years[0].covenants.map((c: { unitId: string; status: string }) => [c.unitId, c.status]),
    );
    expect(status).toEqual({
      [u.cdXaHoaAn]: 'signed',
      [u.cdXaHaQuang]: 'signed',
      [u.cdXaNguyenBinh]: 'signed',
      [u.cdXaThachAn]: 'missed',
    });
  });

  it('scores: out of range and self cross-scoring are refused naming the rule [S45]; nothing half-written', async () => {
    const out = await post(`${base}/years/2026/self-scores`, 'xha.chair', {
      unitId: u.cdXaHoaAn,
      points: { ...full, PHONG_TRAO: 35 },
    });
    expect(out.status).toBe(422);
    expect(out.body.code).toBe('BLOC.SCORE_OUT_OF_RANGE');
    const selfCross = await post(`${base}/years/2026/cross-scores`, 'xha.chair', {
      scorerUnitId: u.cdXaHoaAn,
      scoredUnitId: u.cdXaHoaAn,
      points: full,
    });
    expect(selfCross.status).toBe(422);
    expect(selfCross.body.code).toBe('BLOC.CROSS_SCORE_SELF');
    const notNumber = await post(`${base}/years/2026/self-scores`, 'xha.chair', {
      unitId: u.cdXaHoaAn,
      points: { PHONG_TRAO: 'ba mươi' },
    });
    expect(notNumber.status).toBe(400);
    const before = await t.http.get(base).set({ Authorization: `Bearer ${await t.tokenFor('cb.admin')}` });
    expect(before.body.years[0].scores.every((s: { selfTotal: number | null }) => s.selfTotal === null)).toBe(true);

    const scored = [u.cdXaHoaAn, u.cdXaHaQuang, u.cdXaNguyenBinh];
    for (const [i, unitId] of scored.entries()) {
      const r = await post(`${base}/years/2026/self-scores`, 'cb.admin', {
        unitId,
        points: minus(i),
        evidenceAttachmentIds: [`att-${i}`],
      });
      expect(r.status).toBe(200);
      for (const scorer of scored.filter((x) => x !== unitId)) {
        // Hòa An rates itself at the top but its peers see it 4 points a criterion lower (20 in all).
        const c = await post(`${base}/years/2026/cross-scores`, 'cb.admin', {
          scorerUnitId: scorer,
          scoredUnitId: unitId,
          points: minus(i === 0 ? 4 : i),
        });
        expect(c.status).toBe(200);
      }
    }
    const view = (await t.http.get(base).set({ Authorization: `Bearer ${await t.tokenFor('cb.admin')}` })).body;
    const hoaAn = view.years[0].scores.find((s: { unitId: string }) => s.unitId === u.cdXaHoaAn);
    expect(hoaAn).toMatchObject({ selfTotal: 100, crossTotal: 80, crossCount: 2, evidenceAttachmentIds: ['att-0'] });
    expect(view.years[0].scores[0].unitId).toBe(u.cdXaHaQuang);
  });

  it('the meeting: more ballots than members present is refused; a winner other than the top scorer raises an alert until a reason is recorded', async () => {
    expect((await post(`${base}/years/2026/review`, 'xha.chair', { note: 'Đã rà soát biểu điểm' })).status).toBe(200);
    const tooMany = await post(`${base}/years/2026/ballot`, 'xha.chair', {
      heldOn: '2026-11-28',
      presentUnitIds: [u.cdXaHoaAn, u.cdXaHaQuang],
      ballotsCast: 3,
      votes: { [u.cdXaHoaAn]: 2 },
    });
    expect(tooMany.status).toBe(422);
    expect(tooMany.body.code).toBe('BLOC.BALLOTS_EXCEED_PRESENT');
    const counted = await post(`${base}/years/2026/ballot`, 'xha.chair', {
      heldOn: '2026-11-28',
      presentUnitIds: [u.cdXaHoaAn, u.cdXaHaQuang, u.cdXaNguyenBinh],
      ballotsCast: 3,
      votes: { [u.cdXaHoaAn]: 2, [u.cdXaHaQuang]: 1 },
    });
    expect(counted.status).toBe(200);
    expect(counted.body.years[0].meeting).toMatchObject({
      winnerUnitId: u.cdXaHoaAn,
      topScorerUnitId: u.cdXaHaQuang,
      winnerName: 'Công đoàn xã Hòa An',
    });
    const kinds = counted.body.alerts.map((a: { kind: string }) => a.kind).sort();
    expect(kinds).toEqual(['self_score_inflated', 'winner_not_top_scorer']);
    expect(counted.body.winnerHistory).toEqual([expect.objectContaining({ year: 2026, winnerUnitId: u.cdXaHoaAn })]);

    const anomalies = await t.http
      .get('/api/audit/anomalies')
      .query({ campaignId: demoCampaignIds.annual2026, kind: 'bloc_alert' })
      .set({ Authorization: `Bearer ${await t.tokenFor('tld.auditor')}` });
    expect(anomalies.status).toBe(200);
    const ours = anomalies.body.items.filter((a: { streamId: string }) => a.streamId === blocStreamId(id));
    expect(ours.map((a: { type: string }) => a.type).sort()).toEqual(['self_score_inflated', 'winner_not_top_scorer']);
    expect(ours[0].explanation.vi).toContain('Khối II');

    const reason = await post(`${base}/years/2026/reason`, 'cb.admin', {
      reason: 'Hòa An đăng cai Hội thao công nhân lao động toàn tỉnh',
    });
    expect(reason.status).toBe(200);
    expect(reason.body.alerts.map((a: { kind: string }) => a.kind)).toEqual(['self_score_inflated']);
  });

  it('a rule set that carries a bloc score table is the one a later year uses (data, not a release)', async () => {
    const version = `2027.blocs-${id.slice(-8)}`;
    const body = {
      ...ruleSet2025Nd152,
      version,
      title: 'Bộ quy định có biểu chấm điểm khối thi đua',
      effectiveFrom: '2027-01-01',
      effectiveTo: '2028-01-01',
      supersedes: ['2025.1'],
      blocs: {
        criteria: [
          { code: 'CHUYEN_DOI_SO', titleVi: 'Chuyển đổi số trong hoạt động công đoàn', maxPoints: 40, weight: 1.5 },
          { code: 'PHONG_TRAO', titleVi: 'Các phong trào thi đua', maxPoints: 40 },
        ],
        source: 'Quyết định ban hành biểu chấm điểm khối thi đua năm 2027',
      },
    };
    const drafted = await post('/api/admin/rule-sets', 'sysadmin', { version, body, reason: 'Biểu chấm điểm khối' });
    expect(drafted.status).toBe(201);
    expect((await post(`/api/admin/rule-sets/${version}/publication`, 'sysadmin', {})).status).toBe(200);
    const opened = await post(`${base}/years`, 'cb.admin', {
      year: 2027,
      covenantDeadline: '2027-03-31',
      headUnitId: u.cdXaHaQuang,
      deputyUnitId: u.cdXaHoaAn,
    });
    expect(opened.status).toBe(201);
    const y = opened.body.years.find((x: { year: number }) => x.year === 2027);
    expect(y).toMatchObject({ ruleSetVersion: version, maxTotal: 100, criteriaSource: body.blocs.source });
    expect(y.criteria.map((c: { code: string; weight: number }) => [c.code, c.weight])).toEqual([
      ['CHUYEN_DOI_SO', 1.5],
      ['PHONG_TRAO', 1],
    ]);
  });

  it('the read model is the fold of the stream, and each change is one event', async () => {
    const events = await t.db
      .selectFrom('events')
      .select(['type', 'stream_version'])
      .where('stream_id', '=', blocStreamId(id))
      .orderBy('stream_version')
      .execute();
    const row = await t.db.selectFrom('blocs').select('version').where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.version).toBe(events.length);
    expect(events.map((e) => e.type)).toContain('BlocWinnerReasonRecorded');
    expect(events.filter((e) => e.type === 'BlocCrossScored')).toHaveLength(6);
    const timeline = await t.http
      .get(`/api/audit/streams/${blocStreamId(id)}/timeline`)
      .set({ Authorization: `Bearer ${await t.tokenFor('tld.auditor')}` });
    expect(timeline.status).toBe(200);
  });
});
