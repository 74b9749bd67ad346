import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { delegationStreamId } from '@vinhdanh/contracts';
import type { Database } from '@vinhdanh/db';
import {
  delegationAggregate,
  DelegationError,
  type DelegationCommand,
  type DelegationProblem,
  type GrantDelegation,
} from '@vinhdanh/domain';
import { ForbiddenError } from '../auth/auth.errors';
import { may, rolesFor } from '../auth/policy';
import type { Principal } from '../auth/principal';
import { actorOf, CommandHandler } from '../core/command-handler';
import { CLOCK, DB, type Clock } from '../core/tokens';
import { RequestValidationError, ResourceNotFoundError, type FieldError } from '../errors/api-error';
import { deterministicUuid } from '../nominations/idempotency';
import { DELEGABLE_ROLES } from './delegated-grants';
import type { CreateDelegationRequest, RevokeDelegationRequest } from './delegations.schemas';
import { projectDelegationEvents } from './delegations.projection';
import { delegationsOf, findDelegation, type DelegationView } from './delegations.view';

/**
 * Ủy quyền: a user on leave lends their approver roles at one unit to a colleague for a time box.
 * Each change is an event of `delegation-<id>` decided by the delegation aggregate, and its row, in
 * one transaction (the command handler).
 */
@Injectable()
export class DelegationsService {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly commands: CommandHandler,
  ) {}

  /** Creates a delegation (the same Idempotency-Key returns the one it created). */
  async create(user: Principal, key: string, body: CreateDelegationRequest): Promise<DelegationView> {
    const now = this.clock();
    const id = deterministicUuid('delegation', user.id, key);
    const existing = await findDelegation(this.db, id, now);
    if (existing) return existing;
    const startsAt = body.startsAt ? new Date(body.startsAt) : now;
    const endsAt = new Date(body.endsAt);
    const roles = user.roles
      .filter((g) => g.unitId === body.unitId && DELEGABLE_ROLES.includes(g.role))
      .map((g) => g.role);
    const delegate = await this.db
      .selectFrom('users')
      .select(['id', 'full_name'])
      .where('id', '=', body.delegateUserId)
      .where('active', '=', true)
      .executeTakeFirst();
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
    const command: GrantDelegation = {
      type: 'GrantDelegation',
      now: now.toISOString(),
      delegationId: id,
      delegatorId: user.id,
      delegate: { id: body.delegateUserId, name: delegate?.full_name ?? '' },
      unitId: body.unitId,
      roles,
      startsAt: startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
      reason: body.reason,
      overlapping: overlapping
        ? {
            id: overlapping.id,
            startsAt: overlapping.starts_at.toISOString(),
            endsAt: overlapping.ends_at.toISOString(),
            delegateName: overlapping.full_name,
          }
        : null,
    };
    // The period is the domain's rule and is checked first, as it always was; then who may lend what to whom.
    const problems = decideProblems({ ...command, overlapping: null });
    if (problems) throw problems;
    if (roles.length === 0) throw new ForbiddenError(DELEGABLE_ROLES, body.unitId);
    if (!delegate) throw new ResourceNotFoundError('USER', body.delegateUserId, 'người được ủy quyền');
    await this.run(user, command, { purpose: 'delegation-grant', key }, body.reason);
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
    if (found.delegator.userId !== user.id && !may(user, 'delegation.revokeAny')) {
      throw new ForbiddenError(rolesFor('delegation.revokeAny'), found.unitId);
    }
    await this.run(
      user,
      { type: 'RevokeDelegation', now: now.toISOString(), delegationId: id, reason: body.reason ?? null },
      { purpose: 'delegation-revoke', key },
      body.reason,
    );
    return this.mustFind(id);
  }

  private async run(
    user: Principal,
    command: DelegationCommand,
    idempotency: { purpose: string; key: string },
    reason: string | undefined,
  ): Promise<void> {
    try {
      await this.commands.execute({
        aggregate: delegationAggregate,
        streamId: delegationStreamId(command.delegationId),
        command,
        actor: actorOf(user),
        reason,
        idempotency,
        project: projectDelegationEvents,
      });
    } catch (err) {
      throw err instanceof DelegationError ? toApiError(err) : err;
    }
  }

  private async mustFind(id: string): Promise<DelegationView> {
    const view = await findDelegation(this.db, id, this.clock());
    if (!view) throw new ResourceNotFoundError('DELEGATION', id, 'ủy quyền');
    return view;
  }
}

/** Runs the domain's period and overlap checks before anything else is looked at; the refusal, if any. */
function decideProblems(command: GrantDelegation): Error | null {
  try {
    delegationAggregate.decide(command, null);
    return null;
  } catch (err) {
    return err instanceof DelegationError ? toApiError(err) : (err as Error);
  }
}

/** The domain's refusal as the API answers it: a period problem names its field (400). */
function toApiError(err: DelegationError): Error {
  if (err.code !== 'DELEGATION.INVALID_PERIOD') return err;
  const problems = err.details['problems'] as DelegationProblem[];
  return new RequestValidationError(
    problems.map((p): FieldError => ({
      field: p.field,
      in: 'body',
      rule: p.rule,
      message: p.messageVi,
      message_en: p.messageEn,
    })),
  );
}
