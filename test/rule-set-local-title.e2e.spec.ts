import { randomUUID } from 'node:crypto';
import { awardRuleOf, demoUnitIds, ruleSet2024, sampleDossier } from '@vinhdanh/domain';
import { startE2eSystem, type E2eSystem } from './support/e2e-system';

// A province's own title, added as data: a system administrator publishes a rule-set version with
// "Công nhân giỏi Thủ đô" (seed 004, LĐLĐ TP Hà Nội), a campaign pins it, and a nomination for it
// climbs and is granted by the real worker — no code knows the code CNG_THU_DO.
describe('a local title published as a rule-set version works with no code change', () => {
  let sys: E2eSystem;
  beforeAll(async () => {
    sys = await startE2eSystem();
  });
  afterAll(() => sys?.close());

  const key = (label: string) => `${label}-${randomUUID()}`;
  const VERSION = '2026.HN-TITLE';

  // The read models follow the events a moment later on a loaded machine: wait (bounded) for them.
  async function eventually<T>(read: () => Promise<T | undefined>): Promise<T | undefined> {
    for (let i = 0; i < 100; i++) {
      const found = await read();
      if (found !== undefined) return found;
      await new Promise((r) => setTimeout(r, 100));
    }
    return undefined;
  }

  async function approve(username: string, id: string, level: number, extra: object = {}) {
    const task = await eventually(async () => {
      const inbox = await sys.http
        .get('/api/inbox')
        .set(await sys.as(username))
        .expect(200);
      return (inbox.body.items as Array<{ nominationId: string; taskSeq: number; level: number }>).find(
        (t) => t.nominationId === id && t.level === level,
      );
    });
    expect(task).toMatchObject({ level });
    const res = await sys.http
      .post(`/api/nominations/${id}/decisions`)
      .set(await sys.as(username))
      .set('Idempotency-Key', key('decide'))
      .send({ decision: 'approve', taskSeq: task!.taskSeq, ...extra });
    expect(res.status).toBe(200);
    return res;
  }

  it('publishes the title, pins it in a campaign, and grants a nomination for it at the province', async () => {
    const title = {
      ...awardRuleOf(ruleSet2024, 'BK_TINH'),
      code: 'CNG_THU_DO',
      nameVi: 'Danh hiệu "Công nhân giỏi Thủ đô"',
      nameEn: '"Capital good worker" title',
      nomineeKinds: ['person'],
      source: 'Seed 004: danh hiệu "Công nhân giỏi Thủ đô" của LĐLĐ TP Hà Nội',
    };
    // One sign-off per level keeps the walk short; the procedure is data too (2024.2 adds the steps).
    const { procedure: _steps, ...withoutProcedure } = ruleSet2024;
    const body = {
      ...withoutProcedure,
      version: VERSION,
      title: 'Bộ quy định có danh hiệu "Công nhân giỏi Thủ đô"',
      effectiveFrom: '2026-01-01',
      effectiveTo: null,
      awards: [...ruleSet2024.awards, title],
    };
    const admin = await sys.as('sysadmin');
    const drafted = await sys.http
      .post('/api/admin/rule-sets')
      .set(admin)
      .set('Idempotency-Key', key('draft'))
      .send({ version: VERSION, body });
    expect(drafted.status).toBe(201);
    const published = await sys.http
      .post(`/api/admin/rule-sets/${VERSION}/publication`)
      .set(admin)
      .set('Idempotency-Key', key('publish'))
      .send({ expectedRevision: 1 });
    expect(published.status).toBe(200);

    const campaign = await sys.http
      .post('/api/admin/campaigns')
      .set(admin)
      .send({
        code: 'CNG-THU-DO-2026',
        name: 'Bình chọn "Công nhân giỏi Thủ đô" năm 2026',
        kind: 'annual',
        ruleSetVersion: VERSION,
        awardCodes: ['CNG_THU_DO'],
        opensOn: '2026-01-01',
        closesOn: '2026-12-31',
        cutoffs: {},
      });
    expect(campaign.status).toBe(201);

    const created = await sys.http
      .post('/api/nominations')
      .set(await sys.as('bvdp.nominator'))
      .set('Idempotency-Key', key('nominate'))
      .send({
        nominatingUnitId: demoUnitIds.cdcsBvdkDanPhuong,
        awardCode: 'CNG_THU_DO',
        campaignId: campaign.body.id,
        dossier: sampleDossier(),
      });
    expect([201, 202]).toContain(created.status);
    const id: string = created.body.nominationId;
    const nomination = await eventually(async () => {
      const res = await sys.http.get(`/api/nominations/${id}`).set(await sys.as('bvdp.nominator'));
      return res.status === 200 ? res.body : undefined;
    });
    expect(nomination).toMatchObject({ awardCode: 'CNG_THU_DO', ruleSetVersion: VERSION });
    const levels = nomination.route.map((s: { level: number }) => s.level);
    expect(levels[levels.length - 1]).toBe(3);

    const chairs: Record<number, string> = { 1: 'bvdp.chair', 2: 'dp.chair', 3: 'hn.chair' };
    let last;
    for (const level of levels as number[]) {
      last = await approve(chairs[level]!, id, level, level === 3 ? { decisionNumber: '15/QĐ-LĐLĐ' } : {});
    }
    expect(last!.body.outcome.status).toBe('GRANTED');
    const granted = await eventually(async () => {
      const res = await sys.http.get(`/api/nominations/${id}`).set(await sys.as('bvdp.nominator'));
      return res.body.status === 'GRANTED' ? res.body : undefined;
    });
    expect(granted).toMatchObject({ status: 'GRANTED', decisionNumber: '15/QĐ-LĐLĐ', awardCode: 'CNG_THU_DO' });
  });
});
