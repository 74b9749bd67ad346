import { bundleTracedWorkflows, bundleWorkflowsOnce } from '@vinhdanh/testing';

// The bundler refuses Node built-ins and anything that is not deterministic-safe, so this test
// fails the moment a workflow (or something it imports) pulls in pg, crypto, NestJS …
describe('workflow bundle', () => {
  it('bundles every workflow exported from @vinhdanh/workflows', async () => {
    const { code } = await bundleWorkflowsOnce();
    expect(code).toContain('smokeWorkflow');
    // Activity code must reach workflows as types only.
    expect(code).not.toContain('createSmokeActivities');
  });

  it('bundles them with the OpenTelemetry workflow interceptors a traced worker runs', async () => {
    // The interceptors run in the sandbox too: the bundler must accept them (no Node built-ins).
    const { code } = await bundleTracedWorkflows();
    expect(code).toContain('smokeWorkflow');
    expect(code).toContain('OpenTelemetryInboundInterceptor');
  }, 120_000);
});
