import { Logger } from '@nestjs/common';
import { DefaultLogger } from '@temporalio/worker';
import type { LogEntry } from '@temporalio/worker';
import type { Config } from '@vinhdanh/config';

const TEMPORAL_LEVEL = { debug: 'DEBUG', info: 'INFO', warn: 'WARN', error: 'ERROR' } as const;

/**
 * The SDK's logger (worker state, workflow and activity `log.*` calls) routed through Nest's
 * logger, so the process writes one log format at the configured level.
 */
export function createTemporalLogger(level: Config['LOG_LEVEL']): DefaultLogger {
  const logger = new Logger('Temporal');
  return new DefaultLogger(TEMPORAL_LEVEL[level], (entry: LogEntry) => {
    const line =
      entry.meta && Object.keys(entry.meta).length > 0 ? `${entry.message} ${describe(entry.meta)}` : entry.message;
    // The bundler reports webpack's full module listing at INFO; that is debugging detail.
    const effective = entry.message.startsWith('asset workflow-bundle') ? 'DEBUG' : entry.level;
    if (effective === 'ERROR') logger.error(line);
    else if (effective === 'WARN') logger.warn(line);
    else if (effective === 'INFO') logger.log(line);
    else logger.debug(line);
  });
}

function describe(meta: Record<string, unknown>): string {
  try {
    return JSON.stringify(meta, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value));
  } catch {
    return '[unserialisable metadata]';
  }
}
