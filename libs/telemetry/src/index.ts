export {
  TRACING_WORKFLOW_INTERCEPTOR_MODULES,
  activeTracing,
  exporterFromEnv,
  startTracing,
  traceLogFields,
} from './tracing';
export type { StartTracingOptions, Tracing } from './tracing';
