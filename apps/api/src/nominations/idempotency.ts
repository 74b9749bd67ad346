import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { HttpRequest as Request } from '../core/http.types';
import { IdempotencyKeyError } from './nominations.errors';

/** What an Idempotency-Key may look like. */
export const KEY_FORMAT = /^[A-Za-z0-9._:-]{8,128}$/;

/** Reads and checks the `Idempotency-Key` header (exported so a test can find every route that uses it). */
export function readIdempotencyKey(_data: unknown, ctx: ExecutionContext): string {
  const raw = ctx.switchToHttp().getRequest<Request>().headers['idempotency-key'];
  const key = Array.isArray(raw) ? raw[0] : raw;
  if (key === undefined || key.trim() === '') throw new IdempotencyKeyError('required');
  if (!KEY_FORMAT.test(key)) throw new IdempotencyKeyError('format');
  return key;
}

/** The request's `Idempotency-Key` header, required and checked (400 naming the header otherwise). */
export const IdempotencyKey = createParamDecorator(readIdempotencyKey);

/** A UUID from sha256(purpose, user id, key): the same user retrying with the same key gets the same id. */
export { deterministicUuid } from '@vinhdanh/projections';

/** The commands sent to a nomination's workflow as Updates (the prefix of their update ids). */
export type UpdateKind =
  | 'decide'
  | 'resubmit'
  | 'withdraw'
  | 'intake'
  | 'appraisal'
  | 'vote'
  | 'hold'
  | 'resume'
  | 'deadline'
  // Public disclosure.
  | 'objection'
  | 'objection-answer'
  | 'paper-disclosure'
  // Administrators' interventions.
  | 'remind'
  | 'force-return'
  | 'cancel'
  // Who holds a task, and recusal.
  | 'claim'
  | 'release'
  | 'assign'
  | 'recuse';

/** The Temporal update id of a command: per user, so two users' keys can never collide. */
export function updateIdOf(kind: UpdateKind, userId: string, key: string): string {
  return `${kind}:${userId}:${key}`;
}
