export { createTestDatabase, dropStaleTestDatabases, dropTestTemplates, testServerUrl, TEST_RUN_ENV } from './database';
export type { TestDatabase, TestDatabaseContent } from './database';
export {
  TEST_TEMPORAL_ADDRESS_ENV,
  TestTemporalUnavailableError,
  testTemporalAddress,
  connectTestTemporal,
  bundleWorkflowsOnce,
  bundleTracedWorkflows,
  bundleToolWorkflowsOnce,
  writeSharedWorkflowBundle,
  TEST_WORKFLOW_BUNDLE_ENV,
  uniqueTaskQueue,
} from './temporal';
export { importGraph, importCircles, sourceFiles } from './import-graph';
