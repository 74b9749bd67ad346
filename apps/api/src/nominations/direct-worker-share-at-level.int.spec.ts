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

// Priority to direct workers at the level that applies it (Law 06/2022 Art. 5 [S34]; NQ 07/NQ-TLĐ
// [S18][S19]; the share is rule-set data — no fixed union percentage was found, domain-sources §3.3).
// Here the district federation (level 2) keeps ≥ 50 % direct workers among the BK_TINH person
// nominations it forwards. Without Temporal: the refusal comes before any Update is sent.
describe('direct-worker share applied by the level the rule set names (directWorkerShare.level = 2)', () => {
  let t: ApiTestContext;
  let campaignId: string;
  let waiting: { nonDirect: string };
  const auth = async (username: string) => ({ Authorization: `Bearer ${await t.tokenFor(username)}` });
  const ruleSet = {
    ...ruleSet2024SignOff,
    version: 'test-dws-level.1',
    directWorkerShare: { minShare: 0.5, awardCodes: ['BK_TINH'], level: 2 },
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
        code: `DWSL-${randomUUID().slice(0, 6)}`,
        name: 'Thi đua thử nghiệm 2026',
        kind: 'annual',
        rule_set_version: ruleSet.version,
        award_codes: ['BK_TINH'],
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
    const submit = (id: string, direct: boolean, name: string): NominationCommand =>
      sampleSubmitNomination({
        nominationId: id,
        nominatingUnitId: u.cdcsBvdkDanPhuong,
        actor: at(u.cdcsBvdkDanPhuong),
        route: ROUTE.slice(0, 3),
        awardCode: 'BK_TINH',
        campaignId,
        ruleSetVersion: ruleSet.version,
        dossier: nominee(direct, name),
      });
    const approve = (id: string, level: 1 | 2, minute: number): NominationCommand => ({
      type: 'DecideNomination',
      nominationId: id,
      actor: at(ROUTE[level - 1]!.unitId),
      now: `2026-06-0${level}T03:0${minute}:00Z`,
      decision: 'approve',
      level,
      unitId: ROUTE[level - 1]!.unitId,
    });
    // Forwarded by the district: one direct worker, one not (1/2). Waiting at the district: one more who is not.
    await seedNomination(store, (id) => [submit(id, true, 'Công nhân A'), approve(id, 1, 1), approve(id, 2, 1)]);
    await seedNomination(store, (id) => [submit(id, false, 'Cán bộ B'), approve(id, 1, 2), approve(id, 2, 2)]);
    waiting = { nonDirect: await seedNomination(store, (id) => [submit(id, false, 'Cán bộ C'), approve(id, 1, 3)]) };
    const deadline = Date.now() + 10_000;
    while ((await t.db.selectFrom('nominations').select('id').execute()).length < 3 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
    }
  });
  afterAll(() => t?.close());

  it('refuses the district forwarding a non-direct worker that would leave it below the share, naming the share', async () => {
    const res = await t.http
      .post(`/api/nominations/${waiting.nonDirect}/decisions`)
      .set(await auth('dp.chair'))
      .set('Idempotency-Key', `k-${randomUUID()}`)
      .send({ decision: 'approve' });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      code: 'ELIGIBILITY.DIRECT_WORKER_SHARE',
      unitId: u.ldldDanPhuong,
      minShare: 0.5,
      required: 2,
      directWorkers: 1,
      total: 3,
    });
    // Nothing was decided: the nomination still waits at the district.
    const row = await t.db
      .selectFrom('nominations')
      .select('current_level')
      .where('id', '=', waiting.nonDirect)
      .executeTakeFirst();
    expect(row?.current_level).toBe(2);
  });
});
