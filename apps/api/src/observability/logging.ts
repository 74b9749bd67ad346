import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule, type Params } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import pretty from 'pino-pretty';
import type { DynamicModule } from '@nestjs/common';
import type { Config } from '@vinhdanh/config';
import { traceLogFields } from '@vinhdanh/telemetry';

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

// Read once, when the request arrives (inside its server span): the request's completion line is
// written later, outside that span, and must name the same trace.
const traceOfRequest = new WeakMap<IncomingMessage, ReturnType<typeof traceLogFields>>();
function requestTrace(req: IncomingMessage): ReturnType<typeof traceLogFields> {
  let fields = traceOfRequest.get(req);
  if (!fields) traceOfRequest.set(req, (fields = traceLogFields()));
  return fields;
}

// Nest's boot lines, one per module and route (~300): detail for debugging, noise in a terminal.
const BOOT_DETAIL = /"context":"(RouterExplorer|RoutesResolver|InstanceLoader)"/;

/**
 * Development logs a person reads (`LOG_FORMAT=pretty`, what `npm start` sets): one coloured line
 * per entry, `[context] message`, a request as `GET /api/… → 200 (12 ms)`, without Nest's
 * per-route boot lines unless `bootDetail`. Synchronous, so a crash's last lines are not lost in a
 * transport thread.
 */
export function prettyLogStream(destination?: NodeJS.WritableStream, bootDetail = false): DestinationStream {
  const out = pretty({
    sync: true,
    colorize: destination === undefined && Boolean(process.stdout.isTTY),
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname,service,context,req,res,responseTime,trace_id,span_id',
    messageFormat:
      '{if context}[{context}] {end}{msg}{if req.method} {req.method} {req.url} → {res.statusCode} ({responseTime} ms){end}',
    ...(destination ? { destination } : {}),
  });
  return {
    write(line: string) {
      if (bootDetail || !BOOT_DETAIL.test(line)) out.write(line);
    },
  };
}

/**
 * Structured JSON logs (pino via nestjs-pino): one line per request with its id, method, route,
 * status and duration, and every Nest log line carries the id of the request it was written in —
 * and, when tracing is on, its OpenTelemetry `trace_id`/`span_id`. Credentials never reach a log
 * line. `enabled: false` (tests) makes it silent; `destination` (tests) receives the lines instead of
 * stdout. `LOG_FORMAT=pretty` writes them for a person instead (development).
 */
export function loggingModule(config: Config, enabled: boolean, destination?: DestinationStream): DynamicModule {
  const options: NonNullable<Params['pinoHttp']> = {
    level: enabled ? config.LOG_LEVEL : 'silent',
    base: { service: 'vinhdanh-api', pid: process.pid },
    messageKey: 'msg',
    genReqId: requestId,
    customProps: requestTrace,
    autoLogging: { ignore: (req) => QUIET_PATHS.test(req.url?.split('?')[0] ?? '') },
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
      censor: '[redacted]',
    },
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
  const stream =
    config.LOG_FORMAT === 'pretty' ? prettyLogStream(undefined, config.LOG_LEVEL === 'debug') : destination;
  return LoggerModule.forRoot({ pinoHttp: stream ? [options, stream] : options });
}
