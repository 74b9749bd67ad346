import type { AddressInfo } from 'node:net';
import { EventStore } from '@vinhdanh/event-store';
import { demoUnitIds as u } from '@vinhdanh/domain';
import { createApiTestContext, DEMO_CONTENT, type ApiTestContext } from '../../apps/api/src/testing/api-test-context';
import type { UnitNode } from '../../apps/api/src/org/org.schemas';
import { seedDemoReorganisation } from './demo-reorganisation';

function parentOf(nodes: UnitNode[], id: string, parent: string | null = null): string | null | undefined {
  for (const n of nodes) {
    if (n.id === id) return parent;
    const hit = parentOf(n.children, id, n.id);
    if (hit !== undefined) return hit;
  }
  return undefined;
}

// The demo map before and after 01/07/2025 (NQ 202/2025 [S41]: Hậu Giang merged into Thành phố Cần Thơ;
// 4173/TLĐ-ToC [S39][S40]: district federations dissolved, grassroots unions under the province or a
// commune union), recorded through the units API as effective-dated events.
describe('demo 2025 reorganisation (npm start)', () => {
  let t: ApiTestContext;
  let url: string;
  const tree = async (asOf: string) =>
    (
      await t.http
        .get(`/api/units?asOf=${asOf}`)
        .set({ Authorization: `Bearer ${await t.tokenFor('tld.auditor')}` })
        .expect(200)
    ).body.roots as UnitNode[];

  beforeAll(async () => {
    t = await createApiTestContext({ content: DEMO_CONTENT, clock: () => new Date('2026-12-01T03:00:00Z') });
    await t.app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(() => t?.close());

  it('records the dissolutions and moves once, as unit events, and the tree answers for each date', async () => {
    expect(await seedDemoReorganisation(url, () => undefined)).toBe(7);
    expect(await seedDemoReorganisation(url, () => undefined)).toBe(0);

    const before = await tree('2025-06-30');
    expect(parentOf(before, u.cdcsBvdkDanPhuong)).toBe(u.ldldDanPhuong);
    expect(parentOf(before, u.cdcsThcsTanHoi)).toBe(u.ldldDanPhuong);
    expect(parentOf(before, u.cdcsTtytChauThanhA)).toBe(u.ldldChauThanhA);
    expect(parentOf(before, u.ldldChauThanhA)).toBe(u.ldldHauGiang);
    expect(parentOf(before, u.ldldHauGiang)).toBe(u.tongLdld);
    expect(parentOf(before, u.cdXaDanPhuong)).toBeUndefined();

    for (const asOf of ['2025-07-01', '2026-06-15']) {
      const after = await tree(asOf);
      for (const gone of [u.ldldDanPhuong, u.ldldChauThanhA, u.ldldHauGiang, u.ldldHaQuang, u.ldldThachAn]) {
        expect([asOf, gone, parentOf(after, gone)]).toEqual([asOf, gone, undefined]);
      }
      expect(parentOf(after, u.cdcsBvdkDanPhuong)).toBe(u.cdXaDanPhuong);
      expect(parentOf(after, u.cdXaDanPhuong)).toBe(u.ldldHaNoi);
      expect(parentOf(after, u.cdcsThcsTanHoi)).toBe(u.ldldHaNoi);
      expect(parentOf(after, u.cdcsTtytChauThanhA)).toBe(u.cdXaChauThanhA);
      expect(parentOf(after, u.cdcsTieuHocMotNgan)).toBe(u.cdXaChauThanhA);
      expect(parentOf(after, u.cdXaChauThanhA)).toBe(u.ldldCanTho);
    }

    const store = new EventStore(t.database.pool);
    const types = async (unitId: string) => (await store.readStream(`unit-${unitId}`)).map((e) => e.type);
    expect(await types(u.ldldHauGiang)).toContain('UnitDissolved');
    expect(await types(u.ldldDanPhuong)).toContain('UnitDissolved');
    expect(await types(u.cdcsBvdkDanPhuong)).toContain('UnitReparented');
    expect(await types(u.cdcsThcsTanHoi)).toContain('UnitReparented');

    // The roles held at a dissolved federation end on its last day (Vietnam time).
    const roles = await t.db
      .selectFrom('user_roles')
      .innerJoin('users', 'users.id', 'user_roles.user_id')
      .select(['users.username', 'user_roles.valid_to'])
      .where('users.username', 'in', ['dp.chair', 'cta.chair', 'hg.chair', 'ct.chair'])
      .execute();
    const ends = roles.map((r) => [r.username, r.valid_to?.toISOString() ?? null]).sort();
    expect(ends).toEqual([
      ['ct.chair', null],
      ['cta.chair', '2025-06-30T17:00:00.000Z'],
      ['dp.chair', '2025-06-30T17:00:00.000Z'],
      ['hg.chair', '2025-06-30T17:00:00.000Z'],
    ]);
  });
});
