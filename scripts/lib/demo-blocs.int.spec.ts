import type { AddressInfo } from 'node:net';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { createActivities } from '@vinhdanh/activities';
import { VINHDANH_SEARCH_ATTRIBUTES } from '@vinhdanh/contracts';
import { demoUnitIds as u } from '@vinhdanh/domain';
import { EventStore } from '@vinhdanh/event-store';
import { ensureNamespace } from '@vinhdanh/temporal';
import { bundleWorkflowsOnce, connectTestTemporal, testTemporalAddress, uniqueTaskQueue } from '@vinhdanh/testing';
import { createApiTestContext, type ApiTestContext } from '../../apps/api/src/testing/api-test-context';
import { seedDemoBlocs } from './demo-blocs';

// The demo's Cao Bằng blocs through the real API: Khối I's flag went round (flagged as rotation),
// Khối II's best unit won twice (no alarm), re-formed after the 2025 reorganisation, 2026 running.
describe('demo emulation blocs', () => {
  let t: ApiTestContext;
  let url: string;
  const get = async (path: string) =>
    (await t.http.get(path).set({ Authorization: `Bearer ${await t.tokenFor('cb.admin')}` })).body;

  let env: TestWorkflowEnvironment;
  let worker: Worker;
  let running: Promise<void>;

  beforeAll(async () => {
    // The 2026 year runs as the bloc-year workflow: the run's Temporal server and a worker of our own.
    const taskQueue = uniqueTaskQueue('demo-blocs');
    // Its own namespace, as a deployment has: the bloc-year workflow id is fixed by bloc and year, so
    // in a shared namespace a run of another suite (its worker gone) could hold it.
    const namespace = `demo-blocs-${process.pid}-${Date.now()}`;
    env = await connectTestTemporal();
    await ensureNamespace({
      services: env.connection,
      namespace,
      owner: namespace,
      searchAttributes: VINHDANH_SEARCH_ATTRIBUTES,
    });
    t = await createApiTestContext({
      clock: () => new Date('2026-12-01T03:00:00Z'),
      env: { TEMPORAL_ADDRESS: testTemporalAddress(), TEMPORAL_NAMESPACE: namespace, TEMPORAL_TASK_QUEUE: taskQueue },
    });
    await t.app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    const store = new EventStore(t.database.pool);
    const clock = { now: () => new Date() };
    worker = await Worker.create({
      connection: env.nativeConnection,
      namespace,
      taskQueue,
      workflowBundle: await bundleWorkflowsOnce(),
      activities: createActivities({ clock, db: t.db, eventStore: store }),
    });
    running = worker.run();
  });
  afterAll(async () => {
    worker?.shutdown();
    await running;
    await env?.teardown();
    await t?.close();
  });

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
    // Run by the workflow: scheduled, self round first (cross-scoring opens when it closes).
    expect(y2026.round).toBe('self');
    expect(y2026.schedule).toMatchObject({ workflowId: 'bloc-year:cao-bang-khoi-ii:2026' });
    expect(y2026.covenants.map((c: { status: string }) => c.status)).toEqual(['signed', 'signed', 'signed', 'signed']);
    expect(y2026.scores.filter((s: { selfTotal: number | null }) => s.selfTotal !== null)).toHaveLength(2);

    const list = await get(`/api/blocs?organiserUnitId=${u.ldldCaoBang}`);
    expect(list.items.map((b: { id: string; alerts: number }) => [b.id, b.alerts])).toEqual([
      ['cao-bang-khoi-i', 3],
      ['cao-bang-khoi-ii', 0],
    ]);
    // Three years of two blocs through the API, then the 2026 year's workflow: about a minute on a busy machine.
  }, 240_000);
});
