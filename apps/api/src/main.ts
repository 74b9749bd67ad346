/* Command: `node -r @swc-node/register apps/api/src/main.ts` — starts the HTTP API from the environment. */
// Before anything loads pg or http (tracing is off unless OTEL_* configures an exporter).
import './tracing';
import { Logger } from '@nestjs/common';
import { Connection } from '@temporalio/client';
import { databaseName, loadConfig, temporalConnectionOptions, type Config } from '@vinhdanh/config';
import { VINHDANH_SEARCH_ATTRIBUTES } from '@vinhdanh/contracts';
import { ensureNamespace } from '@vinhdanh/temporal';
import { createApp } from './app';

const logger = new Logger('vinhdanh-api');

// Temporal may still be starting (npm start launches it alongside); wait a bounded time for it.
async function connectTemporal(config: Config, attempts = 30): Promise<Connection> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await Connection.connect({ ...temporalConnectionOptions(config), connectTimeout: 2_000 });
    } catch (err) {
      if (attempt >= attempts) throw err;
      logger.warn(`Temporal at ${config.TEMPORAL_ADDRESS} not reachable yet (attempt ${attempt}/${attempts})`);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }
}

async function main(): Promise<void> {
  const config = loadConfig();
  const connection = await connectTemporal(config);
  // Workflows start in the deployment's own namespace; make sure it exists and is ours.
  await ensureNamespace({
    services: connection,
    namespace: config.TEMPORAL_NAMESPACE,
    owner: databaseName(config.DATABASE_URL),
    searchAttributes: VINHDANH_SEARCH_ATTRIBUTES,
    log: (line) => logger.log(line),
  });
  const trustProxy =
    config.TRUST_PROXY && /^\d+$/.test(config.TRUST_PROXY) ? Number(config.TRUST_PROXY) : config.TRUST_PROXY;
  const app = await createApp(config, {
    temporal: { connection },
    ...(trustProxy !== undefined ? { trustProxy } : {}),
  });
  await app.listen(config.PORT, config.HOST);
  const docs = config.NODE_ENV === 'production' ? 'not served in production' : '/api/docs';
  logger.log(`listening on ${await app.getUrl()}/api (docs: ${docs})`);
}

main().catch((err) => {
  console.error(`[api] failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exit(1);
});
