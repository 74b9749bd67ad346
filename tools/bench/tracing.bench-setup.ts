// Imported first by tracing.bench.ts, as apps/api/src/tracing.ts is by the API: the instrumentation
// patches `http` and `pg` as they load. The OTLP exporter reads its endpoint from the environment, as
// in a deployment; the collector is started on that port once the bench runs.
import { startTracing } from '@vinhdanh/telemetry';

/** The stand-in collector's port (a bench needs no more than a port unlikely to be taken). */
export const COLLECTOR_PORT = 20_000 + (process.pid % 20_000);

process.env.OTEL_EXPORTER_OTLP_ENDPOINT = `http://127.0.0.1:${COLLECTOR_PORT}`;
delete process.env.OTEL_SDK_DISABLED;
delete process.env.OTEL_TRACES_EXPORTER;

const started = startTracing({ serviceName: 'vinhdanh-bench' });
if (!started) throw new Error('tracing did not start');

/** This process's tracing. */
export const tracing = started;
