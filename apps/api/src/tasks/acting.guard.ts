import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import type { RequestContext } from '@vinhdanh/contracts';
import type { Database, NominationDetail, UserRole } from '@vinhdanh/db';
import { holdsAt, POLICY } from '../auth/policy';
import { delegatorAt, withDelegatedRoles, type Principal } from '../auth/principal';
import { CLOCK, DB, type Clock } from '../core/tokens';
import { conflictIn, findConflict, loadConflictFacts, type ConflictFacts, type Person } from './conflicts';
import { ConflictOfInterestError, TaskHeldError } from './tasks.errors';

/** Roles that act on a task (policy `nomination.decide`); a chair may also act on a task someone else holds. */
const APPROVERS: readonly UserRole[] = POLICY['nomination.decide'].roles;

/**
 * What every command on a nomination's task checks besides roles: conflicts of
 * interest, who holds the task, and on whose behalf a delegate acts. Used by decisions,
 * procedure steps and the task commands.
 */
@Injectable()
export class ActingGuard {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The request context of a caller acting at `unitId` with one of `roles`: `onBehalfOf` when a delegation lends them. */
  contextFor(user: Principal, roles: readonly UserRole[], unitId: string): RequestContext | undefined {
    const delegator = delegatorAt(user, roles, unitId);
    return delegator ? { onBehalfOf: delegator.userId } : undefined;
  }

  /** The people whose conflicts count when the caller acts at `unitId`: the caller, and whom they stand in for. */
  peopleActing(user: Principal, roles: readonly UserRole[], unitId: string): Person[] {
    const delegator = delegatorAt(user, roles, unitId);
    const people = [{ userId: user.id, name: user.fullName }];
    return delegator ? [...people, { userId: delegator.userId, name: delegator.fullName }] : people;
  }

  /**
   * The conflict facts of the caller and everyone they stand in for, for many nominations at once:
   * a list (the inbox) checks each row against them instead of reading per row.
   */
  factsFor(user: Principal, nominations: readonly NominationDetail[]): Promise<ConflictFacts> {
    const ids = [user.id, ...(user.delegated ?? []).map((g) => g.delegator.userId)];
    return loadConflictFacts(
      this.db,
      ids,
      nominations.map((n) => n.state.ruleSetVersion),
      this.clock(),
    );
  }

  /**
   * Refuses (403) when the caller, or the colleague they stand in for, is conflicted on the
   * nomination; from `facts` when a list read them already ({@link factsFor}).
   */
  async refuseConflicted(
    user: Principal,
    n: NominationDetail,
    unitId: string,
    roles = APPROVERS,
    facts?: ConflictFacts,
  ): Promise<void> {
    const people = this.peopleActing(user, roles, unitId);
    const conflict = facts
      ? conflictIn(facts, n, people, unitId)
      : await findConflict(this.db, n, people, unitId, this.clock());
    if (conflict) throw new ConflictOfInterestError(conflict);
  }

  /**
   * Checks a decision or procedure step at `unitId` and returns its request context. When someone
   * else holds the task, the unit's chair may still act (the chair answers for the unit's work and
   * signs anyway); any other reviewer is refused with 409 naming the holder, so work is not done
   * twice; they ask the holder to release it or the chair to reassign it. A delegate acting for
   * the holder acts as the holder. The read model's holder can lag a claim by a moment; the
   * workflow then decides on the state it has, which is acceptable for a rule about etiquette.
   */
  async check(
    user: Principal,
    n: NominationDetail,
    unitId: string,
    facts?: ConflictFacts,
  ): Promise<RequestContext | undefined> {
    const acting = withDelegatedRoles(user);
    await this.refuseConflicted(acting, n, unitId, APPROVERS, facts);
    const context = this.contextFor(acting, APPROVERS, unitId);
    const task = n.state.openTask;
    const holder = task?.unitId === unitId ? task.holder : undefined;
    const mine = holder && (holder.userId === user.id || holder.userId === context?.onBehalfOf);
    if (holder && !mine && !holdsAt(user, 'task.actOnHeld', unitId)) throw new TaskHeldError(holder, unitId);
    return context;
  }
}
