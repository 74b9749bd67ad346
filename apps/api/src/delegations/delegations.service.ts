import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import type { Database } from '@vinhdanh/db';
import type { EventStore } from '@vinhdanh/event-store';
import { ForbiddenError } from '../auth/auth.errors';
import { hasRoleAt, type Principal } from '../auth/principal';
import { CLOCK, DB, type Clock } from '../core/tokens';
import { RequestValidationError, ResourceNotFoundError, type FieldError } from '../errors/api-error';
import { deterministicUuid } from '../nominations/idempotency';
import { EVENT_STORE } from '../projector/projector.tokens';
import { DELEGABLE_ROLES } from './delegated-grants';
import { DelegationClosedError, DelegationOverlapsError } from './delegations.errors';
import { MAX_DELEGATION_DAYS, type CreateDelegationRequest, type RevokeDelegationRequest } from './delegations.schemas';
import { delegationsOf, findDelegation, type DelegationView } from './delegations.view';

const DAY_MS = 86_400_000;
/** A start this far in the past still counts as "now" (clock skew between the browser and the API). */
const START_SLACK_MS = 5 * 60_000;
const field = (name: string, rule: string, message: string, message_en: string): FieldError => ({
  field: name,
  in: 'body',
  rule,
  message,
  message_en,
});

/** Stream of a delegation's events: `delegation-<id>`. */
export const delegationStreamId = (id: string): string => `delegation-${id}`;

/**
 * Ủy quyền: a user on leave lends their approver roles at one unit to a colleague for a time box.
 * Each change is a row and an event of `delegation-<id>`, written in one transaction.
 */
@Injectable()
export class DelegationsService {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  /** Creates a delegation (the same Idempotency-Key returns the one it created). */
  async create(user: Principal, key: string, body: CreateDelegationRequest): Promise<DelegationView> {
    const now = this.clock();
    const id = deterministicUuid('delegation', user.id, key);
    const existing = await findDelegation(this.db, id, now);
    if (existing) return existing;
    const startsAt = body.startsAt ? new Date(body.startsAt) : now;
    const endsAt = new Date(body.endsAt);
    this.validatePeriod(user, body, startsAt, endsAt, now);
    const roles = user.roles
      .filter((g) => g.unitId === body.unitId && DELEGABLE_ROLES.includes(g.role))
      .map((g) => g.role);
    if (roles.length === 0) throw new ForbiddenError(DELEGABLE_ROLES, body.unitId);
    const delegate = await this.db
      .selectFrom('users')
      .select(['id', 'full_name'])
      .where('id', '=', body.delegateUserId)
      .where('active', '=', true)
      .executeTakeFirst();
    if (!delegate) throw new ResourceNotFoundError('USER', body.delegateUserId, 'người được ủy quyền');
    const overlapping = await this.db
      .selectFrom('delegations as d')
      .innerJoin('users as b', 'b.id', 'd.delegate_id')
      .select(['d.id', 'd.starts_at', 'd.ends_at', 'b.full_name'])
      .where('d.delegator_id', '=', user.id)
      .where('d.unit_id', '=', body.unitId)
      .where('d.revoked_at', 'is', null)
      .where('d.starts_at', '<', endsAt)
      .where('d.ends_at', '>', startsAt)
      .executeTakeFirst();
    if (overlapping) {
      throw new DelegationOverlapsError({
        id: overlapping.id,
        startsAt: overlapping.starts_at.toISOString(),
        endsAt: overlapping.ends_at.toISOString(),
        delegateName: overlapping.full_name,
      });
    }
    const data = {
      delegationId: id,
      delegatorId: user.id,
      delegateId: delegate.id,
      delegateName: delegate.full_name,
      unitId: body.unitId,
      roles,
      startsAt: startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
      reason: body.reason,
    };
    const result = await this.db.transaction().execute(async (trx) => {
      const inserted = await trx
        .insertInto('delegations')
        .values({
          id,
          delegator_id: user.id,
          delegate_id: delegate.id,
          unit_id: body.unitId,
          roles,
          starts_at: data.startsAt,
          ends_at: data.endsAt,
          reason: body.reason,
          created_at: now.toISOString(),
          create_key: key,
        })
        .onConflict((oc) => oc.doNothing())
        .returning('id')
        .executeTakeFirst();
      // A concurrent retry with the same key already wrote it: answer with that one.
      if (!inserted) return null;
      const metadata = { actor: user.id, actorName: user.fullName, reason: body.reason };
      return this.store.appendInTransaction(trx, delegationStreamId(id), 'no_stream', [
        { eventId: id, type: 'DelegationGranted', data, metadata, occurredAt: now.toISOString() },
      ]);
    });
    if (result) this.store.notifyAppended(result);
    return this.mustFind(id);
  }

  /** The caller's delegations, given and received, with their status now. */
  list(user: Principal): Promise<{ given: DelegationView[]; received: DelegationView[] }> {
    return delegationsOf(this.db, user.id, this.clock());
  }

  /** Ends a delegation early: the delegator (or a system admin). A retry by the same user answers with it. */
  async revoke(user: Principal, id: string, key: string, body: RevokeDelegationRequest): Promise<DelegationView> {
    const now = this.clock();
    const found = await findDelegation(this.db, id, now);
    if (!found) throw new ResourceNotFoundError('DELEGATION', id, 'ủy quyền');
    if (found.delegator.userId !== user.id && !hasRoleAt(user, ['system_admin'])) {
      throw new ForbiddenError(['system_admin'], found.unitId);
    }
    const eventId = deterministicUuid('delegation-revoke', user.id, key);
    if (found.revoked) {
      const mine = await this.store.readStream(delegationStreamId(id));
      if (mine.some((e) => e.eventId === eventId)) return found;
      throw new DelegationClosedError(id, 'revoked', found.revoked.at);
    }
    if (found.status === 'ended') throw new DelegationClosedError(id, 'ended', found.endsAt);
    const result = await this.db.transaction().execute(async (trx) => {
      const updated = await trx
        .updateTable('delegations')
        .set({ revoked_at: now.toISOString(), revoked_by: user.id, revoke_reason: body.reason ?? null })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .returning('id')
        .executeTakeFirst();
      if (!updated) return null;
      const data = { delegationId: id, revokedAt: now.toISOString(), ...(body.reason ? { reason: body.reason } : {}) };
      const metadata = { actor: user.id, actorName: user.fullName, ...(body.reason ? { reason: body.reason } : {}) };
      return this.store.appendInTransaction(trx, delegationStreamId(id), 'any', [
        { eventId, type: 'DelegationRevoked', data, metadata, occurredAt: now.toISOString() },
      ]);
    });
    if (!result) throw new DelegationClosedError(id, 'revoked', now.toISOString());
    this.store.notifyAppended(result);
    return this.mustFind(id);
  }

  private validatePeriod(user: Principal, body: CreateDelegationRequest, startsAt: Date, endsAt: Date, now: Date) {
    const errors: FieldError[] = [];
    if (body.delegateUserId === user.id) {
      errors.push(
        field(
          'delegateUserId',
          'not_self',
          'Không thể tự ủy quyền cho chính mình.',
          'You cannot delegate to yourself.',
        ),
      );
    }
    if (startsAt.getTime() < now.getTime() - START_SLACK_MS) {
      errors.push(
        field('startsAt', 'not_past', 'Thời điểm bắt đầu không được ở quá khứ.', 'startsAt must not be in the past.'),
      );
    }
    if (endsAt <= startsAt) {
      errors.push(
        field(
          'endsAt',
          'after_start',
          'Thời điểm kết thúc phải sau thời điểm bắt đầu.',
          'endsAt must be after startsAt.',
        ),
      );
    } else if (endsAt.getTime() - startsAt.getTime() > MAX_DELEGATION_DAYS * DAY_MS) {
      errors.push(
        field(
          'endsAt',
          'max_duration',
          `Ủy quyền tối đa ${MAX_DELEGATION_DAYS} ngày.`,
          `A delegation lasts at most ${MAX_DELEGATION_DAYS} days.`,
        ),
      );
    }
    if (errors.length > 0) throw new RequestValidationError(errors);
  }

  private async mustFind(id: string): Promise<DelegationView> {
    const view = await findDelegation(this.db, id, this.clock());
    if (!view) throw new ResourceNotFoundError('DELEGATION', id, 'ủy quyền');
    return view;
  }
}
