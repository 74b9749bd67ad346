import { Catch, Inject, Logger, Optional, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { HttpRequest as Request, HttpResponse as Response } from '../core/http.types';
import { ProblemNames } from './problem-names';
import { internalProblem, PROBLEM_CONTENT_TYPE, renderProblem, toProblemSource, type ProblemDocument } from './problem';

/** Writes a problem document, with the headers its status calls for (Retry-After, WWW-Authenticate). */
export function sendProblem(res: Response, problem: ProblemDocument): void {
  if (problem.status === 401) res.setHeader('WWW-Authenticate', 'Bearer realm="vinhdanh"');
  if ((problem.status === 429 || problem.status === 503) && typeof problem.retryAfterSeconds === 'number') {
    res.setHeader('Retry-After', String(problem.retryAfterSeconds));
  }
  res.status(problem.status).setHeader('Content-Type', PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
}

/** Turns any error into `application/problem+json`; errors that are bugs become a 500 with a trace id. */
export function problemFor(err: unknown, req: Request, logger: Logger): ProblemDocument {
  const source = toProblemSource(err);
  if (source) {
    if (source.status >= 500) logger.warn(`${req.method} ${req.originalUrl} → ${source.status} ${source.code}`);
    return renderProblem(source, req.originalUrl);
  }
  const problem = internalProblem(req.originalUrl);
  logger.error(
    `${req.method} ${req.originalUrl} → 500 trace_id=${problem.trace_id}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
  );
  return problem;
}

/**
 * The one global exception filter: every error response of the API goes through it, its human
 * text rendered with names (`ProblemNames`) before it is sent.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  constructor(@Optional() @Inject(ProblemNames) private readonly names?: ProblemNames) {}

  async catch(exception: unknown, host: ArgumentsHost): Promise<void> {
    const http = host.switchToHttp();
    const res = http.getResponse<Response>();
    if (res.headersSent) return;
    const problem = problemFor(exception, http.getRequest<Request>(), this.logger);
    let rendered = problem;
    try {
      if (this.names) rendered = await this.names.render(problem);
    } catch (err) {
      this.logger.warn(`naming a problem failed: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (!res.headersSent) sendProblem(res, rendered);
  }
}
