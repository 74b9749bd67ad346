import { bundleToolWorkflowsOnce, bundleTracedWorkflows, bundleWorkflowsOnce } from '@vinhdanh/testing';

// The bundler refuses Node built-ins and anything that is not deterministic-safe, so this test
// fails the moment a workflow (or something it imports) pulls in pg, crypto, NestJS …
describe('workflow bundle', () => {
  it('bundles every production workflow exported from @vinhdanh/workflows, and no tooling', async () => {
    const { code } = await bundleWorkflowsOnce();
    for (const workflow of ['nominationWorkflow', 'dailyAnchorWorkflow', 'certificatePrintWorkflow']) {
      expect(code).toContain(workflow);
    }
    // Smoke and benchmark workflows, their contracts and activities live in tools/ and never ship.
    for (const tool of ['smokeWorkflow', 'benchNoopWorkflow', 'smokeApproveUpdate', 'benchNoopUpdate', 'smokeGreet']) {
      expect(code).not.toContain(tool);
    }
    // Activity code must reach workflows as types only.
    expect(code).not.toContain('createNominationEventActivities');
  });

  it('bundles them with the OpenTelemetry workflow interceptors a traced worker runs', async () => {
    // The interceptors run in the sandbox too: the bundler must accept them (no Node built-ins).
    const { code } = await bundleTracedWorkflows();
    expect(code).toContain('nominationWorkflow');
    expect(code).toContain('OpenTelemetryInboundInterceptor');
  }, 120_000);

  it('still bundles the benchmark and smoke workflows for tool workers, from tools/', async () => {
    const { code } = await bundleToolWorkflowsOnce();
    for (const workflow of ['benchNoopWorkflow', 'smokeWorkflow', 'nominationWorkflow']) {
      expect(code).toContain(workflow);
    }
    expect(code).not.toContain('createSmokeActivities');
  }, 120_000);
});
