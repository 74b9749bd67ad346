import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime, bundleWorkflowCode } from '@temporalio/worker';
import type { WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { TRACING_WORKFLOW_INTERCEPTOR_MODULES } from '@vinhdanh/telemetry';

/** Environment variable through which the jest global setup hands its server to test workers. */
export const TEST_TEMPORAL_ADDRESS_ENV = 'VINHDANH_TEST_TEMPORAL_ADDRESS';

/** Thrown when a test needs Temporal but the jest run did not start (or was told to skip) it. */
export class TestTemporalUnavailableError extends Error {
  readonly code = 'TESTING.TEMPORAL_UNAVAILABLE';
  constructor(message: string) {
    super(message);
    this.name = 'TestTemporalUnavailableError';
  }
}

/** Address of the dev server the jest global setup started; throws a clear error if there is none. */
export function testTemporalAddress(): string {
  const address = process.env[TEST_TEMPORAL_ADDRESS_ENV];
  if (!address) {
    throw new TestTemporalUnavailableError(
      `${TEST_TEMPORAL_ADDRESS_ENV} is not set: this test needs the Temporal dev server that ` +
        'tools/src/testing/jest-global-setup.ts starts. Run it through the root jest config without ' +
        "--globalSetup='' (and without VINHDANH_TEST_TEMPORAL=off), or export the variable to point at a server.",
    );
  }
  return address;
}

/**
 * Connects to the run's shared dev server. Call in `beforeAll` and `teardown()` in `afterAll`
 * (teardown closes the connections only; the server belongs to the global setup).
 */
export async function connectTestTemporal(): Promise<TestWorkflowEnvironment> {
  const address = testTemporalAddress();
  // Workers log every poll at INFO; tests only want warnings. Only possible before first use.
  if (Runtime._instance === undefined) Runtime.install({ logger: new DefaultLogger('WARN') });
  return TestWorkflowEnvironment.createFromExistingServer({ address });
}

/** Environment variable naming the file in which the jest global setup left the run's workflow bundle. */
export const TEST_WORKFLOW_BUNDLE_ENV = 'VINHDANH_TEST_WORKFLOW_BUNDLE';

const bundleOptions = () => ({
  // A path, not an import: workflow tests import this helper, so an import would be a cycle.
  workflowsPath: join(__dirname, '..', '..', '..', 'workflows', 'src', 'index.ts'),
  logger: new DefaultLogger('WARN'),
});

let workflowBundle: Promise<WorkflowBundleWithSourceMap> | undefined;

/**
 * `@vinhdanh/workflows` bundled for a test worker: read from the file the jest global setup wrote
 * (one bundle for the whole run: bundling takes 2–4 s on a quiet machine and far more on a loaded
 * one), or bundled here once per test file when the run has none.
 */
export function bundleWorkflowsOnce(): Promise<WorkflowBundleWithSourceMap> {
  const shared = process.env[TEST_WORKFLOW_BUNDLE_ENV];
  workflowBundle ??= shared
    ? readFile(shared, 'utf8').then((text) => JSON.parse(text) as WorkflowBundleWithSourceMap)
    : bundleWorkflowCode(bundleOptions());
  return workflowBundle;
}

/**
 * `@vinhdanh/workflows` bundled with the OpenTelemetry workflow interceptors, as a traced worker
 * runs them (bundled per call: only the tracing tests need it).
 */
export function bundleTracedWorkflows(): Promise<WorkflowBundleWithSourceMap> {
  return bundleWorkflowCode({
    ...bundleOptions(),
    workflowInterceptorModules: [...TRACING_WORKFLOW_INTERCEPTOR_MODULES],
  });
}

let toolWorkflowBundle: Promise<WorkflowBundleWithSourceMap> | undefined;

/**
 * The tool workers' workflows (`@vinhdanh/tools/workflows`: the production ones plus the smoke and
 * benchmark workflows, which the production bundle leaves out), bundled once per test file.
 */
export function bundleToolWorkflowsOnce(): Promise<WorkflowBundleWithSourceMap> {
  toolWorkflowBundle ??= bundleWorkflowCode({
    workflowsPath: join(__dirname, '..', '..', '..', 'tools', 'src', 'workflows', 'index.ts'),
    logger: new DefaultLogger('WARN'),
  });
  return toolWorkflowBundle;
}

/** Bundles the workflows into `file` for every test file of the run (the jest global setup). */
export async function writeSharedWorkflowBundle(file: string): Promise<void> {
  const bundle = await bundleWorkflowCode(bundleOptions());
  await writeFile(file, JSON.stringify({ code: bundle.code, sourceMap: bundle.sourceMap }));
}

/** A task queue no other test uses, so parallel test files never steal each other's tasks. */
export function uniqueTaskQueue(prefix = 'test'): string {
  return `${prefix}-${randomUUID()}`;
}
