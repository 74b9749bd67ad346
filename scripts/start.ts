/*
 * `npm start`: the whole system on one machine, in order — PostgreSQL (local, or embedded),
 * migrations, the Temporal dev server, demo data, the worker and the API (which serves the web
 * UI) — then the URLs and demo logins. A worker or API that dies is restarted with a back-off
 * (scripts/lib/supervisor.ts) while the rest keeps running. Ctrl-C stops everything, children first.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createDb, createPool, ensureDatabase } from '@vinhdanh/db';
import { migrateToLatest } from '@vinhdanh/migrations';
import { demoOrgTree } from '@vinhdanh/domain';
import { demoLogins, seedDemo } from '@vinhdanh/seed';
import { hashPassword } from '@vinhdanh/api';
import { localJwtSecret, namespaceForDatabase } from '@vinhdanh/config';
import { postgresForStart } from './lib/postgres';
import { seedDemoNominations } from './lib/demo-nominations';
import { seedDemoReorganisation } from './lib/demo-reorganisation';
import { seedDemoAwardRound } from './lib/demo-award-round';
import { seedDemoReportHistory } from './lib/demo-report-history';
import { seedDemoBlocs } from './lib/demo-blocs';
import { seedDemoRoundBatches } from './lib/demo-round-batches';
import { Supervisor } from './lib/supervisor';
import { startLocalTemporal } from './temporal';
import { ensureWebBuilt, isWebBuildStale } from '../apps/web/tools/build';

const root = join(__dirname, '..');
const API_PORT = Number(process.env.PORT ?? 3000);
const log = (line: string) => console.log(`[start] ${line}`);

const stops: Array<() => Promise<void>> = [];
let stopping: Promise<never> | null = null;

/**
 * Stops children first, then Temporal, then an embedded PostgreSQL, then exits. A second signal
 * (a supervisor's SIGTERM reaches the whole process group, and the bootstrap forwards it too) must
 * not cut this short, or the detached children would be left running.
 */
function stopAll(code: number): Promise<never> {
  stopping ??= (async () => {
    log('stopping…');
    for (const stop of stops.reverse()) await stop().catch((e: Error) => log(`while stopping: ${e.message}`));
    log('stopped.');
    process.exit(code);
  })();
  return stopping;
}

const supervisor = new Supervisor(log);

/** Spawns one child in its own process group: Ctrl-C reaches only this script, which stops children in order. */
function spawnChild(entry: string, env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, ['-r', '@swc-node/register', entry], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

async function main(): Promise<void> {
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));

  const pg = await postgresForStart(root, log);
  stops.push(pg.stop);
  log(`PostgreSQL: ${pg.source} (${pg.url.replace(/:[^:@/]*@/, ':***@')})`);
  if (await ensureDatabase(pg.url)) log('created the database');
  const db = createDb(createPool({ connectionString: pg.url, max: 4, applicationName: 'vinhdanh-start' }));
  try {
    const applied = await migrateToLatest(db);
    log(applied.length ? `applied ${applied.length} migration(s)` : 'schema is up to date');
    const seeded = await seedDemo(db, { hashPassword });
    log(`demo data loaded: ${JSON.stringify(seeded)}`);
  } finally {
    await db.destroy();
  }

  // Ports are configurable so that two deployments can run side by side; on a shared server each
  // keeps to its own namespace (TEMPORAL_NAMESPACE, by default the database's name).
  const temporalUrl = new URL(`grpc://${process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233'}`);
  const temporal = await startLocalTemporal({
    log,
    reuseExisting: true,
    ip: temporalUrl.hostname,
    port: Number(temporalUrl.port || 7233),
    uiPort: Number(process.env.TEMPORAL_UI_PORT ?? 8233),
  });
  stops.push(temporal.stop);
  const namespace = process.env.TEMPORAL_NAMESPACE ?? namespaceForDatabase(pg.url);
  log(`Temporal: ${temporal.address}${temporal.reused ? ' (already running)' : ''}, namespace ${namespace}`);

  // The web app (served at /): built once, again only when a source file is newer than the build.
  if (isWebBuildStale()) log('building the web app (apps/web → apps/web/dist)…');
  ensureWebBuilt();

  const env = {
    DATABASE_URL: pg.url,
    TEMPORAL_ADDRESS: temporal.address,
    TEMPORAL_NAMESPACE: namespace,
    PORT: String(API_PORT),
    // A random secret per installation (.data/jwt-secret, 0600), never the public development default.
    JWT_SECRET: process.env.JWT_SECRET ?? localJwtSecret(join(root, '.data', 'jwt-secret')),
    // Lines a person reads in the terminal; LOG_FORMAT=json gives what production writes.
    LOG_FORMAT: process.env.LOG_FORMAT ?? 'pretty',
  };
  stops.push(() => supervisor.stop());
  supervisor.add('worker', () => spawnChild('apps/worker/src/main.ts', env));
  supervisor.add('api', () => spawnChild('apps/api/src/main.ts', env));
  const apiUrl = `http://127.0.0.1:${API_PORT}`;
  await waitForHttp(`${apiUrl}/api/health`, 120_000);

  // The 2025 reorganisation first, so the 2026 campaigns route only through units that exist in 2026.
  await seedDemoReorganisation(apiUrl, log);
  const created = await seedDemoNominations(apiUrl, log);
  if (created > 0) log(`created ${created} demo nominations through the API`);
  if (created > 0) await seedDemoAwardRound(apiUrl, log);
  if (created > 0) await seedDemoReportHistory(pg.url, log);
  if ((await seedDemoBlocs(apiUrl, log)) > 0) log('recorded the Cao Bằng emulation blocs (khối thi đua)');
  if (created > 0) await seedDemoRoundBatches(apiUrl, log).catch((e: Error) => log(`demo round batches: ${e.message}`));

  const logins = demoLogins();
  const unitNames = new Map(demoOrgTree.units.map((u) => [u.id, u.name]));
  console.log(`
  vinhdanh is running — Ctrl-C to stop.

    Web app        ${apiUrl}/
    Reports        ${apiUrl}/reports?year=2025&orgDate=2025-06-30&unitId=ldld-hoa-an  (Hòa An before 01/07/2025;
                   then unitId=cd-xa-hoa-an&year=2026 after, unitId=ldld-cao-bang for the province)
    API            ${apiUrl}/api
    OpenAPI docs   ${apiUrl}/api/docs
    Temporal UI    ${temporal.uiUrl ?? 'http://127.0.0.1:8233 (already running)'}

  Demo logins (password for all: ${logins[0]?.password}):
${logins.map((l) => `    ${l.username.padEnd(16)} ${l.role.padEnd(13)} ${l.fullName.padEnd(22)} ${unitNames.get(l.unitId) ?? l.unitId}`).join('\n')}
`);
}

main().catch(async (err: unknown) => {
  console.error(`[start] ${err instanceof Error ? err.message : String(err)}`);
  await stopAll(1);
});
