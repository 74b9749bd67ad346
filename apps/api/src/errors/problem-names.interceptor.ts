import { Injectable, type CallHandler, type NestInterceptor } from '@nestjs/common';
import { from, mergeMap, type Observable } from 'rxjs';
import { isProblem, ProblemNames } from './problem-names';

/** How deep a success body is searched for problems: bulk answers keep them at `items[i].problem`. */
const MAX_DEPTH = 3;

function collect(value: unknown, depth: number, out: object[]): void {
  if (depth > MAX_DEPTH || typeof value !== 'object' || value === null) return;
  // Only plain JSON: never walk a Buffer, a stream or a StreamableFile byte by byte.
  if (!Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype) return;
  if (isProblem(value)) {
    out.push(value);
    return;
  }
  for (const child of Array.isArray(value) ? value : Object.values(value)) collect(child, depth + 1, out);
}

/**
 * Success answers that carry per-item problems (bulk decisions, bulk interventions) get the same
 * names in their problems' text as a thrown error gets from the problem filter.
 */
@Injectable()
export class ProblemNamesInterceptor implements NestInterceptor {
  constructor(private readonly names: ProblemNames) {}

  intercept(_context: unknown, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      mergeMap((body) => {
        const found: object[] = [];
        collect(body, 0, found);
        if (found.length === 0) return [body];
        return from(
          this.names.renderAll(found as never).then((rendered) => {
            found.forEach((problem, i) => Object.assign(problem, rendered[i]));
            return body;
          }),
        );
      }),
    );
  }
}
