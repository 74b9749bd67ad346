import { createHash } from 'node:crypto';
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

/**
 * A UUID (version 8, RFC 9562 "custom") from sha256(purpose, user id, key): the same user retrying
 * with the same key gets the same id, so a retried POST finds the nomination it already started.
 */
export function deterministicUuid(purpose: string, userId: string, key: string): string {
  const bytes = createHash('sha256').update(`${purpose}\u0000${userId}\u0000${key}`).digest().subarray(0, 16);
  bytes.writeUInt8((bytes.readUInt8(6) & 0x0f) | 0x80, 6);
  bytes.writeUInt8((bytes.readUInt8(8) & 0x3f) | 0x80, 8);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

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
