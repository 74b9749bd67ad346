import { Catch, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { HttpRequest as Request, HttpResponse as Response } from '../core/http.types';
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

/** The one global exception filter: every error response of the API goes through it. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const res = http.getResponse<Response>();
    if (res.headersSent) return;
    sendProblem(res, problemFor(exception, http.getRequest<Request>(), this.logger));
  }
}
