import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { ConsoleSpanExporter } from '@opentelemetry/sdk-trace-node';
import { exporterFromEnv, startTracing, traceLogFields } from './tracing';

describe('tracing from the OTEL_* environment', () => {
  it('is off without an exporter, so npm start and the tests pay nothing', () => {
    expect(exporterFromEnv({})).toBeNull();
    expect(exporterFromEnv({ OTEL_SERVICE_NAME: 'vinhdanh' })).toBeNull();
    expect(exporterFromEnv({ OTEL_TRACES_EXPORTER: 'otlp' })).toBeNull();
    expect(startTracing({ serviceName: 'vinhdanh-api', env: {} })).toBeNull();
    expect(traceLogFields()).toEqual({});
  });

  it('exports over OTLP when an endpoint is set, to the console on request', () => {
    expect(exporterFromEnv({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toBeInstanceOf(OTLPTraceExporter);
    expect(exporterFromEnv({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/v1/traces' })).toBeInstanceOf(
      OTLPTraceExporter,
    );
    expect(exporterFromEnv({ OTEL_TRACES_EXPORTER: 'console' })).toBeInstanceOf(ConsoleSpanExporter);
  });

  it('stays off when told so, whatever else is set', () => {
    const endpoint = { OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' };
    expect(exporterFromEnv({ ...endpoint, OTEL_SDK_DISABLED: 'true' })).toBeNull();
    expect(exporterFromEnv({ ...endpoint, OTEL_TRACES_EXPORTER: 'none' })).toBeNull();
  });
});
