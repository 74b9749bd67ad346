/*
 * `npm run start:cluster`: vinhdanh on a real Temporal server cluster on PostgreSQL, on one machine —
 * the scale-out shape of a production deployment:
 *   1. builds temporal-server and temporal-sql-tool v1.29.1 once (go install, cached outside the clone);
 *   2. creates the `temporal` and `temporal_visibility` databases and their schemas (the sql tool);
 *   3. writes one server config per instance and starts frontend, 2× history, 2× matching and the
 *      worker service, each on its own ports (they find each other through cluster_membership);
 *   4. creates the deployment's namespace with the search attributes, migrates and seeds the
 *      project's database, and starts 2 workers and 2 API processes on their own ports.
 * Every process is supervised (restarted after a crash). Ctrl-C stops the API and workers, then
 * the server. `npm start` stays the one-process development setup (the Temporal dev server).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Connection } from '@temporalio/client';
import { Client as PgClient } from 'pg';
import { databaseName, localJwtSecret, namespaceForDatabase } from '@vinhdanh/config';
import { VINHDANH_SEARCH_ATTRIBUTES } from '@vinhdanh/contracts';
import { createDb, createPool, ensureDatabase } from '@vinhdanh/db';
import { migrateToLatest } from '@vinhdanh/migrations';
import { hashPassword } from '@vinhdanh/api';
import { seedDemo, type DemoCampaign } from '@vinhdanh/seed';
import { ensureNamespace } from '@vinhdanh/temporal';
import { ensureTemporalServer, type TemporalServerBinaries } from '@vinhdanh/tools';
import { Supervisor, type SupervisedChild } from './lib/supervisor';
import {
  clusterInstances,
  dynamicConfigYaml,
  serverConfigYaml,
  type ClusterInstance,
  type ClusterLayout,
} from './lib/temporal-cluster-config';
import { seedDemoReorganisation } from './lib/demo-reorganisation';

const root = join(__dirname, '..');

/** What {@link startCluster} starts; every field has an environment variable and a default. */
export interface ClusterOptions {
  /** The project's database (CLUSTER_DATABASE_URL; default vinhdanh_cluster on the local server). */
  databaseUrl: string;
  /** The server holding `temporal` and `temporal_visibility` (TEMPORAL_POSTGRES_URL). */
  temporalPostgresUrl: string;
  /** The Temporal server's two databases (a test cluster uses its own). */
  temporalDatabases: { persistence: string; visibility: string };
  frontendPort: number;
  metricsBasePort: number;
  /** The first worker's SDK metrics port (CLUSTER_WORKER_METRICS_PORT, default 9464). */
  workerMetricsBasePort: number;
  numHistoryShards: number;
  apiPorts: number[];
  workers: number;
  /** Where configs and logs go (default .data/cluster). */
  dir: string;
  log: (line: string) => void;
  /** Campaigns to seed instead of the demo's (the scale-out test pins its round to 2024.1). */
  campaigns?: readonly DemoCampaign[];
}

/** A running cluster: its processes by name, and how to stop it. */
export interface RunningCluster {
  options: ClusterOptions;
  temporalAddress: string;
  namespace: string;
  instances: ClusterInstance[];
  children: Map<string, SupervisedChild>;
  apiUrls: string[];
  /** Starts one more app worker (`worker-<n>`); resolves once it polls. */
  addWorker(): Promise<SupervisedChild>;
  stop(): Promise<void>;
}

/** Options from the environment (see README "Production"). */
export function clusterOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): ClusterOptions {
  const pgBase = env.TEMPORAL_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const apiBase = Number(env.CLUSTER_API_PORT ?? 3101);
  return {
    databaseUrl: env.CLUSTER_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/vinhdanh_cluster',
    temporalPostgresUrl: pgBase,
    temporalDatabases: { persistence: 'temporal', visibility: 'temporal_visibility' },
    frontendPort: Number(env.CLUSTER_TEMPORAL_PORT ?? 7233),
    metricsBasePort: Number(env.CLUSTER_TEMPORAL_METRICS_PORT ?? 9000),
    workerMetricsBasePort: Number(env.CLUSTER_WORKER_METRICS_PORT ?? 9464),
    // Fixed once the cluster exists; 512 leaves room to grow to many history hosts (docs/capacity.md).
    numHistoryShards: Number(env.TEMPORAL_HISTORY_SHARDS ?? 512),
    apiPorts: [apiBase, apiBase + 1],
    workers: Number(env.CLUSTER_WORKERS ?? 2),
    dir: env.CLUSTER_DIR ?? join(root, '.data', 'cluster'),
    log: (line) => console.log(`[cluster] ${line}`),
  };
}

/** Creates the two Temporal databases and brings their schemas to the server's version. */
export async function setupTemporalSchemas(
  binaries: TemporalServerBinaries,
  pgUrl: string,
  databases: { persistence: string; visibility: string },
  log: (line: string) => void,
): Promise<void> {
  const url = new URL(pgUrl);
  const common = [
    '--plugin',
    'postgres12',
    '--endpoint',
    url.hostname,
    '--port',
    url.port || '5432',
    '--user',
    decodeURIComponent(url.username || 'postgres'),
    ...(url.password ? ['--password', decodeURIComponent(url.password)] : []),
  ];
  for (const [database, schema] of [
    [databases.persistence, 'temporal'],
    [databases.visibility, 'visibility'],
  ] as const) {
    const target = new URL(pgUrl);
    target.pathname = `/${database}`;
    if (await ensureDatabase(target.toString())) log(`created the database ${database}`);
    const run = (args: string[]) => {
      const result = spawnSync(binaries.sqlTool, [...common, '--database', database, ...args], { encoding: 'utf8' });
      if (result.status !== 0) {
        throw new Error(`temporal-sql-tool ${args[0]} on ${database} failed:\n${result.stderr}${result.stdout}`);
      }
    };
    if (!(await hasSchemaVersionTable(target.toString()))) run(['setup-schema', '-v', '0.0']);
    run(['update-schema', '-d', join(binaries.postgresSchemaDir, schema, 'versioned')]);
    log(`schema of ${database} is up to date`);
  }
}

async function hasSchemaVersionTable(url: string): Promise<boolean> {
  const client = new PgClient({ connectionString: url });
  await client.connect();
  try {
    const found = await client.query(`select 1 from information_schema.tables where table_name = 'schema_version'`);
    return (found.rowCount ?? 0) > 0;
  } finally {
    await client.end();
  }
}

async function hasClusterMetadata(url: string): Promise<boolean> {
  const client = new PgClient({ connectionString: url });
  await client.connect();
  try {
    return ((await client.query('select 1 from cluster_metadata_info limit 1')).rowCount ?? 0) > 0;
  } finally {
    await client.end();
  }
}

async function waitFor(what: string, timeoutMs: number, probe: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await probe().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`${what} not ready within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** Starts the whole cluster and resolves once both APIs answer. */
export async function startCluster(options: ClusterOptions): Promise<RunningCluster> {
  const { log } = options;
  const binaries = await ensureTemporalServer({ log: (line) => log(`[build] ${line}`) });
  await setupTemporalSchemas(binaries, options.temporalPostgresUrl, options.temporalDatabases, log);

  const pg = new URL(options.temporalPostgresUrl);
  const layout: ClusterLayout = {
    frontendPort: options.frontendPort,
    metricsBasePort: options.metricsBasePort,
    historyInstances: 2,
    matchingInstances: 2,
    numHistoryShards: options.numHistoryShards,
    postgres: {
      host: pg.hostname,
      port: Number(pg.port || 5432),
      user: decodeURIComponent(pg.username || 'postgres'),
      password: decodeURIComponent(pg.password),
    },
    databases: options.temporalDatabases,
    // Six server processes share one PostgreSQL (max_connections 100 by default) with the app.
    maxConns: Number(process.env.TEMPORAL_DB_MAX_CONNS ?? 4),
  };
  const instances = clusterInstances(layout);
  const logDir = join(options.dir, 'logs');
  mkdirSync(logDir, { recursive: true });
  const dynamicConfigPath = join(options.dir, 'dynamicconfig.yaml');
  writeFileSync(dynamicConfigPath, dynamicConfigYaml());

  const supervisor = new Supervisor(log);
  const children = new Map<string, SupervisedChild>();
  const spawnLogged = (
    name: string,
    command: string,
    args: string[],
    env: NodeJS.ProcessEnv,
    base: NodeJS.ProcessEnv = process.env,
  ): ChildProcess => {
    const out = createWriteStream(join(logDir, `${name}.log`), { flags: 'a' });
    const child = spawn(command, args, {
      cwd: root,
      env: { ...base, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    child.stdout?.pipe(out);
    child.stderr?.pipe(out);
    return child;
  };

  const persistenceUrl = new URL(options.temporalPostgresUrl);
  persistenceUrl.pathname = `/${options.temporalDatabases.persistence}`;
  // The OTEL_* variables are the app's tracing (README "Production"); the server reads them too and
  // refuses to start on one it does not support (`console`). Its own traces are a separate choice.
  const serverEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('OTEL_')));
  for (const [index, instance] of instances.entries()) {
    // On a fresh database every instance would write the cluster's metadata record at once and all
    // but one fail (and be restarted): the first one writes it, then the others start.
    if (index === 1) {
      await waitFor('the cluster metadata record', 180_000, () => hasClusterMetadata(persistenceUrl.toString())).catch(
        async (err: unknown) => {
          await supervisor.stop();
          throw err;
        },
      );
    }
    const configDir = join(options.dir, instance.name);
    mkdirSync(configDir, { recursive: true });
    writeFileSync(join(configDir, 'development.yaml'), serverConfigYaml(layout, instance, dynamicConfigPath));
    const args = ['--root', '/', '--config', configDir, '--env', 'development', '--allow-no-auth'];
    children.set(
      instance.name,
      supervisor.add(instance.name, () =>
        spawnLogged(instance.name, binaries.server, [...args, 'start', '--service', instance.service], {}, serverEnv),
      ),
    );
    log(
      `${instance.name}: gRPC ${instance.grpcPort}, membership ${instance.membershipPort}, metrics ${instance.metricsPort}`,
    );
  }
  const stop = async () => {
    log('stopping…');
    await supervisor.stop();
    log('stopped.');
  };

  try {
    const temporalAddress = `127.0.0.1:${options.frontendPort}`;
    await waitFor('the Temporal frontend', 180_000, async () => {
      const connection = await Connection.connect({ address: temporalAddress, connectTimeout: 2_000 });
      try {
        await connection.workflowService.describeNamespace({ namespace: 'temporal-system' });
        return true;
      } finally {
        await connection.close();
      }
    });
    log(`Temporal cluster answers at ${temporalAddress}`);

    if (await ensureDatabase(options.databaseUrl)) log(`created the database ${databaseName(options.databaseUrl)}`);
    const db = createDb(
      createPool({ connectionString: options.databaseUrl, max: 4, applicationName: 'vinhdanh-cluster' }),
    );
    try {
      const applied = await migrateToLatest(db);
      log(applied.length ? `applied ${applied.length} migration(s)` : 'schema is up to date');
      await seedDemo(db, { hashPassword, ...(options.campaigns ? { campaigns: options.campaigns } : {}) });
    } finally {
      await db.destroy();
    }

    const namespace = process.env.TEMPORAL_NAMESPACE ?? namespaceForDatabase(options.databaseUrl);
    const connection = await Connection.connect({ address: temporalAddress });
    try {
      const how = await ensureNamespace({
        services: connection,
        namespace,
        owner: databaseName(options.databaseUrl),
        searchAttributes: VINHDANH_SEARCH_ATTRIBUTES,
        log,
        timeoutMs: 120_000,
      });
      log(`namespace ${namespace}: ${how}, search attributes registered`);
    } finally {
      await connection.close();
    }

    const appEnv = {
      DATABASE_URL: options.databaseUrl,
      TEMPORAL_ADDRESS: temporalAddress,
      TEMPORAL_NAMESPACE: namespace,
      DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? '4',
      JWT_SECRET: process.env.JWT_SECRET ?? localJwtSecret(join(root, '.data', 'jwt-secret')),
    };
    const node = (entry: string) => [process.execPath, ['-r', '@swc-node/register', entry]] as const;
    let workers = 0;
    const addWorker = async (): Promise<SupervisedChild> => {
      const n = ++workers;
      const name = `app-worker-${n}`;
      // The SDK's own metrics (workflow task latency, schedule-to-start, …) on 9464, 9465, …
      const workerEnv = { ...appEnv, WORKER_METRICS_ADDRESS: `127.0.0.1:${options.workerMetricsBasePort + n - 1}` };
      const [cmd, args] = node('apps/worker/src/main.ts');
      const logFile = join(logDir, `${name}.log`);
      const before = existsSync(logFile) ? readFileSync(logFile, 'utf8').length : 0;
      const child = supervisor.add(name, () => spawnLogged(name, cmd, [...args], workerEnv));
      children.set(`worker-${n}`, child);
      await waitFor(`${name} polling`, 300_000, async () =>
        readFileSync(logFile, 'utf8').slice(before).includes('Polling task queue'),
      );
      return child;
    };
    for (let i = 1; i <= options.workers; i++) await addWorker();
    const apiUrls = options.apiPorts.map((port) => `http://127.0.0.1:${port}`);
    for (const [i, port] of options.apiPorts.entries()) {
      const [cmd, args] = node('apps/api/src/main.ts');
      children.set(
        `api-${i + 1}`,
        supervisor.add(`api-${i + 1}`, () =>
          spawnLogged(`api-${i + 1}`, cmd, [...args], { ...appEnv, PORT: String(port) }),
        ),
      );
    }
    for (const url of apiUrls) {
      await waitFor(`${url}/api/health`, 300_000, async () => (await fetch(`${url}/api/health`)).status === 200);
    }
    return { options, temporalAddress, namespace, instances, children, apiUrls, addWorker, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

async function main(): Promise<void> {
  const options = clusterOptionsFromEnv();
  const running: { cluster?: RunningCluster } = {};
  let stopping = false;
  const onSignal = () => {
    if (stopping) return;
    stopping = true;
    void (running.cluster?.stop() ?? Promise.resolve()).then(() => process.exit(0));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  if (!existsSync(options.dir)) mkdirSync(options.dir, { recursive: true });
  const cluster = await startCluster(options);
  running.cluster = cluster;
  // As `npm start`: the demo tree's 2025 reorganisation as effective-dated unit events, so the 2026
  // campaigns route only through units that exist in 2026 (only changes not yet recorded). Not in
  // `startCluster`: the scale-out test routes its spec round through the 2024 district federations.
  const [firstApi] = cluster.apiUrls;
  if (firstApi) await seedDemoReorganisation(firstApi, options.log);
  console.log(`
  vinhdanh is running on a Temporal cluster — Ctrl-C to stop. Logs: ${join(options.dir, 'logs')}

    APIs           ${cluster.apiUrls.join('  ')}
    Temporal       ${cluster.temporalAddress} (namespace ${cluster.namespace}, ${options.numHistoryShards} history shards)
    Server metrics ${cluster.instances.map((i) => `${i.name} :${i.metricsPort}`).join(', ')}
`);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(`[cluster] ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
