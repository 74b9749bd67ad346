import { rm } from 'node:fs/promises';
import type { RunningDevServer } from '@vinhdanh/temporal';
import {
  dropTestTemplates,
  TEST_RUN_ENV,
  TEST_TEMPORAL_ADDRESS_ENV,
  TEST_WORKFLOW_BUNDLE_ENV,
} from '@vinhdanh/testing';
import { TEST_TEMPORAL_SERVER_GLOBAL } from './jest-global-setup';

/** Drops the run's template databases; stops the dev server the global setup started (if it did). */
export default async function globalTeardown(): Promise<void> {
  const run = process.env[TEST_RUN_ENV];
  if (run) await dropTestTemplates(run).catch(() => undefined);
  const bundle = process.env[TEST_WORKFLOW_BUNDLE_ENV];
  if (bundle) {
    delete process.env[TEST_WORKFLOW_BUNDLE_ENV];
    await rm(bundle, { force: true });
  }
  const globals = globalThis as Record<string, unknown>;
  const server = globals[TEST_TEMPORAL_SERVER_GLOBAL] as RunningDevServer | undefined;
  if (!server) return;
  delete globals[TEST_TEMPORAL_SERVER_GLOBAL];
  // In watch mode the next run's setup must start a new server, not reuse this dead address.
  delete process.env[TEST_TEMPORAL_ADDRESS_ENV];
  await server.stop();
}
