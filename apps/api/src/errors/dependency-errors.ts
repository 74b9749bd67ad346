import { ServiceError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import type { ProblemSource } from './problem-source';

/** What a client is told to wait before retrying while a dependency is down (seconds). */
export const DEPENDENCY_RETRY_AFTER_SECONDS = 5;

/** The dependencies an outage can name. */
export type Dependency = 'database' | 'temporal';

// Socket-level failures: the server is not there (refused, reset, unreachable, timed out).
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

// SQLSTATEs of a server that is going away or not taking connections: admin/crash shutdown,
// starting up, too many connections; class 08 is every connection exception.
const PG_OUTAGE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);

// What node-postgres says when a connection dies or the pool cannot get one in time.
const PG_OUTAGE_MESSAGES = [
  /^Connection terminated/,
  /timeout exceeded when trying to connect/,
  /is not queryable/,
  /is not currently accepting connections/,
  /^terminating connection due to administrator command/,
];

// What the Temporal connection says when the frontend does not answer its connect.
const TEMPORAL_CONNECT_MESSAGES = [/^Failed to connect before the deadline/, /^Failed to connect to Temporal server/];

// gRPC status codes meaning the Temporal frontend did not answer: DEADLINE_EXCEEDED, UNAVAILABLE.
const GRPC_UNAVAILABLE = new Set([4, 14]);

// Errors from Node's own modules may come from another realm (jest's sandbox), so no `instanceof Error`.
interface ErrorLike {
  message: string;
  code?: unknown;
  cause?: unknown;
  errors?: unknown;
}

function isErrorLike(err: unknown): err is ErrorLike {
  return typeof err === 'object' && err !== null && typeof (err as { message?: unknown }).message === 'string';
}

/** The error and its causes (cause chain and AggregateError members), bounded. */
function* causes(err: unknown, depth = 0): Generator<unknown> {
  if (!isErrorLike(err) || depth > 5) return;
  yield err;
  if (Array.isArray(err.errors)) for (const inner of err.errors) yield* causes(inner, depth + 1);
  if (err.cause !== err) yield* causes(err.cause, depth + 1);
}

function isPgOutage(err: unknown): boolean {
  if (!isErrorLike(err)) return false;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || PG_OUTAGE_SQLSTATES.has(code) || /^08/.test(code))) {
    return true;
  }
  return PG_OUTAGE_MESSAGES.some((re) => re.test(err.message));
}

function isTemporalOutage(err: unknown): boolean {
  if (!isErrorLike(err)) return false;
  const grpcCode = (err as { code?: unknown }).code;
  if (err instanceof ServiceError) {
    const inner = (err.cause as { code?: unknown } | undefined)?.code;
    // A ServiceError without a gRPC status is a failed connect ("Failed to connect to Temporal server").
    return typeof inner !== 'number' || GRPC_UNAVAILABLE.has(inner);
  }
  if (TEMPORAL_CONNECT_MESSAGES.some((re) => re.test(err.message))) return true;
  // A raw gRPC error (it carries `metadata`) from the connection itself.
  return typeof grpcCode === 'number' && GRPC_UNAVAILABLE.has(grpcCode) && 'metadata' in err;
}

/** Which dependency an error says is unavailable, if any. Temporal first: its errors may wrap socket errors. */
export function unavailableDependency(err: unknown): Dependency | undefined {
  const chain = [...causes(err)];
  // An API error raised for Temporal not answering (the services map ServiceError to it).
  if (chain.some((e) => (e as { code?: unknown }).code === 'TEMPORAL.UNAVAILABLE' || isTemporalOutage(e))) {
    return 'temporal';
  }
  if (chain.some(isPgOutage)) return 'database';
  return undefined;
}

const OUTAGES: Record<Dependency, { code: string; vi: string; en: string }> = {
  database: {
    code: 'DEPENDENCY.DATABASE_UNAVAILABLE',
    vi: 'Cơ sở dữ liệu (PostgreSQL) tạm thời không sẵn sàng. Vui lòng thử lại sau ít giây (với cùng Idempotency-Key nếu yêu cầu có); thao tác đã thực hiện sẽ không bị lặp lại.',
    en: 'The database (PostgreSQL) is temporarily unavailable; retry in a few seconds (with the same Idempotency-Key, if the request has one).',
  },
  temporal: {
    code: 'DEPENDENCY.TEMPORAL_UNAVAILABLE',
    vi: 'Hệ thống xử lý quy trình (Temporal) tạm thời không phản hồi. Vui lòng thử lại sau ít giây (với cùng Idempotency-Key nếu yêu cầu có); thao tác đã thực hiện sẽ không bị lặp lại.',
    en: 'The workflow service (Temporal) is temporarily unavailable; retry in a few seconds with the same Idempotency-Key (nothing is applied twice).',
  },
};

/**
 * A dependency outage as a 503 problem naming what is unavailable, with a Retry-After; undefined
 * for any other error. An Update whose call timed out may or may not have been applied: it is a
 * 503 too, telling the client to retry with the same key (which never applies it twice).
 */
export function dependencyProblemSource(err: unknown): ProblemSource | undefined {
  if ([...causes(err)].some((e) => e instanceof WorkflowUpdateRPCTimeoutOrCancelledError)) {
    return {
      status: 503,
      code: 'COMMAND.OUTCOME_UNKNOWN',
      detailVi:
        'Chưa nhận được kết quả của thao tác trong thời gian chờ; thao tác có thể đã hoặc chưa được thực hiện. Vui lòng gửi lại với cùng Idempotency-Key để biết kết quả (thao tác không bị thực hiện hai lần).',
      detailEn:
        'The command did not answer in time and may or may not have been applied; retry with the same Idempotency-Key to learn its outcome (it is never applied twice).',
      details: { retryAfterSeconds: DEPENDENCY_RETRY_AFTER_SECONDS },
    };
  }
  const dependency = unavailableDependency(err);
  if (!dependency) return undefined;
  const outage = OUTAGES[dependency];
  return {
    status: 503,
    code: outage.code,
    detailVi: outage.vi,
    detailEn: outage.en,
    details: { dependency, retryAfterSeconds: DEPENDENCY_RETRY_AFTER_SECONDS },
  };
}
