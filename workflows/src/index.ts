// The single workflowsPath the worker bundles: every workflow is a named re-export here.
export { smokeWorkflow } from './smoke.workflow';
export { nominationWorkflow } from './nomination.workflow';
export { benchNoopWorkflow } from './bench.workflow';
export { dailyAnchorWorkflow } from './anchor.workflow';
export { certificatePrintWorkflow } from './certificate-print.workflow';
export { blocYearWorkflow } from './bloc-year.workflow';
