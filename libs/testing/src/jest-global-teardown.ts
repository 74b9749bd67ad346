import type { RunningDevServer } from '@vinhdanh/temporal';
import { TEST_TEMPORAL_SERVER_GLOBAL } from './jest-global-setup';
import { TEST_TEMPORAL_ADDRESS_ENV } from './temporal';

/** Stops the dev server the global setup started (nothing when it reused or skipped one). */
export default async function globalTeardown(): Promise<void> {
  const globals = globalThis as Record<string, unknown>;
  const server = globals[TEST_TEMPORAL_SERVER_GLOBAL] as RunningDevServer | undefined;
  if (!server) return;
  delete globals[TEST_TEMPORAL_SERVER_GLOBAL];
  // In watch mode the next run's setup must start a new server, not reuse this dead address.
  delete process.env[TEST_TEMPORAL_ADDRESS_ENV];
  await server.stop();
}
