import { randomUUID } from 'node:crypto';
import {
  demoUnitIds as u,
  ruleSet2024SignOff,
  sampleDossier,
  sampleSubmitNomination,
  type NominationCommand,
} from '@vinhdanh/domain';
import { EventStore } from '@vinhdanh/event-store';
import { createApiTestContext, type ApiTestContext } from '../testing/api-test-context';
import { ROUTE, at, seedNomination } from '../testing/nomination-seed';

// Without Temporal: the direct-worker share refuses before any workflow starts.

describe('priority to direct workers at submission (rule set: ≥ 50 % of a unit’s GK person nominations)', () => {
  let t: ApiTestContext;
  let campaignId: string;
  const auth = async (username: string) => ({ Authorization: `Bearer ${await t.tokenFor(username)}` });
  const ruleSet = {
    ...ruleSet2024SignOff,
    version: 'test-dws.1',
    directWorkerShare: { minShare: 0.5, awardCodes: ['GK'] },
  };

  beforeAll(async () => {
    t = await createApiTestContext({ clock: () => new Date('2026-06-15T03:00:00Z') });
    await t.db
      .insertInto('rule_sets')
      .values({
        version: ruleSet.version,
        effective_from: '2024-01-01',
        effective_to: null,
        body: JSON.stringify(ruleSet),
      })
      .execute();
    ({ id: campaignId } = await t.db
      .insertInto('campaigns')
      .values({
        code: `DWS-${randomUUID().slice(0, 6)}`,
        name: 'Thi đua thử nghiệm 2026',
        kind: 'annual',
        rule_set_version: ruleSet.version,
        award_codes: ['GK', 'BK_TINH'],
        opens_on: '2026-01-01',
        closes_on: '2026-12-31',
        cutoffs: '{}',
      })
      .returning('id')
      .executeTakeFirstOrThrow());
    const store = new EventStore(t.database.pool);
    const nominee = (isDirectWorker: boolean, fullName: string) => ({
      ...sampleDossier(),
      nominee: { ...sampleDossier().nominee, fullName, isDirectWorker },
    });
    const submit = (id: string, awardCode: 'GK' | 'BK_TINH', direct: boolean, name: string): NominationCommand =>
      sampleSubmitNomination({
        nominationId: id,
        nominatingUnitId: u.cdcsBvdkDanPhuong,
        actor: at(u.cdcsBvdkDanPhuong),
        route: awardCode === 'GK' ? ROUTE.slice(0, 2) : ROUTE.slice(0, 3),
        awardCode,
        campaignId,
        ruleSetVersion: ruleSet.version,
        dossier: nominee(direct, name),
      });
    const withdraw = (id: string): NominationCommand => ({
      type: 'WithdrawNomination',
      nominationId: id,
      actor: at(u.cdcsBvdkDanPhuong),
      now: '2026-06-01T03:00:00Z',
      reason: 'Xin rút.',
    });
    // Live GK: one direct worker, one not. Not counted: a withdrawn GK and a BK_TINH (another award).
    await seedNomination(store, (id) => [submit(id, 'GK', true, 'Công nhân A')]);
    await seedNomination(store, (id) => [submit(id, 'GK', false, 'Cán bộ B')]);
    await seedNomination(store, (id) => [submit(id, 'GK', false, 'Cán bộ C'), withdraw(id)]);
    await seedNomination(store, (id) => [submit(id, 'BK_TINH', false, 'Cán bộ D')]);
    const deadline = Date.now() + 10_000;
    while ((await t.db.selectFrom('nominations').select('id').execute()).length < 4 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
    }
  });
  afterAll(() => t?.close());

  it('refuses a third non-direct worker, naming the rule, the share required and the current share', async () => {
    const dossier = sampleDossier();
    const res = await t.http
      .post('/api/nominations')
      .set(await auth('bvdp.nominator'))
      .set('Idempotency-Key', `k-${randomUUID()}`)
      .send({
        nominatingUnitId: u.cdcsBvdkDanPhuong,
        awardCode: 'GK',
        campaignId,
        dossier: { ...dossier, nominee: { ...dossier.nominee, fullName: 'Cán bộ E', isDirectWorker: false } },
      });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      code: 'ELIGIBILITY.DIRECT_WORKER_SHARE',
      rule: 'ELIGIBILITY.DIRECT_WORKER_SHARE',
      ruleSetVersion: 'test-dws.1',
      minShare: 0.5,
      required: 2,
      directWorkers: 1,
      total: 3,
      currentShare: 0.5,
    });
    expect(res.body.detail).toContain('ít nhất 50 %');
    expect(res.body.detail).toContain('hiện 50 % (1/2)');
    expect(res.body.detail_en).toContain('currently 50 % (1/2)');
  });
});
