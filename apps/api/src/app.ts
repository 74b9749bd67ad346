import 'reflect-metadata';
import { Logger, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger as PinoLogger } from 'nestjs-pino';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Config } from '@vinhdanh/config';
import { AppModule, type AppModuleOptions } from './app.module';
import { bodyParserErrorHandler, verifyUtf8Body } from './errors/body-parser.errors';
import { serverTimingMiddleware } from './core/stage-timings';
import { setupOpenApi } from './openapi';
import { apiSecurityHeaders } from './security-headers';
import { unsafeInputGuard } from './validation/unsafe-input.middleware';

/** Options of `createApp` beyond the module's replaceable edges. */
export interface CreateAppOptions extends AppModuleOptions {
  /** Nest logger levels, or false to silence (tests). Default: from `config.LOG_LEVEL`. */
  logger?: LogLevel[] | false;
  /** JSON body limit (default 1 MB: dossiers carry attachment metadata, never files). */
  jsonLimit?: string;
  /** Express `trust proxy` (set behind a reverse proxy so rate limits see the client address). */
  trustProxy?: boolean | number | string;
  /** Close cleanly on SIGTERM/SIGINT (default true; tests pass false and call `app.close()`). */
  shutdownHooks?: boolean;
  /** Serve Swagger UI and the OpenAPI document (default: outside production only). */
  openApi?: boolean;
  /** Answer each request's stage durations as a `Server-Timing` header (benchmarks; default off). */
  serverTiming?: boolean;
}

const LEVELS: Record<Config['LOG_LEVEL'], LogLevel[]> = {
  debug: ['fatal', 'error', 'warn', 'log', 'debug'],
  info: ['fatal', 'error', 'warn', 'log'],
  warn: ['fatal', 'error', 'warn'],
  error: ['fatal', 'error'],
};

/**
 * Builds the configured API (not listening): `/api` prefix, JSON body limit, problem+json errors
 * (including malformed JSON), CORS off, helmet's headers and `no-store` on `/api`, auth guard on every
 * route, OpenAPI at `/api/docs` outside production.
 */
export async function createApp(config: Config, options: CreateAppOptions = {}): Promise<NestExpressApplication> {
  const logs = options.logger !== false;
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, { ...options, logs }), {
    bodyParser: false,
    cors: false,
    // Boot lines are held until the JSON logger is in place, then written through it.
    bufferLogs: logs,
    logger: options.logger ?? LEVELS[config.LOG_LEVEL],
    abortOnError: false,
  });
  if (logs) app.useLogger(app.get(PinoLogger));
  app.disable('x-powered-by');
  if (options.serverTiming) app.use(serverTimingMiddleware());
  if (options.trustProxy !== undefined) app.set('trust proxy', options.trustProxy);
  app.use('/api', apiSecurityHeaders({ hsts: config.NODE_ENV === 'production' }));
  app.useBodyParser('json', {
    limit: options.jsonLimit ?? '1mb',
    type: ['application/json', 'application/*+json'],
    verify: verifyUtf8Body,
  });
  // Must follow the parser: body errors never reach Nest's filters.
  app.use(bodyParserErrorHandler(new Logger('Problem')));
  app.use(unsafeInputGuard(new Logger('Problem')));
  app.setGlobalPrefix('api');
  // The API's full shape is a map for an attacker: served to developers, not in production.
  if (options.openApi ?? config.NODE_ENV !== 'production') setupOpenApi(app);
  if (options.shutdownHooks ?? true) app.enableShutdownHooks();
  return app;
}
