import { createHash } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { z } from 'zod';
import { RequestValidationError } from '../errors/api-error';
import { internalProblem, renderProblem, toProblemSource, type ProblemDocument } from '../errors/problem';
import { zodFieldErrors } from '../errors/zod-field-errors';
import type { CommandResult } from '../nominations/workflow-updates';

/** One item's outcome in a bulk answer: what the workflow wrote, or the problem, as a single call would answer. */
export type BulkItemOutcome =
  | {
      index: number;
      nominationId: string | null;
      ok: true;
      status: string;
      version: number;
      readModelCaughtUp: boolean;
    }
  | { index: number; nominationId: string | null; ok: false; problem: ProblemDocument };

/** Counts of a bulk answer. */
export interface BulkSummary {
  total: number;
  succeeded: number;
  failed: number;
}

const logger = new Logger('Bulk');

/** Runs `fn` over `items` with at most `concurrency` in flight; results keep the items' order. */
export async function mapBounded<T, R>(
  items: readonly T[],
  concurrency: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T, i);
    }
  });
  await Promise.all(lanes);
  return results;
}

/** The problem document a single request would have answered with (a bug becomes a 500 with a trace id). */
export function problemOf(err: unknown, instance: string): ProblemDocument {
  const source = toProblemSource(err);
  if (source) return renderProblem(source, instance);
  const problem = internalProblem(instance);
  logger.error(`${instance} → 500 trace_id=${problem.trace_id}: ${err instanceof Error ? err.stack : String(err)}`);
  return problem;
}

/** Runs one item, turning a thrown error into its problem: one item's failure never fails the batch. */
export async function runItem(
  index: number,
  nominationId: string | null,
  instance: string,
  run: () => Promise<CommandResult>,
): Promise<BulkItemOutcome> {
  try {
    const result = await run();
    return {
      index,
      nominationId,
      ok: true,
      status: result.outcome.status,
      version: result.outcome.version,
      readModelCaughtUp: result.readModelCaughtUp,
    };
  } catch (err) {
    return { index, nominationId, ok: false, problem: problemOf(err, instance) };
  }
}

/** Parses one item on its own; a malformed item is that item's 400, naming its fields as `items[i].…`. */
export function parseItem<S extends z.ZodType>(
  schema: S,
  raw: unknown,
  index: number,
): { ok: true; item: z.infer<S> } | { ok: false; error: RequestValidationError } {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, item: parsed.data };
  const errors = zodFieldErrors(parsed.error, raw, 'body').map((e) => ({
    ...e,
    field: e.field === '(root)' ? `items[${index}]` : `items[${index}].${e.field}`,
  }));
  return { ok: false, error: new RequestValidationError(errors) };
}

/** Counts of the outcomes. */
export function summaryOf(items: readonly BulkItemOutcome[]): BulkSummary {
  const succeeded = items.filter((i) => i.ok).length;
  return { total: items.length, succeeded, failed: items.length - succeeded };
}

/**
 * A per-item Idempotency-Key derived from the request's key and what identifies the item, so a
 * retried bulk request sends each item's Update with the same id and decides nothing twice.
 */
export function itemKey(requestKey: string, ...parts: readonly (string | number)[]): string {
  const digest = createHash('sha256')
    .update([requestKey, ...parts.map(String)].join('\u0000'))
    .digest('hex');
  return `bulk.${digest.slice(0, 40)}`;
}
