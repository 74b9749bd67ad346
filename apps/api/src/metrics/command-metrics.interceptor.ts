import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Observable } from 'rxjs';
import { CommandCounter } from './metrics.service';

// POST /api/nominations and POST /api/nominations/:id/<command>: the state-changing requests.
const COMMAND_PATH = /^\/api\/nominations(?:\/[^/]+\/([a-z-]+))?\/?$/;

/**
 * Counts every command request by kind and outcome (2xx ok, 4xx refused, 5xx error), read from
 * the status actually sent, after the problem filter has mapped any error.
 */
@Injectable()
export class CommandMetricsInterceptor implements NestInterceptor {
  constructor(private readonly counter: CommandCounter) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const req = http.getRequest<{ method: string; path: string }>();
    const match = req.method === 'POST' ? COMMAND_PATH.exec(req.path) : null;
    if (match) {
      const command = match[1] ?? 'submission';
      const res = http.getResponse<{ statusCode: number; once(event: 'finish', listener: () => void): void }>();
      res.once('finish', () => {
        const status = res.statusCode;
        this.counter.record(command, status < 400 ? 'ok' : status < 500 ? 'refused' : 'error');
      });
    }
    return next.handle();
  }
}
