import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import request from 'supertest';
import { generateSigningKeyPem, verifyStoreSlice } from '@vinhdanh/audit';
import { VINHDANH_SEARCH_ATTRIBUTES, nominationStreamId } from '@vinhdanh/contracts';
import { demoUnitIds, sampleDossier } from '@vinhdanh/domain';
import { EventStore } from '@vinhdanh/event-store';
import { createProjections, Projector } from '@vinhdanh/projections';
import { DEMO_PASSWORD, demoCampaignIds } from '@vinhdanh/seed';
import { getFreePort, startDevServer, type RunningDevServer } from '@vinhdanh/temporal';
import { ensureTemporalCli } from '@vinhdanh/tools';
import { createTestDatabase, testTemporalAddress, uniqueTaskQueue, type TestDatabase } from '@vinhdanh/testing';
import { SPEC_CONTENT } from '../../../apps/api/src/testing/api-test-context';
import { TcpProxy } from './tcp-proxy';

const ROOT = join(__dirname, '..', '..', '..');

/** A real process of the system (worker or API), started as `npm start` starts it. */
export class SystemProcess {
  child: ChildProcess | null = null;
  private output: string[] = [];

  constructor(
    readonly name: string,
    private readonly entry: string,
    private readonly env: NodeJS.ProcessEnv,
    private readonly isReady: (output: string) => boolean | Promise<boolean>,
  ) {}

  /** Starts the process and resolves once it is ready (rejects with its last output if it dies first). */
  async start(timeoutMs = 90_000): Promise<void> {
    this.output = [];
    const child = spawn(process.execPath, ['-r', '@swc-node/register', this.entry], {
      cwd: ROOT,
      env: { ...process.env, ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    const onData = (chunk: Buffer) => {
      this.output.push(chunk.toString());
      if (this.output.length > 200) this.output.shift();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`${this.name} exited early: ${this.tail()}`);
      }
      if (await this.isReady(this.output.join(''))) return;
      if (Date.now() > deadline) throw new Error(`${this.name} not ready in ${timeoutMs} ms: ${this.tail()}`);
      await pause(200);
    }
  }

  /** Sends `signal` and waits for the process to exit. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    await exited;
    clearTimeout(timer);
  }

  tail(): string {
    return this.output.join('').slice(-3000);
  }
}

export const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Options of {@link startFaultSystem}. */
export interface FaultSystemOptions {
  /** Run a Temporal dev server of this test's own (persisted to SQLite), which the test may kill. */
  ownTemporal?: boolean;
}

/**
 * The whole system as separate processes for fault drills: a real worker process and a real API
 * process, both reaching this test's own database through a {@link TcpProxy} the test can cut,
 * and Temporal (the run's shared dev server, or one of the test's own that it may kill).
 */
export class FaultSystem {
  /** The API's and the worker's way to PostgreSQL: cut one or both to take the database away. */
  readonly apiProxy: TcpProxy;
  readonly workerProxy: TcpProxy;
  readonly store: EventStore;
  worker!: SystemProcess;
  api!: SystemProcess;
  baseUrl = '';
  temporalAddress = '';
  private temporal: RunningDevServer | null = null;
  private temporalDir: string | null = null;
  private temporalPort = 0;
  private readonly tokens = new Map<string, string>();

  private constructor(
    readonly database: TestDatabase,
    private readonly options: FaultSystemOptions,
  ) {
    const url = new URL(database.url);
    this.apiProxy = new TcpProxy(url.hostname, Number(url.port || 5432));
    this.workerProxy = new TcpProxy(url.hostname, Number(url.port || 5432));
    this.store = new EventStore(database.pool, { notify: false });
  }

  static async start(options: FaultSystemOptions = {}): Promise<FaultSystem> {
    const database = await createTestDatabase({ poolSize: 4, content: SPEC_CONTENT });
    const system = new FaultSystem(database, options);
    try {
      await system.boot();
      return system;
    } catch (err) {
      await system.close();
      throw err;
    }
  }

  private async boot(): Promise<void> {
    await Promise.all([this.apiProxy.open(), this.workerProxy.open()]);
    if (this.options.ownTemporal) {
      this.temporalDir = mkdtempSync(join(tmpdir(), 'vinhdanh-faults-temporal-'));
      this.temporalPort = await getFreePort();
      await this.startTemporal();
    } else {
      this.temporalAddress = testTemporalAddress();
    }
    const port = await getFreePort();
    this.baseUrl = `http://127.0.0.1:${port}`;
    const env = {
      AUDIT_SIGNING_KEY: generateSigningKeyPem(),
      DATABASE_POOL_SIZE: '6',
      TEMPORAL_ADDRESS: this.temporalAddress,
      TEMPORAL_NAMESPACE: 'default',
      TEMPORAL_TASK_QUEUE: uniqueTaskQueue('faults'),
      JWT_SECRET: `faults-${randomUUID()}`,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
    };
    const workerEnv = { ...env, DATABASE_URL: this.workerProxy.urlFor(this.database.url) };
    const apiEnv = { ...env, DATABASE_URL: this.apiProxy.urlFor(this.database.url) };
    this.worker = new SystemProcess('worker', 'apps/worker/src/main.ts', workerEnv, (out) =>
      out.includes('Polling task queue'),
    );
    this.api = new SystemProcess('api', 'apps/api/src/main.ts', apiEnv, async () => {
      try {
        return (await fetch(`${this.baseUrl}/api/health/live`)).status === 200;
      } catch {
        return false;
      }
    });
    await Promise.all([this.worker.start(), this.api.start()]);
  }

  /** Starts (or restarts, on the same port and SQLite file) the test's own Temporal dev server. */
  async startTemporal(): Promise<void> {
    const executable = await ensureTemporalCli({ log: () => undefined });
    this.temporal = await startDevServer({
      executable,
      ip: '127.0.0.1',
      port: this.temporalPort,
      dbFilename: join(this.temporalDir ?? tmpdir(), 'temporal.sqlite'),
      namespace: 'default',
      searchAttributes: VINHDANH_SEARCH_ATTRIBUTES,
    });
    this.temporalAddress = this.temporal.address;
  }

  /** kill -9 of the test's own Temporal dev server. */
  async killTemporal(): Promise<void> {
    const server = this.temporal;
    if (!server?.pid) throw new Error('no Temporal server of this test to kill');
    process.kill(server.pid, 'SIGKILL');
    await server.stop();
    this.temporal = null;
  }

  http() {
    return request(this.baseUrl);
  }

  async as(username: string): Promise<{ Authorization: string }> {
    let token = this.tokens.get(username);
    if (!token) {
      const res = await this.http().post('/api/auth/login').send({ username, password: DEMO_PASSWORD });
      if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${JSON.stringify(res.body)}`);
      token = res.body.accessToken as string;
      this.tokens.set(username, token);
    }
    return { Authorization: `Bearer ${token}` };
  }

  async post(username: string, path: string, body: object, key = `k-${randomUUID()}`): Promise<request.Response> {
    return this.http()
      .post(path)
      .set(await this.as(username))
      .set('Idempotency-Key', key)
      .send(body);
  }

  /** Submits `count` nominations at CĐCS BVĐK Đan Phượng (their first review is its chair's) and waits for the inbox. */
  async nominate(count: number): Promise<string[]> {
    const ids: string[] = [];
    for (let start = 0; start < count; start += 16) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(16, count - start) }, async (_, i) => {
          const dossier = sampleDossier();
          const res = await this.post('bvdp.nominator', '/api/nominations', {
            nominatingUnitId: demoUnitIds.cdcsBvdkDanPhuong,
            awardCode: 'BK_TLD',
            campaignId: demoCampaignIds.annual2026,
            dossier: {
              ...dossier,
              nominee: { ...dossier.nominee, fullName: `Người thử ${start + i + 1}`, personKey: `P-${randomUUID()}` },
            },
          });
          if (res.status !== 201 && res.status !== 202) {
            throw new Error(`nominate: ${res.status} ${JSON.stringify(res.body)}`);
          }
          return res.body.nominationId as string;
        }),
      );
      ids.push(...batch);
    }
    await this.waitFor(async () => {
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from nominations
        where id = any(${ids}) and version >= 2`.execute(this.database.db);
      return rows[0]?.n === ids.length;
    }, 'the read model to show every nomination');
    return ids;
  }

  async waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 90_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        if (await check()) return;
      } catch {
        // the database may be cut right now
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await pause(200);
    }
  }

  /** Event types of a nomination's stream, in order. */
  async eventTypes(id: string): Promise<string[]> {
    return (await this.store.readStream(nominationStreamId(id))).map((e) => e.type);
  }

  /** Every stream's hash chain, recomputed from genesis. */
  async chainsVerify(): Promise<boolean> {
    const result = await verifyStoreSlice(this.database.db, { maxStreams: 100_000 });
    return result.ok && result.complete;
  }

  /**
   * Stops the API and the worker (both project), waits for nothing, and compares the read models
   * with a rebuild from the events: equal rows or the differing snapshots.
   */
  async readModelsAfterRebuild(): Promise<{ before: unknown; after: unknown }> {
    const projector = new Projector({
      pool: this.database.pool,
      db: this.database.db,
      store: this.store,
      projections: createProjections(),
    });
    await this.waitFor(async () => (await projector.lag('nominations')) === 0, 'the projector to catch up');
    await Promise.all([this.api.kill('SIGTERM'), this.worker.kill('SIGTERM')]);
    const snapshot = async () => ({
      nominations: (await sql`select * from nominations order by id`.execute(this.database.db)).rows,
      inbox: (await sql`select * from inbox_tasks order by nomination_id, task_seq`.execute(this.database.db)).rows,
      counts: (await sql`select * from inbox_counts order by unit_id, kind, status`.execute(this.database.db)).rows,
    });
    const before = await snapshot();
    await projector.rebuild('nominations');
    return { before, after: await snapshot() };
  }

  async close(): Promise<void> {
    await Promise.all([this.api?.kill('SIGKILL'), this.worker?.kill('SIGKILL')]).catch(() => undefined);
    await Promise.all([this.apiProxy.cut(), this.workerProxy.cut()]).catch(() => undefined);
    await this.temporal?.stop().catch(() => undefined);
    if (this.temporalDir) rmSync(this.temporalDir, { recursive: true, force: true });
    await this.database.destroy();
  }
}
