// The single workflowsPath the worker bundles: every workflow is a named re-export here.
export { nominationWorkflow } from './nomination.workflow';
export { dailyAnchorWorkflow } from './anchor.workflow';
export { certificatePrintWorkflow } from './certificate-print.workflow';
export { blocYearWorkflow } from './bloc-year.workflow';
