import type { RunningDevServer } from '@vinhdanh/temporal';
import { TEST_TEMPORAL_SERVER_GLOBAL } from './jest-global-setup';

/** Stops the dev server the global setup started (nothing when it reused or skipped one). */
export default async function globalTeardown(): Promise<void> {
  const globals = globalThis as Record<string, unknown>;
  const server = globals[TEST_TEMPORAL_SERVER_GLOBAL] as RunningDevServer | undefined;
  delete globals[TEST_TEMPORAL_SERVER_GLOBAL];
  await server?.stop();
}
