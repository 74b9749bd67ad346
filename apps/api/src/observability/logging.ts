import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import type { DynamicModule } from '@nestjs/common';
import type { Config } from '@vinhdanh/config';

/** A caller's (a proxy's) request id is kept when it looks like one; anything else is replaced. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** The request's id: the incoming `X-Request-Id` if sane, else a new UUID; echoed in the response. */
export function requestId(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', id);
  return id;
}

// Probes and scrapes arrive every few seconds; logging each would drown the requests that matter.
const QUIET_PATHS = /^\/api\/(health(\/live)?|metrics)\/?$/;

/**
 * Structured JSON logs (pino via nestjs-pino): one line per request with its id, method, route,
 * status and duration, and every Nest log line carries the id of the request it was written in.
 * Credentials never reach a log line. `enabled: false` (tests) makes it silent.
 */
export function loggingModule(config: Config, enabled: boolean): DynamicModule {
  return LoggerModule.forRoot({
    pinoHttp: {
      level: enabled ? config.LOG_LEVEL : 'silent',
      base: { service: 'vinhdanh-api', pid: process.pid },
      messageKey: 'msg',
      genReqId: requestId,
      autoLogging: { ignore: (req) => QUIET_PATHS.test(req.url?.split('?')[0] ?? '') },
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
        censor: '[redacted]',
      },
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    },
  });
}
