// Imported first by main.ts: the OpenTelemetry instrumentation patches `pg` and `http` as they load.
import { startTracing } from '@vinhdanh/telemetry';

startTracing({ serviceName: 'vinhdanh-api' });
