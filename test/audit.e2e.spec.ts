import { randomUUID } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Worker } from '@temporalio/worker';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import request from 'supertest';
import { createActivities } from '@vinhdanh/activities';
import { loadConfig } from '@vinhdanh/config';
import { nominationStreamId } from '@vinhdanh/contracts';
import { demoUnitIds, sampleDossier } from '@vinhdanh/domain';
import { EventStore } from '@vinhdanh/event-store';
import { DEMO_PASSWORD, demoCampaignIds, seedDemo } from '@vinhdanh/seed';
import {
  bundleWorkflowsOnce,
  connectTestTemporal,
  createTestDatabase,
  testTemporalAddress,
  uniqueTaskQueue,
  type TestDatabase,
} from '@vinhdanh/testing';
// Relative until AuditModule is in FEATURE_MODULES and @vinhdanh/audit is linked; the app from the same
// tree as the module so both see one copy of the API's injection tokens.
import { createApp } from '../apps/api/src/app';
import { hashPassword } from '../apps/api/src/auth/password';
import { generateSigningKeyPem } from '@vinhdanh/audit';

// Black box over HTTP with the real worker and Temporal: the replay check replays the real history
// against the current workflow code and compares the workflow's state with the event store's fold.
describe('auditors’ replay check against Temporal', () => {
  let env: TestWorkflowEnvironment;
  let database: TestDatabase;
  let app: NestExpressApplication;
  let http: ReturnType<typeof request>;
  let store: EventStore;
  let stopWorker: () => Promise<void> = async () => undefined;
  const tokens = new Map<string, string>();

  beforeAll(async () => {
    const [connected, db, bundle] = await Promise.all([
      connectTestTemporal(),
      createTestDatabase({ poolSize: 6 }),
      bundleWorkflowsOnce(),
    ]);
    env = connected;
    database = db;
    await seedDemo(database.db, { hashPassword });
    store = new EventStore(database.pool);
    const taskQueue = uniqueTaskQueue('audit-e2e');
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle: bundle,
      activities: createActivities({ clock: { now: () => new Date() }, db: database.db, eventStore: store }),
    });
    const running = worker.run();
    stopWorker = async () => {
      worker.shutdown();
      await running;
    };
    const config = loadConfig({
      DATABASE_URL: database.url,
      DATABASE_POOL_SIZE: '6',
      JWT_SECRET: 'e2e-secret-0123456789abcdef',
      TEMPORAL_ADDRESS: testTemporalAddress(),
      TEMPORAL_TASK_QUEUE: taskQueue,
      LOG_LEVEL: 'error',
      AUDIT_SIGNING_KEY: generateSigningKeyPem(),
    });
    const started = Date.now();
    const base = Date.parse('2026-06-15T02:00:00Z');
    app = await createApp(config, {
      logger: false,
      shutdownHooks: false,
      temporal: { client: env.client },
      clock: () => new Date(base + (Date.now() - started)),
    });
    await app.init();
    http = request(app.getHttpServer());
  });
  afterAll(async () => {
    await app?.close().catch(() => undefined);
    await stopWorker().catch(() => undefined);
    await store?.close();
    await env?.teardown().catch(() => undefined);
    await database?.destroy();
  });

  async function as(username: string) {
    let token = tokens.get(username);
    if (!token) {
      const res = await http.post('/api/auth/login').send({ username, password: DEMO_PASSWORD });
      token = res.body.accessToken as string;
      tokens.set(username, token);
    }
    return { Authorization: `Bearer ${token}` };
  }

  it('replays a real history without divergence, and reports when the store and the workflow disagree', async () => {
    const created = await http
      .post('/api/nominations')
      .set(await as('bvdp.nominator'))
      .set('Idempotency-Key', `audit-${randomUUID()}`)
      .send({
        nominatingUnitId: demoUnitIds.cdcsBvdkDanPhuong,
        awardCode: 'BK_TLD',
        campaignId: demoCampaignIds.annual2026,
        dossier: sampleDossier(),
      });
    expect(created.status).toBe(201);
    const id: string = created.body.nominationId;
    const decided = await http
      .post(`/api/nominations/${id}/decisions`)
      .set(await as('bvdp.chair'))
      .set('Idempotency-Key', `audit-${randomUUID()}`)
      .send({ decision: 'approve', taskSeq: created.body.nomination.currentTask.taskSeq });
    expect(decided.status).toBe(200);

    const check = await http.get(`/api/audit/nominations/${id}/replay-check`).set(await as('tld.auditor'));
    expect(check.status).toBe(200);
    expect(check.body).toMatchObject({
      ok: true,
      workflowId: `nomination:${id}`,
      replay: { ok: true },
      stateComparison: { ok: true, storeStatus: 'FORWARDED', workflowStatus: 'FORWARDED' },
    });
    expect(check.body.historyEvents).toBeGreaterThan(5);
    expect(check.body.stateComparison.workflowVersion).toBe(check.body.stateComparison.storeVersion);

    // Someone writes to the stream behind the workflow's back: the fold no longer matches.
    const version = await store.streamVersion(nominationStreamId(id));
    const [last] = await store.readStream(nominationStreamId(id), { fromVersion: version });
    await store.append(nominationStreamId(id), version, [
      {
        eventId: randomUUID(),
        type: 'NominationReminderSent',
        data: {
          taskSeq: 2,
          dueAt: '2026-06-30T10:00:00.000Z',
          level: 2,
          unitId: demoUnitIds.ldldDanPhuong,
        },
        metadata: last!.metadata,
        occurredAt: new Date().toISOString(),
      },
    ]);
    const diverged = await http.get(`/api/audit/nominations/${id}/replay-check`).set(await as('tld.auditor'));
    expect(diverged.body).toMatchObject({ ok: false, replay: { ok: true }, stateComparison: { ok: false } });

    await http
      .get(`/api/audit/nominations/${id}/replay-check`)
      .set(await as('bvdp.nominator'))
      .expect(403);
  });
});
