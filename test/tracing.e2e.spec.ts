import { Writable } from 'node:stream';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { Client } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createActivities } from '@vinhdanh/activities';
import { createApp } from '@vinhdanh/api';
import { loadConfig } from '@vinhdanh/config';
import { sampleDossier } from '@vinhdanh/domain';
import { EventStore } from '@vinhdanh/event-store';
import { DEMO_PASSWORD, demoCampaignIds } from '@vinhdanh/seed';
import { startTracing, type Tracing } from '@vinhdanh/telemetry';
import {
  bundleTracedWorkflows,
  connectTestTemporal,
  createTestDatabase,
  testTemporalAddress,
  uniqueTaskQueue,
  type TestDatabase,
} from '@vinhdanh/testing';
import { SPEC_CONTENT } from '../apps/api/src/testing/api-test-context';

/**
 * Jest loads modules through its own registry, which the instrumentation's require hook never sees
 * (a real process loads them through Node's, see apps/*\/src/tracing.ts): apply the same patches to
 * the `http` module and the pg client class this test file's modules share.
 */
function instrumentJestLoadedModules(tracing: Tracing): () => void {
  const definitions = tracing.instrumentations.flatMap((i) => i.getModuleDefinitions());
  const http = definitions.find((definition) => definition.name === 'http');
  const pgClient = definitions.flatMap((d) => d.files).find((file) => file.name === 'pg/lib/client.js');
  if (!http?.patch || !http.unpatch || !pgClient) {
    throw new Error('the instrumentation no longer patches http or pg/lib/client.js');
  }
  const httpModule = require('node:http') as object;
  const pgClientModule = require('pg/lib/client.js') as object;
  http.patch(httpModule, process.versions.node);
  pgClient.patch(pgClientModule, (require('pg/package.json') as { version: string }).version);
  // Node's http module outlives this file in the jest worker: leave it as it was.
  return () => {
    http.unpatch?.(httpModule);
    pgClient.unpatch(pgClientModule);
  };
}

// The annual demo campaign runs through 2026: the API's and worker's clock starts inside it.
const CLOCK_BASE = Date.parse('2026-06-15T02:00:00Z');

describe('OpenTelemetry traces across API → Temporal → activity → database', () => {
  const exporter = new InMemorySpanExporter();
  const logLines: Array<Record<string, unknown>> = [];
  let tracing: Tracing;
  let uninstrument: (() => void) | undefined;
  let env: TestWorkflowEnvironment;
  let database: TestDatabase;
  let worker: Worker;
  let running: Promise<void>;
  let app: NestExpressApplication;

  beforeAll(async () => {
    const started = startTracing({ serviceName: 'vinhdanh-test', exporter });
    if (!started) throw new Error('tracing did not start with an exporter given');
    tracing = started;
    uninstrument = instrumentJestLoadedModules(tracing);
    const [testEnv, db, bundle] = await Promise.all([
      connectTestTemporal(),
      createTestDatabase({ poolSize: 6, content: SPEC_CONTENT }),
      bundleTracedWorkflows(),
    ]);
    env = testEnv;
    database = db;
    const startedAt = Date.now();
    const now = () => new Date(CLOCK_BASE + (Date.now() - startedAt));
    const taskQueue = uniqueTaskQueue('tracing');
    worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle: bundle,
      activities: createActivities({ clock: { now }, db: database.db, eventStore: new EventStore(database.pool) }),
      // What createTemporalWorker adds for a traced worker whose bundle carries the interceptors.
      interceptors: { activity: tracing.workerOptions.interceptors.activity },
      sinks: tracing.workerOptions.sinks,
    });
    running = worker.run();
    const config = loadConfig({
      DATABASE_URL: database.url,
      DATABASE_POOL_SIZE: '6',
      JWT_SECRET: 'tracing-secret-0123456789abcdef',
      TEMPORAL_ADDRESS: testTemporalAddress(),
      TEMPORAL_TASK_QUEUE: taskQueue,
      LOG_LEVEL: 'info',
    });
    const logs = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
          logLines.push(JSON.parse(line) as Record<string, unknown>);
        }
        done();
      },
    });
    app = await createApp(config, {
      shutdownHooks: false,
      logDestination: logs,
      temporal: {
        client: new Client({
          connection: env.connection,
          namespace: env.namespace,
          interceptors: tracing.clientInterceptors,
        }),
      },
      clock: now,
    });
    // A listening server: requests arrive through Node's http server, as in production.
    await app.listen(0, '127.0.0.1');
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    worker?.shutdown();
    await running;
    uninstrument?.();
    await tracing?.shutdown();
    await env?.teardown();
    await database?.destroy();
  });

  it('puts the decision request, its Update, the activity and its SQL under one trace id, named in the logs', async () => {
    const http = request(app.getHttpServer());
    const token = async (username: string) => {
      const res = await http.post('/api/auth/login').send({ username, password: DEMO_PASSWORD });
      expect(res.status).toBe(200);
      return `Bearer ${res.body.accessToken as string}`;
    };
    const created = await http
      .post('/api/nominations')
      .set('Authorization', await token('bvdp.nominator'))
      .set('Idempotency-Key', 'tracing-nomination-1')
      .send({
        nominatingUnitId: 'cdcs-bvdk-dan-phuong',
        awardCode: 'BK_TLD',
        campaignId: demoCampaignIds.annual2026,
        dossier: sampleDossier(),
      });
    expect([201, 202]).toContain(created.status);
    const nominationId = created.body.nominationId as string;
    const chair = await token('bvdp.chair');
    let decided: request.Response | undefined;
    // A 202 submission may not be projected yet: the decision then answers 404 until it is.
    for (let attempt = 0; attempt < 60; attempt++) {
      decided = await http
        .post(`/api/nominations/${nominationId}/decisions`)
        .set('Authorization', chair)
        .set('Idempotency-Key', 'tracing-decision-1')
        .send({ decision: 'approve' });
      if (decided.status !== 404) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(decided?.status).toBe(200);
    await tracing.flush();

    const spans = exporter.getFinishedSpans();
    const server = spans.find(
      (s) =>
        s.kind === 1 /* SERVER */ &&
        s.attributes['http.method'] === 'POST' &&
        String(s.attributes['http.target']).endsWith(`/api/nominations/${nominationId}/decisions`) &&
        s.attributes['http.status_code'] === 200,
    );
    expect(server).toBeDefined();
    const traceId = server!.spanContext().traceId;
    const inTrace = spans.filter((s) => s.spanContext().traceId === traceId);
    const byId = new Map(inTrace.map((s) => [s.spanContext().spanId, s]));
    const ancestors = (span: ReadableSpan): string[] => {
      const names: string[] = [];
      for (let p = span.parentSpanId && byId.get(span.parentSpanId); p; p = p.parentSpanId && byId.get(p.parentSpanId))
        names.push(p.name);
      return names;
    };
    const names = inTrace.map((s) => s.name);
    // The API's Update call, the workflow's Update handler (in the sandbox), the activity it ran.
    expect(names).toEqual(expect.arrayContaining(['StartWorkflowUpdate:decideUpdate', 'HandleUpdate:decideUpdate']));
    const append = inTrace.find((s) => s.name === 'RunActivity:appendNominationEvents');
    expect(append).toBeDefined();
    expect(ancestors(append!)).toEqual(
      expect.arrayContaining(['StartActivity:appendNominationEvents', 'HandleUpdate:decideUpdate', server!.name]),
    );
    // …and the SQL that activity ran: the decision's events appended to the store.
    const appendSql = inTrace.filter(
      (s) => s.attributes['db.system'] === 'postgresql' && ancestors(s).includes(append!.name),
    );
    expect(appendSql.map((s) => String(s.attributes['db.statement']))).toEqual(
      expect.arrayContaining([expect.stringMatching(/\bappend_events\(/)]),
    );

    // The request's log line names the same trace.
    const requestLine = logLines.find(
      (l) => (l.req as { url?: string } | undefined)?.url === `/api/nominations/${nominationId}/decisions`,
    );
    expect(requestLine).toMatchObject({ trace_id: traceId, res: { statusCode: 200 } });
  }, 180_000);
});
