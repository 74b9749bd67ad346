import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { assignTaskUpdate, claimTaskUpdate, recuseUpdate, releaseTaskUpdate } from '@vinhdanh/contracts';
import type { Database, NominationDetail, UserRole } from '@vinhdanh/db';
import type { OpenTask } from '@vinhdanh/domain';
import { POLICY } from '../auth/policy';
import { withDelegatedRoles, type Principal } from '../auth/principal';
import { CLOCK, DB, type Clock } from '../core/tokens';
import { RequestValidationError } from '../errors/api-error';
import { actorOf, APPROVER_ROLES } from '../nominations/access';
import { WorkflowUpdates, type CommandResult } from '../nominations/workflow-updates';
import { DEFAULT_READ_MODEL_WAIT_MS } from '../projector/read-your-writes';
import { ActingGuard } from './acting.guard';
import { findConflict } from './conflicts';
import type { AssignmentRequest, ClaimRequest, RecusalRequest, ReleaseRequest } from './tasks.schemas';
import { assignmentScopeOf, recusalUnitOf, workerTaskOf } from './task-actions';
import { AssigneeNotEligibleError } from './tasks.errors';

/** Who assigns within the unit: its chair or administrator (policy `task.assign`). */
const ASSIGN_ROLES: readonly UserRole[] = POLICY['task.assign'].roles;
/** Roles that may recuse from a nomination: anyone who could act on it at a unit of its route (policy `task.recuse`). */
const RECUSAL_ROLES: readonly UserRole[] = POLICY['task.recuse'].roles;

const optional = <K extends string, V>(key: K, value: V | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;

/** Claim, release, assign/reassign the open task of a nomination, and recusal; sent to its workflow as Updates. */
@Injectable()
export class TasksService {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly updates: WorkflowUpdates,
    private readonly acting: ActingGuard,
  ) {}

  /** Claim: an approver of the task's unit (or the nominator, for a revision at the nominating unit), not conflicted. */
  async claim(user: Principal, id: string, key: string, body: ClaimRequest, waitMs: number): Promise<CommandResult> {
    const n = await this.updates.load(id);
    const { task, roles } = workerTaskOf(user, n);
    await this.acting.refuseConflicted(withDelegatedRoles(user), n, task.unitId, roles);
    const context = this.acting.contextFor(withDelegatedRoles(user), roles, task.unitId);
    return this.updates.send(id, 'claim', user.id, key, waitMs, (handle, updateId) =>
      handle.executeUpdate(claimTaskUpdate, {
        updateId,
        args: [
          { actor: actorOf(user, task.unitId), taskSeq: body.taskSeq ?? task.taskSeq, ...optional('context', context) },
        ],
      }),
    );
  }

  /** Release: the holder (the workflow refuses anyone else with 409 naming the holder). */
  async release(
    user: Principal,
    id: string,
    key: string,
    body: ReleaseRequest,
    waitMs: number,
  ): Promise<CommandResult> {
    const n = await this.updates.load(id);
    const { task, roles } = workerTaskOf(user, n);
    const context = this.acting.contextFor(withDelegatedRoles(user), roles, task.unitId);
    return this.updates.send(id, 'release', user.id, key, waitMs, (handle, updateId) =>
      handle.executeUpdate(releaseTaskUpdate, {
        updateId,
        args: [
          {
            actor: actorOf(user, task.unitId),
            taskSeq: body.taskSeq ?? task.taskSeq,
            ...optional('reason', body.reason),
            ...optional('context', context),
          },
        ],
      }),
    );
  }

  /**
   * Assign or reassign the open task to a colleague holding an approver role at its unit. The
   * unit's chair or admin assigns within the unit; a unit admin of a unit above it on the route,
   * or a system admin, intervenes (a reason is then required). For administrators' screens too.
   */
  async assign(
    user: Principal,
    id: string,
    body: AssignmentRequest,
    key: string,
    waitMs: number = DEFAULT_READ_MODEL_WAIT_MS,
  ): Promise<CommandResult> {
    const n = await this.updates.load(id);
    const { task, within, above } = assignmentScopeOf(user, n);
    const acting = withDelegatedRoles(user);
    if (!within && body.reason === undefined) {
      throw new RequestValidationError([
        {
          field: 'reason',
          in: 'body',
          rule: 'required',
          message: 'Can thiệp của quản trị viên cấp trên cần nêu lý do.',
          message_en: "An administrator's intervention needs a reason.",
        },
      ]);
    }
    if (within) await this.acting.refuseConflicted(acting, n, task.unitId, ASSIGN_ROLES);
    const assignee = await this.eligibleAssignee(n, task, body.assigneeUserId);
    const actorUnit = within ? task.unitId : (above?.unitId ?? task.unitId);
    const context = within ? this.acting.contextFor(acting, ASSIGN_ROLES, task.unitId) : undefined;
    return this.updates.send(id, 'assign', user.id, key, waitMs, (handle, updateId) =>
      handle.executeUpdate(assignTaskUpdate, {
        updateId,
        args: [
          {
            actor: actorOf(user, actorUnit),
            assignee,
            taskSeq: body.taskSeq ?? task.taskSeq,
            ...optional('reason', body.reason),
            ...(within ? {} : { intervention: true }),
            ...optional('context', context),
          },
        ],
      }),
    );
  }

  /** Recusal: anyone with a role at a unit of the route (the open task's unit first) steps aside, with a reason. */
  async recuse(user: Principal, id: string, key: string, body: RecusalRequest, waitMs: number): Promise<CommandResult> {
    const n = await this.updates.load(id);
    const acting = withDelegatedRoles(user);
    const unitId = recusalUnitOf(user, n);
    const context = this.acting.contextFor(acting, RECUSAL_ROLES, unitId);
    return this.updates.send(id, 'recuse', user.id, key, waitMs, (handle, updateId) =>
      handle.executeUpdate(recuseUpdate, {
        updateId,
        args: [{ actor: actorOf(user, unitId), reason: body.reason, ...optional('context', context) }],
      }),
    );
  }

  /** The assignee: an active user with an approver role at the task's unit now, and not conflicted (422 otherwise). */
  private async eligibleAssignee(n: NominationDetail, task: OpenTask, userId: string) {
    const now = this.clock();
    const row = await this.db
      .selectFrom('users as u')
      .innerJoin('user_roles as r', 'r.user_id', 'u.id')
      .select(['u.id', 'u.full_name'])
      .where('u.id', '=', userId)
      .where('u.active', '=', true)
      .where('r.unit_id', '=', task.unitId)
      .where('r.role', 'in', APPROVER_ROLES)
      .where('r.valid_from', '<=', now)
      .where((eb) => eb.or([eb('r.valid_to', 'is', null), eb('r.valid_to', '>', now)]))
      .executeTakeFirst();
    if (!row) throw new AssigneeNotEligibleError(userId, task.unitId, 'not_approver');
    const person = { userId: row.id, name: row.full_name };
    const conflict = await findConflict(this.db, n, [person], task.unitId, now);
    if (conflict) throw new AssigneeNotEligibleError(userId, task.unitId, 'conflict', conflict);
    return person;
  }
}
