import { createHash } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { z } from 'zod';
import { RequestValidationError } from '../errors/api-error';
import { internalProblem, renderProblem, toProblemSource, type ProblemDocument } from '../errors/problem';
import { zodFieldErrors } from '../errors/zod-field-errors';
import type { CommandResult } from '../nominations/workflow-updates';

/**
 * One item's outcome in a bulk answer: `decided` (what the workflow wrote), `refused` (the problem a
 * single call would answer; nothing happened), or `unknown` — the server could not tell whether
 * the decision was taken (a dependency outage, a timed-out Update): never reported as failed,
 * since it may have happened; retrying the request with the same Idempotency-Key settles it.
 */
export type BulkItemOutcome =
  | {
      index: number;
      nominationId: string | null;
      ok: true;
      outcome: 'decided';
      status: string;
      version: number;
      readModelCaughtUp: boolean;
    }
  | { index: number; nominationId: string | null; ok: false; outcome: 'refused'; problem: ProblemDocument }
  | {
      index: number;
      nominationId: string | null;
      ok: false;
      outcome: 'unknown';
      problem: ProblemDocument;
      /** Vietnamese: what to do (retry with the same key); `advice_en` in English. */
      advice: string;
      advice_en: string;
      retryWithSameIdempotencyKey: true;
    };

/** Counts of a bulk answer: `failed` counts refusals only, `unknown` the items to retry with the same key. */
export interface BulkSummary {
  total: number;
  succeeded: number;
  failed: number;
  unknown: number;
}

const UNKNOWN_ADVICE = {
  advice:
    'Chưa rõ hồ sơ này đã được quyết định hay chưa (hệ thống tạm thời gián đoạn). Hãy gửi lại yêu cầu với cùng Idempotency-Key: hồ sơ đã được quyết định sẽ không bị quyết định lần nữa, hồ sơ chưa được quyết định sẽ được xử lý.',
  advice_en:
    'Whether this item was decided is not known (a service was briefly unavailable). Retry the request with the same Idempotency-Key: an item already decided is not decided again, the others are decided.',
  retryWithSameIdempotencyKey: true,
} as const;

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
      outcome: 'decided',
      status: result.outcome.status,
      version: result.outcome.version,
      readModelCaughtUp: result.readModelCaughtUp,
    };
  } catch (err) {
    const problem = problemOf(err, instance);
    // A 4xx is a refusal: nothing was written. A 5xx cannot promise that (the Update may have been
    // applied before the connection dropped), so it is reported as unknown, never as failed.
    if (problem.status < 500) return { index, nominationId, ok: false, outcome: 'refused', problem };
    return { index, nominationId, ok: false, outcome: 'unknown', problem, ...UNKNOWN_ADVICE };
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
  const count = (outcome: BulkItemOutcome['outcome']) => items.filter((i) => i.outcome === outcome).length;
  return { total: items.length, succeeded: count('decided'), failed: count('refused'), unknown: count('unknown') };
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
