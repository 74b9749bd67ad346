import type { AddressInfo } from 'node:net';
import { demoUnitIds as u } from '@vinhdanh/domain';
import { createApiTestContext, type ApiTestContext } from '../../apps/api/src/testing/api-test-context';
import { seedDemoBlocs } from './demo-blocs';

// The demo's Cao Bằng blocs through the real API: Khối I's flag went round (flagged as rotation),
// Khối II's best unit won twice (no alarm), re-formed after the 2025 reorganisation, 2026 running.
describe('demo emulation blocs', () => {
  let t: ApiTestContext;
  let url: string;
  const get = async (path: string) =>
    (await t.http.get(path).set({ Authorization: `Bearer ${await t.tokenFor('cb.admin')}` })).body;

  beforeAll(async () => {
    t = await createApiTestContext({ clock: () => new Date('2026-12-01T03:00:00Z') });
    await t.app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(() => t?.close());

  it('records both blocs once; the rotation bloc is flagged and the bloc whose best unit won twice is not', async () => {
    expect(await seedDemoBlocs(url, () => undefined)).toBe(2);
    expect(await seedDemoBlocs(url, () => undefined)).toBe(0);

    const khoiI = await get('/api/blocs/cao-bang-khoi-i');
    expect(khoiI.winnerHistory.map((w: { winnerUnitId: string }) => w.winnerUnitId)).toEqual([
      u.cdVienChucCaoBang,
      u.cdGiaoDucCaoBang,
      u.cdYTeCaoBang,
    ]);
    const alerts = khoiI.alerts.map((a: { kind: string; year: number }) => `${a.kind} ${a.year}`).sort();
    expect(alerts).toEqual(['rotation 2025', 'winner_not_top_scorer 2024', 'winner_not_top_scorer 2025']);

    const khoiII = await get('/api/blocs/cao-bang-khoi-ii');
    expect(khoiII.alerts).toEqual([]);
    const current = khoiII.members
      .filter((m: { current: boolean }) => m.current)
      .map((m: { unitId: string }) => m.unitId);
    expect(current).toEqual([u.cdXaHoaAn, u.cdXaHaQuang, u.cdXaNguyenBinh, u.cdXaThachAn]);
    expect(khoiII.members.find((m: { unitId: string }) => m.unitId === u.ldldHoaAn)).toMatchObject({
      to: '2025-07-01',
      dissolved: true,
    });
    const y2026 = khoiII.years.find((y: { year: number }) => y.year === 2026);
    expect(y2026.phase).toBe('scoring');
    expect(y2026.covenants.map((c: { status: string }) => c.status)).toEqual(['signed', 'signed', 'signed', 'signed']);
    expect(y2026.scores.filter((s: { selfTotal: number | null }) => s.selfTotal !== null)).toHaveLength(2);

    const list = await get(`/api/blocs?organiserUnitId=${u.ldldCaoBang}`);
    expect(list.items.map((b: { id: string; alerts: number }) => [b.id, b.alerts])).toEqual([
      ['cao-bang-khoi-i', 3],
      ['cao-bang-khoi-ii', 0],
    ]);
  });
});
