import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VINHDANH_SEARCH_ATTRIBUTES } from '@vinhdanh/contracts';
import { TemporalLibError, getFreePort, startDevServer } from '@vinhdanh/temporal';
import {
  dropStaleTestDatabases,
  TEST_RUN_ENV,
  TEST_TEMPORAL_ADDRESS_ENV,
  TEST_WORKFLOW_BUNDLE_ENV,
  writeSharedWorkflowBundle,
} from '@vinhdanh/testing';
import { ensureTemporalCli } from '../temporal-build/ensure-cli';
import type { RunningDevServer } from '@vinhdanh/temporal';

/** Key under which the teardown finds the server (globalSetup and globalTeardown share globals). */
export const TEST_TEMPORAL_SERVER_GLOBAL = '__VINHDANH_TEST_TEMPORAL_SERVER__';

const log = (line: string) => process.stderr.write(`[temporal] ${line}\n`);

/**
 * Starts ONE in-memory Temporal dev server for the whole jest run and publishes its address in
 * `VINHDANH_TEST_TEMPORAL_ADDRESS`; jest forks its test workers after this, so they inherit it.
 * Reuses a server when the variable is already set, and skips when every path pattern given on
 * the command line names unit tests (or when `VINHDANH_TEST_TEMPORAL=off`).
 */
export default async function globalSetup(globalConfig: { testPathPatterns?: unknown }): Promise<void> {
  const dropped = await dropStaleTestDatabases().catch((err: Error) => {
    log(`could not look for stale test databases: ${err.message}`);
    return [];
  });
  if (dropped.length) process.stderr.write(`[testing] dropped ${dropped.length} stale test database(s)\n`);
  // Names this run's template databases (see createTestDatabase); the workers inherit it.
  process.env[TEST_RUN_ENV] = String(process.pid);
  if (process.env.VINHDANH_TEST_TEMPORAL === 'off' || onlyUnitTests(globalConfig.testPathPatterns)) return;

  // The workflow bundle for every test file, built while the server starts (see bundleWorkflowsOnce).
  const bundleFile = join(tmpdir(), `vinhdanh-workflow-bundle-${process.pid}.json`);
  const bundled = writeSharedWorkflowBundle(bundleFile).then(() => {
    process.env[TEST_WORKFLOW_BUNDLE_ENV] = bundleFile;
  });
  if (process.env[TEST_TEMPORAL_ADDRESS_ENV]) {
    log(`using the existing server at ${process.env[TEST_TEMPORAL_ADDRESS_ENV]}`);
    await bundled;
    return;
  }
  const executable = await ensureTemporalCli({ log });
  const server = await startWithRetry(async () =>
    startDevServer({
      executable,
      ip: '127.0.0.1',
      port: await getFreePort(),
      namespace: 'default',
      searchAttributes: VINHDANH_SEARCH_ATTRIBUTES,
      log,
    }),
  );
  process.env[TEST_TEMPORAL_ADDRESS_ENV] = server.address;
  (globalThis as Record<string, unknown>)[TEST_TEMPORAL_SERVER_GLOBAL] = server;
  await bundled;
}

// Another process may grab the free port between the probe and the server's bind.
async function startWithRetry(start: () => Promise<RunningDevServer>): Promise<RunningDevServer> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await start();
    } catch (err) {
      const retryable = err instanceof TemporalLibError && /in use|bind/i.test(err.message);
      if (!retryable || attempt >= 3) throw err;
      log(`start failed (${err.code}), retrying on another port`);
    }
  }
}

function onlyUnitTests(testPathPatterns: unknown): boolean {
  const patterns = Array.isArray(testPathPatterns)
    ? (testPathPatterns as string[])
    : ((testPathPatterns as { patterns?: string[] } | undefined)?.patterns ?? []);
  return patterns.length > 0 && patterns.every((pattern) => pattern.includes('.unit.'));
}
