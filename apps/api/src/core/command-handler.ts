import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import type { Database } from '@vinhdanh/db';
import type { EventStore } from '@vinhdanh/event-store';
import { CommandRunner, type CommandActor } from '@vinhdanh/projections';
import { hasRoleAt, type Principal } from '../auth/principal';
import { ApiError } from '../errors/api-error';
import { EVENT_STORE } from '../projector/projector.tokens';
import { DB } from './tokens';

export {
  followUp,
  type CommandActor,
  type CommandRequest,
  type CommandResult,
  type FollowUp,
  type StoredEvent,
} from '@vinhdanh/projections';

/** The actor of a signed-in user. */
export function actorOf(user: Principal): CommandActor {
  const role = hasRoleAt(user, ['system_admin']) ? 'system_admin' : 'unit_admin';
  const unitId = user.roles.find((g) => g.role === role)?.unitId ?? user.roles[0]?.unitId ?? null;
  return { id: user.id, name: user.fullName, username: user.username, unitId };
}

/** Another writer changed the aggregate between loading and appending (409). */
export class ConcurrentChangeError extends ApiError {
  constructor(label: { vi: string; en: string }, streamId: string) {
    super(
      'AGGREGATE.CONFLICT',
      `Dữ liệu ${label.vi} vừa được người khác thay đổi. Vui lòng tải lại rồi thử lại.`,
      `The ${label.en} was changed by someone else meanwhile. Reload and try again.`,
      { streamId },
    );
    this.name = 'ConcurrentChangeError';
  }
}

/** The Idempotency-Key was already used for a different target (409). */
export class IdempotencyKeyReusedError extends ApiError {
  constructor() {
    super(
      'IDEMPOTENCY.KEY_REUSED',
      'Mã chống gửi trùng (Idempotency-Key) này đã được dùng cho một thao tác khác.',
      'This Idempotency-Key was already used for another action.',
      { field: 'Idempotency-Key' },
    );
    this.name = 'IdempotencyKeyReusedError';
  }
}

/**
 * The one way state other than a nomination changes (the runner in `@vinhdanh/projections`, shared
 * with the worker's activities): load the aggregate's stream, fold it with `evolve`, run the pure
 * `decide` (time on the command), append at the version loaded and write the read model, all in one
 * transaction; a concurrent writer makes it a 409, never a lost update.
 */
@Injectable()
export class CommandHandler extends CommandRunner {
  constructor(@Inject(DB) db: Kysely<Database>, @Inject(EVENT_STORE) store: EventStore) {
    super(db, store, {
      conflict: (label, streamId) => new ConcurrentChangeError(label, streamId),
      keyReused: () => new IdempotencyKeyReusedError(),
    });
  }
}
