import { createHash } from 'node:crypto';
import { Inject, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import type { Kysely } from 'kysely';
import { catchError, from, mergeMap, type Observable } from 'rxjs';
import type { Database } from '@vinhdanh/db';
import type { HttpRequest as Request } from '../core/http.types';
import { timeStage } from '../core/stage-timings';
import { CLOCK, DB, type Clock } from '../core/tokens';
import { ApiError } from '../errors/api-error';
import { toProblemSource } from '../errors/problem';
import { KEY_FORMAT, readIdempotencyKey } from './idempotency';

/** What each Idempotency-Key was first used for (migration 0810). */
interface IdempotencyFingerprintsTable {
  user_id: string;
  idempotency_key: string;
  fingerprint: string;
  method: string;
  path: string;
  created_at: Date;
}
type FingerprintDb = Kysely<Database & { idempotency_fingerprints: IdempotencyFingerprintsTable }>;

/** The same Idempotency-Key sent with another command or another body (409), on any command. */
export class IdempotencyKeyConflictError extends ApiError {
  constructor() {
    super(
      'IDEMPOTENCY.KEY_REUSED',
      'Mã Idempotency-Key này đã được dùng cho một yêu cầu khác (khác thao tác hoặc khác nội dung); hãy dùng mã mới.',
      'This Idempotency-Key was already used for a different request (another command or another body); use a new key.',
      { field: 'Idempotency-Key' },
    );
    this.name = 'IdempotencyKeyConflictError';
  }
}

/** JSON with object keys sorted, so the same body in another key order has the same fingerprint. */
function canonical(value: unknown): string {
  if (Buffer.isBuffer(value)) return `bytes:${createHash('sha256').update(value).digest('hex')}`;
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

function usesIdempotencyKey(ctx: ExecutionContext): boolean {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, ctx.getClass(), ctx.getHandler().name) ?? {}) as Record<
    string,
    { factory?: unknown }
  >;
  return Object.values(args).some((a) => a.factory === readIdempotencyKey);
}

/** The status the problem filter will answer with (domain refusals included), 500 for a bug. */
function statusOf(err: unknown): number {
  return toProblemSource(err)?.status ?? 500;
}

/**
 * The one place where every command's Idempotency-Key is bound to what it was sent with: the
 * first use per user stores a fingerprint of method, path and canonical body; a later use with a
 * different fingerprint is refused with 409 `IDEMPOTENCY.KEY_REUSED` before the command runs,
 * instead of silently answering with the first command's outcome. A request refused with a 4xx
 * releases its key (nothing was done, so a corrected retry may use it); after a 5xx the outcome is
 * unknown and the key stays bound.
 */
@Injectable()
export class IdempotencyFingerprintInterceptor implements NestInterceptor {
  private readonly db: FingerprintDb;

  constructor(
    @Inject(DB) db: Kysely<Database>,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.db = db.withTables<{ idempotency_fingerprints: IdempotencyFingerprintsTable }>();
  }

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (ctx.getType() !== 'http' || !usesIdempotencyKey(ctx)) return next.handle();
    const req = ctx.switchToHttp().getRequest<Request & { body?: unknown }>();
    const raw = req.headers['idempotency-key'];
    const key = Array.isArray(raw) ? raw[0] : raw;
    // A missing or malformed key is the parameter decorator's 400.
    if (!req.user || key === undefined || !KEY_FORMAT.test(key)) return next.handle();
    const userId = req.user.id;
    const path = req.originalUrl;
    const fingerprint = createHash('sha256')
      .update(`${req.method}\u0000${path}\u0000${canonical(req.body)}`)
      .digest('hex');
    return from(timeStage('idempotency', () => this.bind(userId, key, fingerprint, req.method, path))).pipe(
      mergeMap((claimed) =>
        next.handle().pipe(
          catchError(async (err: unknown) => {
            const status = statusOf(err);
            if (claimed && status >= 400 && status < 500) await this.release(userId, key);
            throw err;
          }),
        ),
      ),
    );
  }

  /** Binds the key to the fingerprint; true when this request bound it, throws when bound to another. */
  private async bind(userId: string, key: string, fingerprint: string, method: string, path: string): Promise<boolean> {
    const inserted = await this.db
      .insertInto('idempotency_fingerprints')
      .values({ user_id: userId, idempotency_key: key, fingerprint, method, path, created_at: this.clock() })
      .onConflict((oc) => oc.columns(['user_id', 'idempotency_key']).doNothing())
      .returning('fingerprint')
      .executeTakeFirst();
    if (inserted) return true;
    const existing = await this.db
      .selectFrom('idempotency_fingerprints')
      .select('fingerprint')
      .where('user_id', '=', userId)
      .where('idempotency_key', '=', key)
      .executeTakeFirst();
    if (existing && existing.fingerprint !== fingerprint) throw new IdempotencyKeyConflictError();
    return false;
  }

  private async release(userId: string, key: string): Promise<void> {
    await this.db
      .deleteFrom('idempotency_fingerprints')
      .where('user_id', '=', userId)
      .where('idempotency_key', '=', key)
      .execute();
  }
}
