/*
 * `npm run test:cluster`: the scale-out test against a real Temporal cluster on PostgreSQL
 * (scripts/cluster.ts, on its own databases and ports). A steady load of submissions and decisions
 * goes through both APIs; meanwhile one app worker, one API and one history instance are killed
 * with SIGKILL (the supervisor restarts them, as systemd would). Then: every nomination accepted
 * is granted, no decision was applied twice, every event chain verifies. Prints the throughput with
 * one and with two workers and the recovery times. Not part of `npm test`: it builds and runs the
 * server (minutes on a busy 2-core machine).
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Client as PgClient } from 'pg';
import { nominationStreamId } from '@vinhdanh/contracts';
import { createDb, createPool } from '@vinhdanh/db';
import { sampleDossier } from '@vinhdanh/domain';
import { EventStore } from '@vinhdanh/event-store';
import { Projector, createProjections } from '@vinhdanh/projections';
import { DEMO_PASSWORD, demoCampaignIds, signOffSpecCampaigns } from '@vinhdanh/seed';
import { clusterOptionsFromEnv, startCluster, type RunningCluster } from './cluster';

const log = (line: string) => console.log(`[test:cluster] ${line}`);
const CHAIN = ['bvdp.chair', 'dp.chair', 'hn.chair', 'tld.chair'];
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi'];
const GIVEN = ['An', 'Bình', 'Chi', 'Dũng', 'Hà', 'Khánh', 'Lan', 'Minh', 'Nga', 'Phúc', 'Quân', 'Thảo'];

/** Sends a command to the first API that answers; on a dead API, the same request (same key) goes to the next. */
class FailoverClient {
  private tokens = new Map<string, string>();
  failovers = 0;
  /** 409 "already final" answers to a decision (each is a failure, see `send`). */
  spuriousFinal = 0;
  /** When each command was answered (ms): the longest gap under faults is the stall users feel. */
  answeredAt: number[] = [];
  constructor(private readonly apiUrls: string[]) {}

  private async token(username: string): Promise<string> {
    const known = this.tokens.get(username);
    if (known) return known;
    const body = (await this.send('POST', '/api/auth/login', undefined, { username, password: DEMO_PASSWORD })) as {
      accessToken: string;
    };
    this.tokens.set(username, body.accessToken);
    return body.accessToken;
  }

  /** POST/GET with one Idempotency-Key for every attempt: a retried command is carried out once. */
  async send(method: string, path: string, as?: string, body?: unknown, start = 0): Promise<unknown> {
    const key = randomUUID();
    const deadline = Date.now() + 180_000;
    for (let attempt = 0; ; attempt++) {
      const url = this.apiUrls[(start + attempt) % this.apiUrls.length];
      const headers: Record<string, string> = { 'content-type': 'application/json', 'idempotency-key': key };
      if (as) headers.authorization = `Bearer ${await this.token(as)}`;
      let status = 0;
      let text = '';
      try {
        const res = await fetch(`${url}${path}`, {
          method,
          headers,
          body: body ? JSON.stringify(body) : undefined,
          signal: AbortSignal.timeout(60_000),
        });
        status = res.status;
        text = await res.text();
        if (res.ok) {
          this.answeredAt.push(Date.now());
          return text ? JSON.parse(text) : undefined;
        }
        // Every attempt carries the same key, so a decision whose answer was lost (an API or history
        // instance killed with its Update in flight) is answered with its outcome when retried — never
        // "already final" for a nomination that was not: the API re-sends an Update lost in flight.
        if (status === 409 && text.includes('NOMINATION.ALREADY_FINAL')) this.spuriousFinal++;
      } catch {
        // Connection refused or reset: that API process is gone; the next one gets the same request.
        this.failovers++;
      }
      // 503 (a dependency restarting), or the read model not yet showing the previous step.
      const retry =
        status === 0 ||
        status === 503 ||
        status === 404 ||
        (status === 409 && !text.includes('NOMINATION.ALREADY_FINAL'));
      if (!retry || Date.now() > deadline)
        throw new Error(`${method} ${path} as ${as}: ${status} ${text.slice(0, 300)}`);
      await new Promise((r) => setTimeout(r, 300));
    }
  }
}

interface LoadResult {
  ids: string[];
  decisions: number;
  seconds: number;
}

/** `count` nominations, each submitted and approved up four levels, `parallel` at a time, spread over the APIs. */
async function runLoad(client: FailoverClient, count: number, parallel: number, tag: string): Promise<LoadResult> {
  const ids: string[] = [];
  let decisions = 0;
  let next = 0;
  const started = Date.now();
  const lane = async (laneNo: number) => {
    while (next < count) {
      const i = next++;
      const nominee = {
        ...sampleDossier().nominee,
        fullName: `${FAMILY[i % FAMILY.length]} ${tag} ${GIVEN[Math.floor(i / FAMILY.length) % GIVEN.length]}`,
      };
      const created = (await client.send(
        'POST',
        '/api/nominations',
        'bvdp.nominator',
        {
          nominatingUnitId: 'cdcs-bvdk-dan-phuong',
          awardCode: 'BK_TLD',
          campaignId: demoCampaignIds.annual2026,
          dossier: { ...sampleDossier(), nominee },
        },
        i,
      )) as { nominationId: string };
      ids.push(created.nominationId);
      for (const [level, chair] of CHAIN.entries()) {
        const body = { decision: 'approve', ...(level === 3 ? { decisionNumber: `${100 + i}/QĐ-TLĐ` } : {}) };
        await client.send(
          'POST',
          `/api/nominations/${created.nominationId}/decisions`,
          chair,
          body,
          i + level + laneNo,
        );
        decisions++;
      }
    }
  };
  await Promise.all(Array.from({ length: parallel }, (_, n) => lane(n)));
  return { ids, decisions, seconds: (Date.now() - started) / 1000 };
}

async function waitUntil(what: string, timeoutMs: number, probe: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await probe().catch(() => false)) return (Date.now() - started) / 1000;
    if (Date.now() - started > timeoutMs) throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

function killHard(cluster: RunningCluster, name: string): number {
  const pid = cluster.children.get(name)?.current?.pid;
  if (!pid) throw new Error(`${name} is not running`);
  process.kill(pid, 'SIGKILL');
  log(`kill -9 ${name} (pid ${pid})`);
  return pid;
}

async function main(): Promise<void> {
  const suffix = process.env.CLUSTER_TEST_ID ?? String(Date.now());
  const base = clusterOptionsFromEnv();
  const options = {
    ...base,
    databaseUrl: `postgres://postgres@127.0.0.1:5432/vinhdanh_clustertest_${suffix}`,
    temporalDatabases: { persistence: `temporal_ct_${suffix}`, visibility: `temporal_ct_${suffix}_visibility` },
    frontendPort: Number(process.env.CLUSTER_TEMPORAL_PORT ?? 27233),
    metricsBasePort: Number(process.env.CLUSTER_TEMPORAL_METRICS_PORT ?? 29000),
    workerMetricsBasePort: 29464,
    apiPorts: [23101, 23102],
    numHistoryShards: Number(process.env.TEMPORAL_HISTORY_SHARDS ?? 64),
    workers: 1,
    dir: join(__dirname, '..', '.data', `cluster-test-${suffix}`),
    // One sign-off per level (2024.1), as the engine's specs: the load is decisions, not the 2025.1 steps.
    campaigns: signOffSpecCampaigns,
  };
  const perPhase = Number(process.env.CLUSTER_TEST_NOMINATIONS ?? 12);
  const parallel = Number(process.env.CLUSTER_TEST_PARALLEL ?? 6);
  log(
    `starting a cluster on its own databases (${options.temporalDatabases.persistence}, ${databaseNameOf(options.databaseUrl)})`,
  );
  const cluster = await startCluster(options);
  let failed = false;
  try {
    const client = new FailoverClient(cluster.apiUrls);

    // Throughput with one app worker, then with two.
    const one = await runLoad(client, perPhase, parallel, 'Một');
    log(`1 worker: ${one.decisions} decisions + ${one.ids.length} submissions in ${one.seconds.toFixed(1)} s`);
    await cluster.addWorker();
    const two = await runLoad(client, perPhase, parallel, 'Hai');
    log(`2 workers: ${two.decisions} decisions + ${two.ids.length} submissions in ${two.seconds.toFixed(1)} s`);

    const leadersBefore = await projectionLeaders(options.databaseUrl);
    log(`projection leaders before the faults: ${describeLeaders(leadersBefore)}`);

    // Faults under load: kill -9 a worker, an API and a history instance while decisions flow.
    const faulted = runLoad(client, perPhase, parallel, 'Ba');
    await new Promise((r) => setTimeout(r, 3_000));
    const faultsFrom = Date.now();
    killHard(cluster, 'worker-1');
    await new Promise((r) => setTimeout(r, 3_000));
    killHard(cluster, 'api-1');
    const apiRecovery = waitUntil(
      'api-1 back',
      300_000,
      async () => (await fetch(`${cluster.apiUrls[0]}/api/health`)).ok,
    );
    await new Promise((r) => setTimeout(r, 3_000));
    killHard(cluster, 'history-1');
    const three = await faulted;
    const answered = client.answeredAt.filter((t) => t >= faultsFrom).sort((a, b) => a - b);
    const longestStall = Math.max(0, ...answered.slice(1).map((t, i) => t - answered[i]!)) / 1000;
    log(
      `under faults: ${three.decisions} decisions in ${three.seconds.toFixed(1)} s, ${client.failovers} requests failed over, ` +
        `${client.spuriousFinal} decisions answered 409 "already final", longest stall between answers ${longestStall.toFixed(1)} s`,
    );
    const apiBackAfter = await apiRecovery;

    // Nothing lost, nothing doubled, every chain verifies.
    const pool = createPool({ connectionString: options.databaseUrl, max: 4 });
    const store = new EventStore(pool);
    const all = [...one.ids, ...two.ids, ...three.ids];
    const grantedAfter = await waitUntil('every nomination granted in the read model', 300_000, async () => {
      const { rows } = await pool.query<{ n: string }>(
        `select count(*) as n from nominations where id = any($1) and status = 'GRANTED'`,
        [all],
      );
      return Number(rows[0]?.n) === all.length;
    });
    const problems: string[] = [];
    for (const id of all) {
      const events = await store.readStream(nominationStreamId(id));
      const types = events.map((e) => e.type);
      const count = (type: string) => types.filter((t) => t === type).length;
      if (count('NominationSubmitted') !== 1) problems.push(`${id}: ${count('NominationSubmitted')} submissions`);
      if (count('NominationForwarded') !== 3) problems.push(`${id}: ${count('NominationForwarded')} forwards`);
      if (count('NominationGranted') !== 1) problems.push(`${id}: ${count('NominationGranted')} grants`);
      if (new Set(events.map((e) => e.eventId)).size !== events.length) problems.push(`${id}: duplicate event ids`);
      if (!(await store.verifyStream(nominationStreamId(id))).ok) problems.push(`${id}: chain does not verify`);
    }
    // Every projection still has a leader, on a live connection (moved if its process was killed).
    const leadersAfter = await projectionLeaders(options.databaseUrl);
    log(`projection leaders after the faults: ${describeLeaders(leadersAfter)}`);
    for (const name of createProjections().map((p) => p.name)) {
      if (!leadersAfter.some((l) => l.projection === name)) problems.push(`projection ${name} has no leader`);
    }
    await pool.end();
    log(
      `checked ${all.length} nominations (${all.length * 5} commands): ${problems.length ? problems.join('; ') : 'all granted once, no decision twice, every chain verifies'}`,
    );
    log(
      `throughput: 1 worker ${(one.decisions / one.seconds).toFixed(2)} decisions/s, 2 workers ${(two.decisions / two.seconds).toFixed(2)} decisions/s ` +
        `(ratio ${(two.decisions / two.seconds / (one.decisions / one.seconds)).toFixed(2)}); api-1 back after ${apiBackAfter.toFixed(1)} s; ` +
        `read model complete ${grantedAfter.toFixed(1)} s after the load ended`,
    );
    if (problems.length) failed = true;
  } catch (err) {
    failed = true;
    log(`FAILED: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  } finally {
    await cluster.stop();
    if (!failed) failed = !(await readModelEqualsRebuild(options.databaseUrl));
    if (!process.env.CLUSTER_TEST_KEEP)
      await dropDatabases([
        databaseNameOf(options.databaseUrl),
        options.temporalDatabases.persistence,
        options.temporalDatabases.visibility,
      ]);
  }
  process.exit(failed ? 1 : 0);
}

interface Leader {
  projection: string;
  backend: number;
  application: string;
}

/** Who holds each projection's advisory lock (the projector's leader): backend pid and process kind. */
async function projectionLeaders(url: string): Promise<Leader[]> {
  const client = new PgClient({ connectionString: url });
  await client.connect();
  try {
    const projections = createProjections().map((p) => p.name);
    const { rows } = await client.query<{ objid: number; pid: number; application_name: string }>(
      `select l.objid, a.pid, a.application_name from pg_locks l join pg_stat_activity a on a.pid = l.pid
        where l.locktype = 'advisory' and l.granted and l.database = (select oid from pg_database where datname = current_database())`,
    );
    const hashes = await client.query<{ name: string; h: number }>(
      'select name, hashtext(name)::oid::bigint as h from unnest($1::text[]) as name',
      [projections],
    );
    return rows.flatMap((row) => {
      const projection = hashes.rows.find((h) => Number(h.h) === Number(row.objid))?.name;
      return projection ? [{ projection, backend: row.pid, application: row.application_name }] : [];
    });
  } finally {
    await client.end();
  }
}

function describeLeaders(leaders: Leader[]): string {
  return leaders.map((l) => `${l.projection}→${l.application}#${l.backend}`).join(', ') || 'none';
}

/** With every process stopped: the `nominations` read model is rebuilt from the events and compared. */
async function readModelEqualsRebuild(url: string): Promise<boolean> {
  const pool = createPool({ connectionString: url, max: 3, applicationName: 'vinhdanh-cluster-test' });
  const db = createDb(pool);
  try {
    const snapshot = async () =>
      JSON.stringify((await pool.query('select * from nominations order by id')).rows) +
      JSON.stringify((await pool.query('select * from inbox_tasks order by 1, 2')).rows);
    const before = await snapshot();
    const projector = new Projector({
      pool,
      db,
      store: new EventStore(pool, { notify: false }),
      projections: createProjections(),
    });
    await projector.rebuild('nominations');
    const same = (await snapshot()) === before;
    log(`read model ${same ? 'equals' : 'DIFFERS FROM'} a rebuild from the events`);
    return same;
  } finally {
    await db.destroy();
  }
}

function databaseNameOf(url: string): string {
  return new URL(url).pathname.slice(1);
}

async function dropDatabases(names: string[]): Promise<void> {
  const client = new PgClient({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
  await client.connect();
  try {
    for (const name of names) await client.query(`drop database if exists "${name}" with (force)`);
  } finally {
    await client.end();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
