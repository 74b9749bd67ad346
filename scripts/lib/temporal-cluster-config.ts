/*
 * The configuration files of a Temporal server cluster on PostgreSQL, one per service instance:
 * every instance shares persistence and visibility (the `temporal` and `temporal_visibility`
 * databases) and finds the others through the cluster_membership table, so a second history or
 * matching instance only needs its own ports.
 */

/** A service a Temporal server process runs. */
export type TemporalService = 'frontend' | 'history' | 'matching' | 'worker';

/** One server process of the cluster. */
export interface ClusterInstance {
  name: string;
  service: TemporalService;
  grpcPort: number;
  membershipPort: number;
  /** Prometheus scrape port of the server's own metrics. */
  metricsPort: number;
  /** The frontend's HTTP API port (frontend only). */
  httpPort?: number;
}

/** Where the cluster listens and stores. */
export interface ClusterLayout {
  /** The frontend's gRPC port, which clients dial; the other ports are offsets from it. */
  frontendPort: number;
  /** First Prometheus port; instance i listens on metricsBasePort + its offset. */
  metricsBasePort: number;
  historyInstances: number;
  matchingInstances: number;
  /** Fixed for the life of the cluster: the unit history work is spread over (see docs/capacity.md). */
  numHistoryShards: number;
  postgres: { host: string; port: number; user: string; password: string };
  databases: { persistence: string; visibility: string };
  /** Connections each instance may open to the persistence database (visibility gets half, at least 2). */
  maxConns: number;
}

// Offsets of the conventional single-host layout (7233 frontend, 7234 history, 7235 matching,
// 7239 worker); the n-th extra instance of a service adds 10 per instance.
const OFFSET: Record<TemporalService, number> = { frontend: 0, history: 1, matching: 2, worker: 6 };
const MEMBERSHIP_DELTA = -300; // 7233 → 6933, as in Temporal's own sample configs

/** The instances of the layout, each on its own ports. */
export function clusterInstances(layout: ClusterLayout): ClusterInstance[] {
  const instance = (service: TemporalService, index: number, count: number): ClusterInstance => {
    const offset = OFFSET[service] + 10 * index;
    return {
      name: count > 1 ? `${service}-${index + 1}` : service,
      service,
      grpcPort: layout.frontendPort + offset,
      membershipPort: layout.frontendPort + MEMBERSHIP_DELTA + offset,
      metricsPort: layout.metricsBasePort + offset,
      ...(service === 'frontend' ? { httpPort: layout.frontendPort + 9 } : {}),
    };
  };
  const many = (service: TemporalService, count: number) =>
    Array.from({ length: count }, (_, i) => instance(service, i, count));
  return [
    instance('frontend', 0, 1),
    ...many('history', layout.historyInstances),
    ...many('matching', layout.matchingInstances),
    instance('worker', 0, 1),
  ];
}

const quote = (value: string) => JSON.stringify(value);

/**
 * The server config (`development.yaml` of the instance's config directory). All instances share
 * everything but their own service's ports; ports of services an instance does not run are ignored.
 */
export function serverConfigYaml(layout: ClusterLayout, self: ClusterInstance, dynamicConfigPath: string): string {
  const pg = layout.postgres;
  const store = (database: string, maxConns: number) => `      sql:
        pluginName: "postgres12"
        databaseName: ${quote(database)}
        connectAddr: ${quote(`${pg.host}:${pg.port}`)}
        connectProtocol: "tcp"
        user: ${quote(pg.user)}
        password: ${quote(pg.password)}
        maxConns: ${maxConns}
        maxIdleConns: ${maxConns}
        maxConnLifetime: "1h"`;
  const instances = clusterInstances(layout);
  const firstOf = (service: TemporalService) => {
    const own = self.service === service ? self : instances.find((i) => i.service === service);
    if (!own) throw new Error(`no ${service} instance in the layout`);
    return own;
  };
  const serviceBlock = (service: TemporalService) => {
    const i = firstOf(service);
    return `  ${service}:
    rpc:
      grpcPort: ${i.grpcPort}
      membershipPort: ${i.membershipPort}
      bindOnIP: "127.0.0.1"${i.httpPort ? `\n      httpPort: ${i.httpPort}` : ''}`;
  };
  return `# Written by scripts/cluster.ts for the instance "${self.name}"; regenerated on every start.
log:
  stdout: true
  level: warn

persistence:
  defaultStore: postgres-default
  visibilityStore: postgres-visibility
  numHistoryShards: ${layout.numHistoryShards}
  datastores:
    postgres-default:
${store(layout.databases.persistence, layout.maxConns)}
    postgres-visibility:
${store(layout.databases.visibility, Math.max(2, Math.floor(layout.maxConns / 2)))}

global:
  membership:
    maxJoinDuration: 30s
    broadcastAddress: "127.0.0.1"
  metrics:
    prometheus:
      framework: "tally"
      timerType: "histogram"
      listenAddress: "127.0.0.1:${self.metricsPort}"

services:
${(['frontend', 'history', 'matching', 'worker'] as const).map(serviceBlock).join('\n')}

clusterMetadata:
  enableGlobalNamespace: false
  failoverVersionIncrement: 10
  masterClusterName: "active"
  currentClusterName: "active"
  clusterInformation:
    active:
      enabled: true
      initialFailoverVersion: 1
      rpcName: "frontend"
      rpcAddress: "127.0.0.1:${layout.frontendPort}"

dcRedirectionPolicy:
  policy: "noop"

dynamicConfigClient:
  filepath: ${quote(dynamicConfigPath)}
  pollInterval: "10s"
`;
}

/** Dynamic config shared by every instance: what the project's workflows use. */
export function dynamicConfigYaml(): string {
  return `# Written by scripts/cluster.ts.
# Decisions are Workflow Updates.
frontend.enableUpdateWorkflowExecution:
  - value: true
frontend.enableUpdateWorkflowExecutionAsyncAccepted:
  - value: true
limit.maxIDLength:
  - value: 255
`;
}
