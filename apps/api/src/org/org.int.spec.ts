import { sql } from 'kysely';
import { loadOrgTree } from '@vinhdanh/db';
import { demoUnitIds as ids, REORGANISATION_2025 } from '@vinhdanh/domain';
import { createApiTestContext, type ApiTestContext } from '../testing/api-test-context';
import type { UnitNode } from './org.schemas';

function find(nodes: UnitNode[], id: string): UnitNode | undefined {
  for (const n of nodes) {
    if (n.id === id) return n;
    const hit = find(n.children, id);
    if (hit) return hit;
  }
  return undefined;
}

describe('org tree and campaigns', () => {
  let t: ApiTestContext;
  let token: string;
  beforeAll(async () => {
    t = await createApiTestContext();
    token = await t.tokenFor('snv.nominator');
  });
  afterAll(() => t.close());

  it('shows Hòa An CĐCS under the district federation before the 2025 re-parenting and under the commune union after', async () => {
    const before = await t.http.get('/api/units?asOf=2025-06-30').set('Authorization', `Bearer ${token}`).expect(200);
    expect(before.body.roots.map((r: UnitNode) => r.id)).toEqual([ids.tongLdld]);
    expect(find(before.body.roots, ids.ldldHoaAn)?.children.map((c) => c.id)).toContain(ids.cdcsTieuHocHongViet);
    expect(find(before.body.roots, ids.cdXaHoaAn)).toBeUndefined();

    const after = await t.http
      .get(`/api/units?asOf=${REORGANISATION_2025}`)
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    expect(find(after.body.roots, ids.ldldHoaAn)).toBeUndefined();
    const commune = find(after.body.roots, ids.cdXaHoaAn)!;
    expect(commune).toMatchObject({ level: 2, kind: 'CD_XA_PHUONG' });
    expect(commune.children.map((c) => c.id)).toContain(ids.cdcsTieuHocHongViet);
  });

  it('loads the full effective-dated tree for activities', async () => {
    const tree = await loadOrgTree(t.db);
    expect(tree.ancestryAsOf(ids.cdcsTieuHocHongViet, '2025-06-30').map((u) => u.id)).toEqual([
      ids.cdcsTieuHocHongViet,
      ids.ldldHoaAn,
      ids.ldldCaoBang,
      ids.tongLdld,
    ]);
    expect(tree.ancestryAsOf(ids.cdcsTieuHocHongViet, '2026-01-15').map((u) => u.id)).toEqual([
      ids.cdcsTieuHocHongViet,
      ids.cdXaHoaAn,
      ids.ldldCaoBang,
      ids.tongLdld,
    ]);
  });

  it('refuses a second overlapping parent in the database itself', async () => {
    await expect(
      sql`insert into unit_parents (unit_id, parent_id, valid_from, valid_to) values (${ids.cdcsSoNoiVuCaoBang}, ${ids.ldldCaoBang}, '2024-01-01', null)`.execute(
        t.db,
      ),
    ).rejects.toMatchObject({ code: '23P01' });
  });

  it('rejects a malformed asOf naming the field, and requires a token', async () => {
    const bad = await t.http.get('/api/units?asOf=30/06/2025').set('Authorization', `Bearer ${token}`).expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'asOf', in: 'query' })]);
    await t.http.get('/api/units').expect(401);
  });

  it('lists the two demo campaigns with their rule set', async () => {
    const res = await t.http.get('/api/campaigns').set('Authorization', `Bearer ${token}`).expect(200);
    expect(res.body.items.map((c: { code: string }) => c.code).sort()).toEqual(['GVN-DVN-2026', 'LDG-LDST-2026']);
    const byCode = Object.fromEntries(res.body.items.map((c: { code: string }) => [c.code, c]));
    expect(byCode['LDG-LDST-2026']).toMatchObject({
      ruleSetVersion: '2024.1',
      opensOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(byCode['GVN-DVN-2026']).toMatchObject({ ruleSetVersion: '2024.2' });
    const open = await t.http
      .get('/api/campaigns?openOn=2026-02-01')
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    expect(open.body.items.map((c: { kind: string }) => c.kind)).toEqual(['annual']);
  });
});
