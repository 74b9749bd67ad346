import type { Logger } from '@nestjs/common';
import type { HttpNext, HttpRequest, HttpResponse } from '../core/http.types';
import { problemFor, sendProblem } from '../errors/problem.filter';
import { refuseUnsafeInput } from './zod.pipe';

/**
 * Express middleware after the body parser: the parsed JSON body and the query string of every
 * route are checked for text nothing could store (NUL, lone surrogates, non-characters) and for
 * absurd nesting before any handler sees them, whatever its schema (`@Body() body: unknown` too).
 */
export function unsafeInputGuard(logger: Logger) {
  return (req: HttpRequest & { body?: unknown }, res: HttpResponse, next: HttpNext): void => {
    try {
      refuseUnsafeInput(req.body, 'body');
      refuseUnsafeInput(req.query, 'query');
    } catch (err) {
      return sendProblem(res, problemFor(err, req, logger));
    }
    next();
  };
}
