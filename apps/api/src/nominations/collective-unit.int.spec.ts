import { randomUUID } from 'node:crypto';
import { demoUnitIds as u, ruleSet2024SignOff, sampleDossier, sampleSubmitNomination } from '@vinhdanh/domain';
import { EventStore } from '@vinhdanh/event-store';
import { createApiTestContext, DEMO_CONTENT, type ApiTestContext } from '../testing/api-test-context';
import { at, seedNomination } from '../testing/nomination-seed';
import { loadAwardHistory } from './eligibility';

// A collective is a unit of the org tree (by id): its award history follows it when the units above
// it are dissolved or merged (01/07/2025: LĐLĐ tỉnh Hậu Giang into LĐLĐ TP Cần Thơ, LĐLĐ huyện Châu
// Thành A ended, NQ 202/2025 [S41], 4173/TLĐ-ToC [S39]) and when its name changes with it.
describe('collective nominees are units, by id', () => {
  let t: ApiTestContext;
  const sysadmin = async () => ({ Authorization: `Bearer ${await t.tokenFor('sysadmin')}` });
  const collective = (name: string, unitId?: string) => ({
    kind: 'collective' as const,
    name,
    memberCount: 140,
    womenShare: 0.72,
    ...(unitId ? { unitId } : {}),
  });

  beforeAll(async () => {
    // The demo's content: it has LĐLĐ TP Cần Thơ and Công đoàn xã Châu Thành A (the specs' content does not).
    t = await createApiTestContext({ content: DEMO_CONTENT, clock: () => new Date('2026-06-15T03:00:00Z') });
  });
  afterAll(() => t?.close());

  it('finds the Cờ thi đua the unit won under Hậu Giang when the Cần Thơ commune union nominates it again', async () => {
    const { id: campaignId } = await t.db
      .insertInto('campaigns')
      .values({
        code: `LDG-2024-${randomUUID().slice(0, 6)}`,
        name: 'Phong trào thi đua năm 2024',
        kind: 'annual',
        rule_set_version: ruleSet2024SignOff.version,
        award_codes: ['CO_TINH'],
        opens_on: '2024-01-01',
        closes_on: '2024-12-31',
        cutoffs: '{}',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const store = new EventStore(t.database.pool);
    // Granted in 2024: nominated by LĐLĐ huyện Châu Thành A, decided by LĐLĐ tỉnh Hậu Giang.
    const granted = await seedNomination(store, (id) => [
      sampleSubmitNomination({
        nominationId: id,
        now: '2024-11-05T03:00:00Z',
        nominatingUnitId: u.ldldChauThanhA,
        actor: at(u.ldldChauThanhA),
        route: [
          { level: 2, unitId: u.ldldChauThanhA },
          { level: 3, unitId: u.ldldHauGiang },
        ],
        awardCode: 'CO_TINH',
        campaignId,
        ruleSetVersion: ruleSet2024SignOff.version,
        dossier: {
          ...sampleDossier(),
          nominee: collective('Công đoàn cơ sở Trung tâm Y tế huyện Châu Thành A', u.cdcsTtytChauThanhA),
        },
      }),
      {
        type: 'DecideNomination',
        nominationId: id,
        actor: at(u.ldldChauThanhA),
        now: '2024-11-06T03:00:00Z',
        decision: 'approve',
        level: 2,
        unitId: u.ldldChauThanhA,
      },
      {
        type: 'DecideNomination',
        nominationId: id,
        actor: at(u.ldldHauGiang),
        now: '2024-11-20T03:00:00Z',
        decision: 'approve',
        level: 3,
        unitId: u.ldldHauGiang,
        decisionNumber: '355/QĐ-LĐLĐ',
      },
    ]);
    for (let i = 0; i < 100; i++) {
      const row = await t.db.selectFrom('nominations').select('status').where('id', '=', granted).executeTakeFirst();
      if (row?.status === 'GRANTED') break;
      await new Promise((r) => setTimeout(r, 100));
    }

    // The reorganisation, as an administrator records it.
    for (const [unitId, successorId] of [
      [u.ldldHauGiang, u.ldldCanTho],
      [u.ldldChauThanhA, u.cdXaChauThanhA],
    ]) {
      await t.http
        .post(`/api/admin/units/${unitId}/dissolution`)
        .set(await sysadmin())
        .set('Idempotency-Key', `k-${randomUUID()}`)
        .send({ effectiveFrom: '2025-07-01', successorId, reason: 'Sắp xếp tổ chức công đoàn từ 01/07/2025.' })
        .expect(202);
    }

    // 2026: the commune union nominates the same unit, now named after the regional health centre.
    const renamed = 'Công đoàn cơ sở Trung tâm Y tế khu vực Châu Thành A';
    const byUnit = await loadAwardHistory(
      t.db,
      { ...sampleDossier(), nominee: collective(renamed, u.cdcsTtytChauThanhA) },
      u.cdXaChauThanhA,
    );
    expect(byUnit).toEqual([
      expect.objectContaining({ awardCode: 'CO_TINH', year: 2024, source: 'granted', decisionNumber: '355/QĐ-LĐLĐ' }),
    ]);
    // Matched by name and nominating unit (no unit id), the history was lost with the old federation.
    const byName = await loadAwardHistory(t.db, { ...sampleDossier(), nominee: collective(renamed) }, u.cdXaChauThanhA);
    expect(byName).toEqual([]);
  });

  it('refuses a collective whose unit is unknown or not under the nominating unit, naming the field', async () => {
    const auth = { Authorization: `Bearer ${await t.tokenFor('snv.nominator')}` };
    const submit = (unitId: string) =>
      t.http
        .post('/api/nominations')
        .set(auth)
        .set('Idempotency-Key', `k-${randomUUID()}`)
        .send({
          nominatingUnitId: u.cdcsSoNoiVuCaoBang,
          awardCode: 'BK_TINH',
          campaignId: '0b6f3a52-7c1e-4c43-9a55-2026a0000001',
          dossier: { ...sampleDossier(), nominee: collective('Phòng Tổ chức cán bộ', unitId) },
        });
    const elsewhere = await submit(u.cdcsCucThongKeCaoBang);
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.errors).toEqual([
      expect.objectContaining({ field: 'dossier.nominee.unitId', rule: 'unit-not-below-submitter' }),
    ]);
    expect(elsewhere.body.errors[0].message).toContain('Công đoàn cơ sở Cục Thống kê tỉnh Cao Bằng');
    const unknown = await submit('khong-co');
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([
      expect.objectContaining({ field: 'dossier.nominee.unitId', rule: 'known-unit' }),
    ]);
  });
});
