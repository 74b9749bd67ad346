import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '@vinhdanh/db';
import type { EventStore } from '@vinhdanh/event-store';
import type { Principal } from '../auth/principal';
import { CLOCK, DB, type Clock } from '../core/tokens';
import { ApiError } from '../errors/api-error';
import { deterministicUuid } from '../nominations/idempotency';
import { EVENT_STORE } from '../projector/projector.tokens';

const text = (field: string, max: number) =>
  z
    .string({ error: `${field} must be text` })
    .trim()
    .min(1, { error: `${field} must not be empty` })
    .max(max, { error: `${field} must be at most ${max} characters` });

/** Body of `POST /api/me/relatives`: a person the caller declares as a relative (conflict of interest). */
export const RelativeRequest = z.strictObject({
  personKey: text('personKey', 128),
  fullName: text('fullName', 200),
  /** e.g. "vợ", "con", "anh ruột". */
  relation: text('relation', 100),
});
/** Body of a relative declaration. */
export type RelativeRequest = z.infer<typeof RelativeRequest>;

/** A declared relative. */
export interface RelativeView {
  id: string;
  personKey: string;
  fullName: string;
  relation: string;
  declaredAt: string;
}

/** A relative with this person key is already declared (409). */
export class RelativeAlreadyDeclaredError extends ApiError {
  constructor(personKey: string) {
    super(
      'RELATIVE.ALREADY_EXISTS',
      `Người thân có mã ${personKey} đã được khai báo.`,
      `A relative with person key ${personKey} is already declared.`,
      { personKey, field: 'personKey' },
    );
    this.name = 'RelativeAlreadyDeclaredError';
  }
}

/** Stream of a user's relative declarations: `relatives-<user id>`. */
export const relativesStreamId = (userId: string): string => `relatives-${userId}`;

/** Kê khai người thân: declarations a user makes so that they cannot act on a relative's nomination. */
@Injectable()
export class RelativesService {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  /** The caller's declarations, oldest first. */
  async list(user: Principal): Promise<RelativeView[]> {
    const rows = await this.db
      .selectFrom('relative_declarations')
      .selectAll()
      .where('user_id', '=', user.id)
      .orderBy('declared_at')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      personKey: r.person_key,
      fullName: r.full_name,
      relation: r.relation,
      declaredAt: r.declared_at.toISOString(),
    }));
  }

  /** Declares a relative: a row and a `RelativeDeclared` event in one transaction (the same key returns it). */
  async declare(user: Principal, key: string, body: RelativeRequest): Promise<RelativeView> {
    const id = deterministicUuid('relative', user.id, key);
    const now = this.clock().toISOString();
    const existing = await this.db
      .selectFrom('relative_declarations')
      .select(['id', 'person_key'])
      .where('user_id', '=', user.id)
      .where('person_key', '=', body.personKey)
      .executeTakeFirst();
    if (existing && existing.id !== id) throw new RelativeAlreadyDeclaredError(body.personKey);
    if (!existing) {
      const result = await this.insert(user, id, body, now);
      this.store.notifyAppended(result);
    }
    const all = await this.list(user);
    const view = all.find((r) => r.id === id);
    if (!view) throw new RelativeAlreadyDeclaredError(body.personKey);
    return view;
  }

  private async insert(user: Principal, id: string, body: RelativeRequest, now: string) {
    try {
      return await this.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('relative_declarations')
          .values({
            id,
            user_id: user.id,
            person_key: body.personKey,
            full_name: body.fullName,
            relation: body.relation,
            declared_at: now,
          })
          .execute();
        const data = { declarationId: id, personKey: body.personKey, fullName: body.fullName, relation: body.relation };
        return this.store.appendInTransaction(trx, relativesStreamId(user.id), 'any', [
          {
            eventId: id,
            type: 'RelativeDeclared',
            data,
            metadata: { actor: user.id, actorName: user.fullName },
            occurredAt: now,
          },
        ]);
      });
    } catch (err) {
      // A concurrent declaration of the same person (unique per user and person key).
      if ((err as { code?: string }).code === '23505') throw new RelativeAlreadyDeclaredError(body.personKey);
      throw err;
    }
  }
}
