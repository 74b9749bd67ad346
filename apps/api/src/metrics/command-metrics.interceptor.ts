import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Observable } from 'rxjs';
import { MetricsService, outcomeOf } from './metrics.service';

// POST /api/nominations and POST /api/nominations/:id/<command>: the state-changing requests.
const COMMAND_PATH = /^\/api\/nominations(?:\/[^/]+\/([a-z-]+))?\/?$/;

/**
 * Times every request (by route template) and counts every command by kind and outcome (2xx ok,
 * 4xx refused, 5xx error), read from the status actually sent, after the problem filter mapped any error.
 */
@Injectable()
export class CommandMetricsInterceptor implements NestInterceptor {
  constructor(private readonly metrics: MetricsService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const http = context.switchToHttp();
    const req = http.getRequest<{ method: string; path: string; route?: { path?: string } }>();
    const res = http.getResponse<{ statusCode: number; once(event: 'finish', listener: () => void): void }>();
    const started = process.hrtime.bigint();
    const match = req.method === 'POST' ? COMMAND_PATH.exec(req.path) : null;
    res.once('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const status = res.statusCode;
      this.metrics.httpSeconds.observe(
        { method: req.method, route: req.route?.path ?? 'unmatched', status_code: String(status) },
        seconds,
      );
      if (match) {
        const labels = { command: match[1] ?? 'submission', outcome: outcomeOf(status) };
        this.metrics.commands.inc(labels);
        this.metrics.commandSeconds.observe(labels, seconds);
      }
    });
    return next.handle();
  }
}
