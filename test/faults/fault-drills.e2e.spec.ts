import { Client } from 'pg';
import { sql } from 'kysely';
import type request from 'supertest';
import { FaultSystem, pause } from './support/fault-system';

/*
 * Fault drills against the real system: a worker process, an API process, a Temporal dev server of
 * this file's own (persisted, so it can be killed and restarted) and PostgreSQL reached through
 * proxies the test cuts. After each fault: nothing accepted is lost, nothing is applied twice;
 * at the end every chain verifies and the read models equal a rebuild. Timings are reported on
 * stderr ([drill] lines), never asserted.
 */
const BULK_ITEMS = Number(process.env.FAULTS_BULK_ITEMS ?? 50);
const report = (line: string) => process.stderr.write(`[drill] ${line}\n`);

describe('fault drills', () => {
  let sys: FaultSystem;
  let open: string[] = [];
  beforeAll(async () => {
    sys = await FaultSystem.start({ ownTemporal: true });
  }, 240_000);
  afterAll(() => sys?.close());

  const forwarded = async (ids: string[]) => {
    const { rows } = await sql<{ stream_id: string; n: number }>`select stream_id, count(*)::int as n from events
      where type = 'NominationForwarded' and stream_id = any(${ids.map((id) => `nomination-${id}`)})
      group by stream_id`.execute(sys.database.db);
    return rows;
  };
  /** Every id forwarded exactly once. */
  const expectDecidedOnce = async (ids: string[]) => {
    const rows = await forwarded(ids);
    expect(rows.map((r) => r.n)).toEqual(ids.map(() => 1));
  };
  const decide = (id: string, key: string) =>
    sys.post('bvdp.chair', `/api/nominations/${id}/decisions`, { decision: 'approve', taskSeq: 1 }, key);
  /**
   * The HTTP status of an answer, 0 for a request that got none (connection refused or reset). Not
   * `instanceof Error`: socket errors come from Node's realm, not jest's.
   */
  const statusOf = (a: request.Response | Error | undefined): number =>
    a && typeof (a as { status?: unknown }).status === 'number' ? (a as request.Response).status : 0;
  /** Retries (same key, as a client told Retry-After would) every answer that was not 2xx. */
  const settle = async (ids: string[], answers: Array<request.Response | Error>) => {
    for (let round = 0; round < 20; round++) {
      const pending = ids.filter((_, i) => statusOf(answers[i]) === 0 || statusOf(answers[i]) >= 300);
      if (pending.length === 0) return;
      await pause(1_000);
      for (const id of pending) {
        const i = ids.indexOf(id);
        answers[i] = await decide(id, `drill-${id}`).catch((e: Error) => e);
      }
    }
    throw new Error('decisions did not settle');
  };

  it('kill -9 of the worker during a bulk approval: every item decided exactly once', async () => {
    const started = Date.now();
    // The bulk's items, and 30 more for the drills below (10 + 9 + 8 decisions).
    const ids = await sys.nominate(BULK_ITEMS + 30);
    report(`${BULK_ITEMS + 30} nominations submitted in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    open = ids.slice(BULK_ITEMS);
    const batch = ids.slice(0, BULK_ITEMS);
    const items = batch.map((nominationId) => ({ nominationId, taskSeq: 1, decision: 'approve' }));
    const key = `bulk-drill-${Date.now()}`;
    const bulk = sys.post('bvdp.chair', '/api/inbox/bulk-decisions', { items }, key);
    await sys.waitFor(async () => (await forwarded(batch)).length >= 5, 'the first decisions');
    await sys.worker.kill('SIGKILL');
    await sys.worker.start();

    let res = await bulk;
    expect(res.status).toBe(200);
    // Nothing that may have happened is called failed: decided, or unknown (retry with the same key).
    expect(res.body.summary.failed).toBe(0);
    report(`bulk of ${BULK_ITEMS} around a worker kill: ${JSON.stringify(res.body.summary)}`);
    if (res.body.summary.unknown > 0) res = await sys.post('bvdp.chair', '/api/inbox/bulk-decisions', { items }, key);
    expect(res.body.summary).toEqual({ total: BULK_ITEMS, succeeded: BULK_ITEMS, failed: 0, unknown: 0 });
    await expectDecidedOnce(batch);
    report(`worker drill took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }, 300_000);

  it('database unavailable: 503 with Retry-After naming it; waiting appends resume after recovery', async () => {
    // The API loses the database: requests answer 503, never 500, and health names it.
    const [first, second] = open
      .splice(0, 10)
      .reduce<[string[], string[]]>(([a, b], id, i) => (i < 5 ? [[...a, id], b] : [a, [...b, id]]), [[], []]);
    await Promise.all([sys.apiProxy.cut(), sys.workerProxy.cut()]);
    let during: request.Response[];
    let health: request.Response;
    try {
      during = await Promise.all(first.map((id) => decide(id, `drill-${id}`)));
      health = await sys.http().get('/api/health');
    } finally {
      await Promise.all([sys.apiProxy.open(), sys.workerProxy.open()]);
    }
    for (const res of during) {
      expect(res.status).toBe(503);
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      expect(res.body).toMatchObject({ code: 'DEPENDENCY.DATABASE_UNAVAILABLE', dependency: 'database' });
      expect(res.body.detail).toContain('Cơ sở dữ liệu');
    }
    expect(health.status).toBe(503);
    expect(health.body.down).toEqual(['postgres']);
    await settle(first, during);
    await expectDecidedOnce(first);

    // Only the worker loses it: decisions are taken, their appends wait on retries, and land after.
    await sys.workerProxy.cut();
    const pending = second.map((id) => decide(id, `drill-${id}`).catch((e: Error) => e));
    let landedDuring: unknown[];
    try {
      await pause(8_000);
      landedDuring = await forwarded(second);
    } finally {
      await sys.workerProxy.open();
    }
    const restored = Date.now();
    expect(landedDuring).toEqual([]);
    await sys.waitFor(async () => (await forwarded(second)).length === second.length, 'the waiting appends');
    report(
      `appends waiting on a retry landed ${((Date.now() - restored) / 1000).toFixed(1)} s after the database returned`,
    );
    const answers = await Promise.all(pending);
    // Taken before the outage ended: 2xx, or 503 "outcome unknown" if the Update call timed out.
    for (const a of answers) expect([200, 503]).toContain(statusOf(a));
    await settle(second, answers);
    await expectDecidedOnce(second);
  }, 180_000);

  it('Temporal killed and restarted: nothing accepted is lost, nothing doubled', async () => {
    const ids = open.splice(0, 9);
    const probe = ids.pop()!;
    const answers: Array<request.Response | Error> = [];
    const sent = ids.map(async (id, i) => {
      await pause(i * 150);
      answers[i] = await decide(id, `drill-${id}`).catch((e: Error) => e);
    });
    await pause(400);
    await sys.killTemporal();
    let down: request.Response;
    try {
      down = await decide(probe, `drill-${probe}`);
    } finally {
      await sys.startTemporal();
    }
    expect(down.status).toBe(503);
    expect(Number(down.headers['retry-after'])).toBeGreaterThan(0);
    expect(['DEPENDENCY.TEMPORAL_UNAVAILABLE', 'COMMAND.OUTCOME_UNKNOWN']).toContain(down.body.code);
    await Promise.all(sent);
    report(`answers around the Temporal kill: ${answers.map(statusOf).join(' ')}; while down: ${down.body.code}`);
    for (const a of answers) expect(statusOf(a)).not.toBe(500);
    // Everything answered 2xx is in the store; the rest settles with the same key.
    const taken = ids.filter((_, i) => statusOf(answers[i]) >= 200 && statusOf(answers[i]) < 300);
    const landed = new Set((await forwarded(ids)).map((r) => r.stream_id));
    for (const id of taken) expect(landed).toContain(`nomination-${id}`);
    await settle([...ids, probe], [...answers, down]);
    await expectDecidedOnce([...ids, probe]);
  }, 180_000);

  it('API killed: nothing accepted is lost, nothing doubled', async () => {
    const ids = open.splice(0, 8);
    const answers: Array<request.Response | Error> = [];
    const sent = ids.map(async (id, i) => {
      await pause(i * 100);
      answers[i] = await decide(id, `drill-${id}`).catch((e: Error) => e);
    });
    await pause(300);
    await sys.api.kill('SIGKILL');
    await Promise.all(sent);
    report(`answers around the API kill: ${answers.map(statusOf).join(' ')} (0: no answer)`);
    await sys.api.start();
    await settle(ids, answers);
    await expectDecidedOnce(ids);
  }, 180_000);

  it('an event edited in the database: verify names it and the anchor check alone catches it', async () => {
    const auditor = await sys.as('tld.auditor');
    const anchor = await sys.http().post('/api/audit/anchors').set(auditor);
    expect([200, 201]).toContain(anchor.status);
    const { rows } = await sql<{ event_id: string; stream_id: string; stream_version: number; metadata: unknown }>`
      select event_id, stream_id, stream_version, metadata from events
      where type = 'NominationForwarded' order by global_position limit 1`.execute(sys.database.db);
    const event = rows[0]!;
    const admin = new Client({ connectionString: sys.database.url });
    await admin.connect();
    const edit = async (metadata: unknown) => {
      await admin.query('alter table events disable trigger events_append_only');
      await admin.query('update events set metadata = $1::jsonb where event_id = $2', [
        JSON.stringify(metadata),
        event.event_id,
      ]);
      await admin.query('alter table events enable trigger events_append_only');
    };
    try {
      await edit({ ...(event.metadata as object), reason: 'sửa lén' });
      const id = event.stream_id.replace(/^nomination-/, '');
      const verify = await sys.http().get(`/api/audit/nominations/${id}/verify`).set(auditor).expect(200);
      expect(verify.body).toMatchObject({ ok: false, brokenLink: { eventId: event.event_id, problem: 'hash' } });
      const check = await sys.http().get(`/api/audit/anchors/${anchor.body.id}/check`).set(auditor).expect(200);
      expect(check.body.ok).toBe(false);
      expect(check.body.problems).toContainEqual(
        expect.objectContaining({ streamId: event.stream_id, problem: 'chain_broken' }),
      );
    } finally {
      await edit(event.metadata);
      await admin.end();
    }
  }, 60_000);

  it('after every drill: every chain verifies and the read models equal a rebuild', async () => {
    expect(await sys.chainsVerify()).toBe(true);
    const { before, after } = await sys.readModelsAfterRebuild();
    expect(after).toEqual(before);
  }, 120_000);
});
