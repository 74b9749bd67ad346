import { Connection } from '@temporalio/client';
import { Client } from 'pg';
import { DEMO_PASSWORD } from '@vinhdanh/seed';
import { createApiTestContext, type ApiTestContext } from '../testing/api-test-context';
import { setConnectionsAllowed } from '../testing/database-outage';
import { EVENT_STORE } from '../projector/projector.tokens';
import { presentCommand } from '../nominations/command-response';
import { WorkflowUpdates } from '../nominations/workflow-updates';
import { dependencyProblemSource } from './dependency-errors';
import { toProblemSource } from './problem';

async function caught(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (err) {
    return err;
  }
  throw new Error('expected a failure');
}

describe('dependency outages', () => {
  it('maps a refused PostgreSQL connection and an unreachable Temporal to 503s naming them', async () => {
    const pgErr = await caught(async () => {
      const client = new Client({ connectionString: 'postgres://postgres@127.0.0.1:1/none' });
      await client.connect();
    });
    expect(dependencyProblemSource(pgErr)).toMatchObject({
      status: 503,
      code: 'DEPENDENCY.DATABASE_UNAVAILABLE',
      details: { dependency: 'database', retryAfterSeconds: expect.any(Number) },
    });

    const temporalErr = await caught(() => Connection.connect({ address: '127.0.0.1:1', connectTimeout: 500 }));
    expect(toProblemSource(temporalErr)).toMatchObject({
      status: 503,
      code: 'DEPENDENCY.TEMPORAL_UNAVAILABLE',
      details: { dependency: 'temporal' },
    });
    expect(toProblemSource(temporalErr)?.detailVi).toContain('Temporal');

    // A bug stays a bug (500), not an outage.
    expect(toProblemSource(new Error('undefined is not a function'))).toBeUndefined();
  });

  describe('the API while its database refuses connections', () => {
    let t: ApiTestContext;
    beforeAll(async () => {
      t = await createApiTestContext();
    });
    afterAll(async () => {
      await setConnectionsAllowed(t.database.url, true);
      await t.close();
    });

    it('answers 503 with Retry-After naming the database, and /api/health says it is down; all well after', async () => {
      const login = { username: 'snv.nominator', password: DEMO_PASSWORD };
      await t.http.post('/api/auth/login').send(login).expect(200);
      await setConnectionsAllowed(t.database.url, false);
      try {
        const res = await t.http.post('/api/auth/login').send(login).expect(503);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
        expect(res.body).toMatchObject({ code: 'DEPENDENCY.DATABASE_UNAVAILABLE', dependency: 'database' });
        expect(res.body.detail).toContain('Cơ sở dữ liệu');

        const health = await t.http.get('/api/health').expect(503);
        expect(health.body).toMatchObject({
          status: 'degraded',
          checks: { postgres: { status: 'down' }, projector: { status: 'unknown' } },
        });
        expect(health.body.down).toContain('postgres');
        expect(health.body.message).toContain('cơ sở dữ liệu');
        await t.http.get('/api/health/live').expect(200);
      } finally {
        await setConnectionsAllowed(t.database.url, true);
      }
      await t.http.post('/api/auth/login').send(login).expect(200);
    });

    it('answers a command taken just before the database went away with its outcome, not an error', async () => {
      const updates = t.app.get(WorkflowUpdates, { strict: false });
      const id = '0b9d6a52-1f43-4c53-9a35-6d2f7c9e1a10';
      const outcome = { nominationId: id, status: 'FORWARDED' as const, version: 5, events: [] };
      await setConnectionsAllowed(t.database.url, false);
      try {
        const result = await updates.afterCommand(id, outcome, 500);
        expect(result).toEqual({ outcome, readModelCaughtUp: false, nomination: null });
        const answer = await presentCommand(t.db, t.app.get(EVENT_STORE, { strict: false }), result);
        expect(answer).toMatchObject({ outcome, readModelCaughtUp: false, nomination: null });
      } finally {
        await setConnectionsAllowed(t.database.url, true);
      }
    });
  });
});
