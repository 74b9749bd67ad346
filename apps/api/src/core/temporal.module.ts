import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { temporalConnectionOptions, type Config, type TemporalConnectionOptions } from '@vinhdanh/config';
import { activeTracing } from '@vinhdanh/telemetry';
import { CONFIG, TEMPORAL_CLIENT, TEMPORAL_HEALTH_PROBE, type TemporalHealthProbe } from './tokens';

// The connection this module owns and closes on shutdown; a client passed in (tests) is never closed.
const OWNED_CONNECTION = Symbol('vinhdanh.OwnedTemporalConnection');

/** What a test or the process entry point may supply instead of a lazy connection. */
export interface TemporalOverrides {
  /** A client owned by the caller (e.g. a `TestWorkflowEnvironment`'s); not closed by the app. */
  client?: Client;
  /** A connected connection the app takes over and closes on shutdown (see `main.ts`). */
  connection?: Connection;
  probe?: TemporalHealthProbe;
}

/** A probe over an existing client: asks the frontend for its system info within 2 s. */
export function clientHealthProbe(client: Client): TemporalHealthProbe {
  return {
    async check() {
      await client.connection.withDeadline(Date.now() + 2_000, () => client.workflowService.getSystemInfo({}));
    },
  };
}

/** A probe that opens (and closes) a fresh connection, so a server that comes up later is seen. */
export function addressHealthProbe(target: string | TemporalConnectionOptions): TemporalHealthProbe {
  const options = typeof target === 'string' ? { address: target } : target;
  return {
    async check() {
      const connection = await Connection.connect({ ...options, connectTimeout: 2_000 });
      await connection.close();
    },
  };
}

/**
 * Provides `TEMPORAL_CLIENT` and `TEMPORAL_HEALTH_PROBE`. Without overrides the client uses a lazy
 * connection; note that the SDK caches a failed first connect, so processes should pass a
 * connected `connection` (as `main.ts` does) rather than rely on the lazy default.
 */
@Global()
@Module({})
export class TemporalModule implements OnApplicationShutdown {
  constructor(@Inject(OWNED_CONNECTION) private readonly connection: Connection | null) {}

  static register(overrides: TemporalOverrides = {}): DynamicModule {
    return {
      module: TemporalModule,
      providers: [
        {
          provide: OWNED_CONNECTION,
          inject: [CONFIG],
          useFactory: (config: Config): Connection | null =>
            overrides.client
              ? null
              : (overrides.connection ??
                Connection.lazy({ ...temporalConnectionOptions(config), connectTimeout: 2_000 })),
        },
        {
          provide: TEMPORAL_CLIENT,
          inject: [CONFIG, OWNED_CONNECTION],
          useFactory: (config: Config, connection: Connection | null): Client =>
            overrides.client ??
            new Client({
              connection: connection ?? undefined,
              namespace: config.TEMPORAL_NAMESPACE,
              // Workflow starts and Updates carry the request's trace to the workflow (headers).
              ...(activeTracing() ? { interceptors: activeTracing()?.clientInterceptors } : {}),
            }),
        },
        {
          provide: TEMPORAL_HEALTH_PROBE,
          inject: [CONFIG, TEMPORAL_CLIENT],
          useFactory: (config: Config, client: Client): TemporalHealthProbe =>
            overrides.probe ??
            (overrides.client ? clientHealthProbe(client) : addressHealthProbe(temporalConnectionOptions(config))),
        },
      ],
      exports: [TEMPORAL_CLIENT, TEMPORAL_HEALTH_PROBE],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.connection?.close().catch(() => undefined);
    // The last requests' spans are still in the batch.
    await activeTracing()
      ?.flush()
      .catch(() => undefined);
  }
}
