export { createTestDatabase, dropStaleTestDatabases, testServerUrl } from './database';
export type { TestDatabase } from './database';
export {
  TEST_TEMPORAL_ADDRESS_ENV,
  TestTemporalUnavailableError,
  testTemporalAddress,
  connectTestTemporal,
  bundleWorkflowsOnce,
  uniqueTaskQueue,
} from './temporal';
