import { clusterInstances, serverConfigYaml, type ClusterLayout } from './temporal-cluster-config';

const layout: ClusterLayout = {
  frontendPort: 7233,
  metricsBasePort: 9000,
  historyInstances: 2,
  matchingInstances: 2,
  numHistoryShards: 512,
  postgres: { host: '127.0.0.1', port: 5432, user: 'postgres', password: '' },
  databases: { persistence: 'temporal', visibility: 'temporal_visibility' },
  maxConns: 10,
};

describe('Temporal cluster layout', () => {
  it('gives every instance its own gRPC, membership and metrics ports', () => {
    const instances = clusterInstances(layout);
    expect(instances.map((i) => `${i.name}:${i.grpcPort}`)).toEqual([
      'frontend:7233',
      'history-1:7234',
      'history-2:7244',
      'matching-1:7235',
      'matching-2:7245',
      'worker:7239',
    ]);
    const ports = instances.flatMap((i) => [
      i.grpcPort,
      i.membershipPort,
      i.metricsPort,
      ...(i.httpPort ? [i.httpPort] : []),
    ]);
    expect(new Set(ports).size).toBe(ports.length);
  });

  it('writes a config on PostgreSQL with the shard count and the instance’s own ports', () => {
    const second = clusterInstances(layout).find((i) => i.name === 'history-2');
    if (!second) throw new Error('no history-2');
    const yaml = serverConfigYaml(layout, second, '/tmp/dc.yaml');
    expect(yaml).toContain('numHistoryShards: 512');
    expect(yaml).toMatch(/history:\n {4}rpc:\n {6}grpcPort: 7244\n {6}membershipPort: 6944/);
    expect(yaml).toMatch(/databaseName: "temporal_visibility"/);
    expect(yaml).toContain('pluginName: "postgres12"');
    expect(yaml).toContain('listenAddress: "127.0.0.1:9011"');
  });
});
