import * as otel from '@opentelemetry/api';
import type * as OtlpProto from '@opentelemetry/exporter-trace-otlp-proto';
import type * as Instrumentation from '@opentelemetry/instrumentation';
import type { InstrumentationBase } from '@opentelemetry/instrumentation';
import type * as HttpInstr from '@opentelemetry/instrumentation-http';
import type * as PgInstr from '@opentelemetry/instrumentation-pg';
import type * as Resources from '@opentelemetry/resources';
import type * as SdkTraceNode from '@opentelemetry/sdk-trace-node';
import type { NodeTracerProvider, SpanExporter, SpanProcessor } from '@opentelemetry/sdk-trace-node';
import type * as TemporalOtel from '@temporalio/interceptors-opentelemetry';
import type { OpenTelemetrySinks } from '@temporalio/interceptors-opentelemetry';
import type { WorkflowClientInterceptor } from '@temporalio/client';
import type { InjectedSinks, WorkerInterceptors } from '@temporalio/worker';

// The SDK, exporters and instrumentations are loaded only when tracing starts: importing them costs
// a few hundred milliseconds per process (and per test file), which an untraced process need not pay.
const sdk = () => require('@opentelemetry/sdk-trace-node') as typeof SdkTraceNode;
const temporalOtel = () => require('@temporalio/interceptors-opentelemetry') as typeof TemporalOtel;

/**
 * The workflow-side interceptors (they run inside the deterministic workflow sandbox and hand
 * their spans to the worker through a sink). A bundle built for a traced worker must include them
 * (`bundleWorkflowCode({ workflowInterceptorModules })`).
 */
export const TRACING_WORKFLOW_INTERCEPTOR_MODULES: readonly string[] = [
  require.resolve('@temporalio/interceptors-opentelemetry/lib/workflow-interceptors'),
];

// Probes and scrapes every few seconds would each open a trace of their own.
const UNTRACED_PATHS = /^\/api\/(health(\/\w+)?|metrics)\/?(\?|$)/;

/** Tracing as one process runs it: the provider, and what Temporal's client and worker need. */
export interface Tracing {
  readonly provider: NodeTracerProvider;
  readonly instrumentations: readonly InstrumentationBase[];
  /** For `new Client({ interceptors: { workflow } })`: starts and Updates carry the caller's trace. */
  readonly clientInterceptors: { workflow: WorkflowClientInterceptor[] };
  /** For `Worker.create`: activity and workflow interceptors, and the sink workflow spans leave by. */
  readonly workerOptions: { interceptors: WorkerInterceptors; sinks: InjectedSinks<OpenTelemetrySinks> };
  /** Sends the spans still buffered. */
  flush(): Promise<void>;
  /** Flushes, stops the exporter and removes the instrumentation. */
  shutdown(): Promise<void>;
}

export interface StartTracingOptions {
  /** `service.name` unless OTEL_SERVICE_NAME says otherwise (`vinhdanh-api`, `vinhdanh-worker`). */
  serviceName: string;
  /** An exporter of the caller's (tests: an in-memory one, spans sent as they end). */
  exporter?: SpanExporter;
  env?: NodeJS.ProcessEnv;
}

let active: Tracing | null = null;

/** The tracing started in this process, or null (the default: no exporter configured). */
export function activeTracing(): Tracing | null {
  return active;
}

/**
 * The span exporter the standard OTEL_* variables ask for, or null when tracing is off — the
 * default, so `npm start` and the tests pay nothing. OTLP (http/protobuf) when
 * OTEL_EXPORTER_OTLP_ENDPOINT or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT is set, `console` on request;
 * OTEL_SDK_DISABLED=true or OTEL_TRACES_EXPORTER=none turn it off.
 */
export function exporterFromEnv(env: NodeJS.ProcessEnv = process.env): SpanExporter | null {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return null;
  const kinds = (env.OTEL_TRACES_EXPORTER ?? '')
    .split(',')
    .map((kind) => kind.trim().toLowerCase())
    .filter(Boolean);
  if (kinds.includes('none')) return null;
  if (kinds.includes('console')) return new (sdk().ConsoleSpanExporter)();
  const endpoint = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || env.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (!endpoint) return null;
  const { OTLPTraceExporter } = require('@opentelemetry/exporter-trace-otlp-proto') as typeof OtlpProto;
  return new OTLPTraceExporter();
}

/**
 * Starts tracing for this process when an exporter is configured (see {@link exporterFromEnv}) or
 * given; returns null otherwise. Must run before `pg` and `http` are first required — the
 * instrumentation patches them as they load — so the entry points import it first.
 * Spans: the HTTP request (incoming), Temporal's client calls (start, Update), the workflow and
 * its Update handler, activities, and every pg query made inside one of those.
 */
export function startTracing(options: StartTracingOptions): Tracing | null {
  if (active) return active;
  const env = options.env ?? process.env;
  const exporter = options.exporter ?? exporterFromEnv(env);
  if (!exporter) return null;

  const { BatchSpanProcessor, NodeTracerProvider, SimpleSpanProcessor } = sdk();
  const { Resource, envDetectorSync } = require('@opentelemetry/resources') as typeof Resources;
  const { registerInstrumentations } = require('@opentelemetry/instrumentation') as typeof Instrumentation;
  const { HttpInstrumentation } = require('@opentelemetry/instrumentation-http') as typeof HttpInstr;
  const { PgInstrumentation } = require('@opentelemetry/instrumentation-pg') as typeof PgInstr;
  const {
    OpenTelemetryActivityInboundInterceptor,
    OpenTelemetryActivityOutboundInterceptor,
    OpenTelemetryWorkflowClientInterceptor,
    makeWorkflowExporter,
  } = temporalOtel();
  const resource = new Resource({ 'service.name': options.serviceName }).merge(envDetectorSync.detect());
  // A caller's exporter (tests) sees each span as it ends; a network exporter gets batches.
  const spanProcessor: SpanProcessor = options.exporter
    ? new SimpleSpanProcessor(exporter)
    : new BatchSpanProcessor(exporter);
  const provider = new NodeTracerProvider({ resource, spanProcessors: [spanProcessor] });
  // Registers the W3C trace-context propagator and the AsyncLocalStorage context manager.
  provider.register();

  const instrumentations: InstrumentationBase[] = [
    new HttpInstrumentation({
      ignoreIncomingRequestHook: (req) => UNTRACED_PATHS.test(req.url ?? ''),
    }),
    // Only queries made for a request, an activity or a projection step that is itself traced:
    // the projector's polling would otherwise be a stream of one-span traces.
    new PgInstrumentation({ requireParentSpan: true }),
  ];
  const unregister = registerInstrumentations({ tracerProvider: provider, instrumentations });

  const tracing: Tracing = {
    provider,
    instrumentations,
    clientInterceptors: { workflow: [new OpenTelemetryWorkflowClientInterceptor()] },
    workerOptions: {
      interceptors: {
        workflowModules: [...TRACING_WORKFLOW_INTERCEPTOR_MODULES],
        activity: [
          (ctx) => ({
            inbound: new OpenTelemetryActivityInboundInterceptor(ctx),
            outbound: new OpenTelemetryActivityOutboundInterceptor(ctx),
          }),
        ],
      },
      sinks: { exporter: makeWorkflowExporter(spanProcessor, resource) },
    },
    flush: () => provider.forceFlush(),
    async shutdown() {
      unregister();
      await provider.shutdown();
      otel.trace.disable();
      otel.context.disable();
      otel.propagation.disable();
      active = null;
    },
  };
  active = tracing;
  return tracing;
}

/**
 * The trace and span ids of the active span, as log fields (`trace_id`, `span_id`), or an empty
 * object when nothing is traced — so a log line can be found from its trace and back.
 */
export function traceLogFields(): { trace_id?: string; span_id?: string } {
  const span = otel.trace.getActiveSpan();
  const context = span?.spanContext();
  if (!context || !otel.isSpanContextValid(context)) return {};
  return { trace_id: context.traceId, span_id: context.spanId };
}
