import 'reflect-metadata';
// Before anything loads pg or http (tracing is off unless OTEL_* configures an exporter).
import './tracing';
import { ConsoleLogger, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { LogLevel } from '@nestjs/common';
import { Runtime } from '@temporalio/worker';
import type { Config } from '@vinhdanh/config';
import { activeTracing } from '@vinhdanh/telemetry';
import { createAnchorActivities } from '@vinhdanh/activities';
import { anchorSigner, scheduleDailyAnchor } from './anchor-schedule';
import { createTemporalLogger } from './temporal-logger';
import { createTemporalWorker } from './temporal-worker';
import { ActivitiesFactory, SystemClock, WORKER_CONFIG, WorkerDatabase, WorkerModule } from './worker.module';

// Process entry of the Temporal worker: `node -r @swc-node/register apps/worker/src/main.ts`.

const NEST_LEVELS: Record<Config['LOG_LEVEL'], LogLevel[]> = {
  debug: ['debug', 'log', 'warn', 'error', 'fatal'],
  info: ['log', 'warn', 'error', 'fatal'],
  warn: ['warn', 'error', 'fatal'],
  error: ['error', 'fatal'],
};
async function main(): Promise<void> {
  const logger = new Logger('Worker');
  const app = await NestFactory.createApplicationContext(WorkerModule, { logger: ['log', 'warn', 'error'] });
  const config = app.get<Config>(WORKER_CONFIG);
  // One JSON object per line (time, level, context, message), as log collectors expect; Nest's
  // coloured lines for a person with LOG_FORMAT=pretty (npm start).
  app.useLogger(new ConsoleLogger({ json: config.LOG_FORMAT === 'json', logLevels: NEST_LEVELS[config.LOG_LEVEL] }));
  // The SDK would install its own signal handlers; we own shutdown so it is logged and ordered.
  Runtime.install({
    logger: createTemporalLogger(config.LOG_LEVEL),
    shutdownSignals: [],
    ...(config.WORKER_METRICS_ADDRESS
      ? {
          telemetryOptions: {
            metrics: {
              prometheus: {
                bindAddress: config.WORKER_METRICS_ADDRESS,
                countersTotalSuffix: true,
                unitSuffix: true,
                useSecondsForDurations: true,
              },
            },
          },
        }
      : {}),
  });
  const activities = app.get(ActivitiesFactory).create();
  await app.get(WorkerDatabase).projector.start();
  const log = (line: string) => logger.log(line);
  // The daily integrity anchor, started by a Temporal Schedule (see anchor-schedule.ts).
  const { db } = app.get(WorkerDatabase);
  const anchors = createAnchorActivities({ db, clock: app.get(SystemClock), signer: anchorSigner(config) });
  const { worker, connection } = await createTemporalWorker({ config, activities: { ...activities, ...anchors }, log });
  await scheduleDailyAnchor(config, log);

  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn(`${signal} again: exiting without waiting for in-flight tasks`);
      process.exit(130);
    }
    stopping = true;
    logger.log(`${signal} received: finishing in-flight tasks, then stopping…`);
    worker.shutdown();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  logger.log(
    `Polling task queue "${config.TEMPORAL_TASK_QUEUE}" on ${config.TEMPORAL_ADDRESS} ` +
      `(namespace ${config.TEMPORAL_NAMESPACE}). Ctrl-C to stop.`,
  );
  try {
    await worker.run();
  } finally {
    await connection.close();
    await app.close();
    await activeTracing()?.shutdown();
    logger.log('Worker stopped.');
  }
}

main().catch((err: unknown) => {
  new Logger('Worker').error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exit(1);
});
