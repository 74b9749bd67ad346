import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '@vinhdanh/db';
import { relativesStreamId } from '@vinhdanh/contracts';
import { RelativeAlreadyDeclaredError, relativesAggregate } from '@vinhdanh/domain';
import type { Principal } from '../auth/principal';
import { actorOf, CommandHandler } from '../core/command-handler';
import { CLOCK, DB, type Clock } from '../core/tokens';
import { deterministicUuid } from '../nominations/idempotency';
import { projectRelativesEvents } from './relatives.projection';

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

/** Kê khai người thân: declarations a user makes so that they cannot act on a relative's nomination. */
@Injectable()
export class RelativesService {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly commands: CommandHandler,
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

  /** Declares a relative through the relatives aggregate: its event and row in one transaction (the same key returns it). */
  async declare(user: Principal, key: string, body: RelativeRequest): Promise<RelativeView> {
    const id = deterministicUuid('relative', user.id, key);
    try {
      await this.commands.execute({
        aggregate: relativesAggregate,
        streamId: relativesStreamId(user.id),
        command: { type: 'DeclareRelative', now: this.clock().toISOString(), declarationId: id, ...body },
        actor: actorOf(user),
        project: (trx, events) => projectRelativesEvents(trx, events, user.id),
      });
    } catch (err) {
      // A concurrent declaration of the same person (unique per user and person key).
      if ((err as { code?: string }).code === '23505') throw new RelativeAlreadyDeclaredError(body.personKey);
      throw err;
    }
    const view = (await this.list(user)).find((r) => r.id === id);
    if (!view) throw new RelativeAlreadyDeclaredError(body.personKey);
    return view;
  }
}
