// The workflowsPath of tool workers (benchmarks, smoke checks): every production workflow, plus the
// smoke and benchmark workflows, which the production bundle (`@vinhdanh/workflows`) leaves out.
export * from '@vinhdanh/workflows';
export { smokeWorkflow } from './smoke.workflow';
export { benchNoopWorkflow } from './bench.workflow';
