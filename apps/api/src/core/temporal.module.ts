import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import type { Config } from '@vinhdanh/config';
import { CONFIG, TEMPORAL_CLIENT, TEMPORAL_HEALTH_PROBE, type TemporalHealthProbe } from './tokens';

// The connection this module opened itself; a client passed in (tests) is never closed by us.
const OWNED_CONNECTION = Symbol('vinhdanh.OwnedTemporalConnection');

/** What a test or embedding process may supply instead of the configured Temporal connection. */
export interface TemporalOverrides {
  client?: Client;
  probe?: TemporalHealthProbe;
}

/** A probe that asks the frontend for its system info, bounded so a down server answers quickly. */
export function clientHealthProbe(client: Client): TemporalHealthProbe {
  return {
    async check() {
      await client.connection.withDeadline(Date.now() + 2_000, () => client.workflowService.getSystemInfo({}));
    },
  };
}

/**
 * Provides `TEMPORAL_CLIENT` — by default over a lazy connection to `TEMPORAL_ADDRESS`, so the
 * API starts even while Temporal is down — and `TEMPORAL_HEALTH_PROBE`.
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
            overrides.client ? null : Connection.lazy({ address: config.TEMPORAL_ADDRESS }),
        },
        {
          provide: TEMPORAL_CLIENT,
          inject: [CONFIG, OWNED_CONNECTION],
          useFactory: (config: Config, connection: Connection | null): Client =>
            overrides.client ?? new Client({ connection: connection!, namespace: config.TEMPORAL_NAMESPACE }),
        },
        {
          provide: TEMPORAL_HEALTH_PROBE,
          inject: [TEMPORAL_CLIENT],
          useFactory: (client: Client): TemporalHealthProbe => overrides.probe ?? clientHealthProbe(client),
        },
      ],
      exports: [TEMPORAL_CLIENT, TEMPORAL_HEALTH_PROBE],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.connection?.close().catch(() => undefined);
  }
}
