import { Inject, Injectable } from '@nestjs/common';
import { ServiceError, WorkflowNotFoundError, type Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import {
  decideUpdate,
  nominationWorkflowId,
  resubmitUpdate,
  withdrawUpdate,
  type CommandOutcome,
} from '@vinhdanh/contracts';
import { getNomination, type Database, type NominationDetail } from '@vinhdanh/db';
import type { OrgLevel } from '@vinhdanh/domain';
import { ForbiddenError } from '../auth/auth.errors';
import { hasRoleAt, type Principal } from '../auth/principal';
import { ResourceNotFoundError } from '../errors/api-error';
import { DB, TEMPORAL_CLIENT } from '../core/tokens';
import { ReadYourWrites } from '../projector/read-your-writes';
import { actorOf, APPROVER_ROLES, revisionRolesAt } from './access';
import { updateIdOf } from './idempotency';
import { NominationClosedError, TemporalUnavailableError } from './nominations.errors';
import type { DecisionRequest, ResubmissionRequest, WithdrawalRequest } from './nominations.schemas';

/** A command's answer: what Temporal wrote, and the nomination as the read model shows it afterwards. */
export interface CommandResult {
  outcome: CommandOutcome;
  readModelCaughtUp: boolean;
  nomination: NominationDetail;
}

/** Sends decisions, resubmissions and withdrawals to the nomination's workflow as Updates. */
@Injectable()
export class CommandsService {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  /**
   * Decides on the open review. The level and unit are the open task's when the caller approves
   * there; otherwise the route step where they approve, so a late second approver hears from the
   * workflow who decided (409) rather than a 403.
   */
  async decide(
    user: Principal,
    id: string,
    key: string,
    body: DecisionRequest,
    waitMs: number,
  ): Promise<CommandResult> {
    const nomination = await this.load(id);
    const task = nomination.currentTask;
    const step =
      task?.kind === 'review' && hasRoleAt(user, APPROVER_ROLES, task.unitId)
        ? { level: task.level, unitId: task.unitId }
        : [...nomination.route].reverse().find((s) => hasRoleAt(user, APPROVER_ROLES, s.unitId));
    if (!step) throw new ForbiddenError(APPROVER_ROLES, task?.unitId ?? nomination.nominatingUnitId);
    return this.send(id, 'decide', user.id, key, waitMs, (handle, updateId) =>
      handle.executeUpdate(decideUpdate, {
        updateId,
        args: [
          {
            actor: actorOf(user, step.unitId),
            decision: body.decision,
            level: step.level as OrgLevel,
            unitId: step.unitId,
            ...(body.reason !== undefined ? { reason: body.reason } : {}),
            ...(body.decisionNumber !== undefined ? { decisionNumber: body.decisionNumber } : {}),
            ...(body.taskSeq !== undefined ? { taskSeq: body.taskSeq } : {}),
          },
        ],
      }),
    );
  }

  /** Resubmits after a return, from the unit holding the revision task. */
  async resubmit(
    user: Principal,
    id: string,
    key: string,
    body: ResubmissionRequest,
    waitMs: number,
  ): Promise<CommandResult> {
    const nomination = await this.load(id);
    const task = nomination.currentTask;
    const unitId = task?.kind === 'revision' ? task.unitId : nomination.nominatingUnitId;
    const roles = revisionRolesAt(unitId, nomination.nominatingUnitId);
    if (!hasRoleAt(user, roles, unitId)) throw new ForbiddenError(roles, unitId);
    return this.send(id, 'resubmit', user.id, key, waitMs, (handle, updateId) =>
      handle.executeUpdate(resubmitUpdate, {
        updateId,
        args: [
          {
            actor: actorOf(user, unitId),
            ...(body.note !== undefined ? { note: body.note } : {}),
            ...(body.dossier !== undefined ? { dossier: body.dossier } : {}),
            ...(body.taskSeq !== undefined ? { taskSeq: body.taskSeq } : {}),
          },
        ],
      }),
    );
  }

  /** Withdraws the nomination: a nominator of the nominating unit, before the final decision. */
  async withdraw(
    user: Principal,
    id: string,
    key: string,
    body: WithdrawalRequest,
    waitMs: number,
  ): Promise<CommandResult> {
    const nomination = await this.load(id);
    const unitId = nomination.nominatingUnitId;
    if (!hasRoleAt(user, ['nominator'], unitId)) throw new ForbiddenError(['nominator'], unitId);
    return this.send(id, 'withdraw', user.id, key, waitMs, (handle, updateId) =>
      handle.executeUpdate(withdrawUpdate, { updateId, args: [{ actor: actorOf(user, unitId), reason: body.reason }] }),
    );
  }

  private async load(id: string): Promise<NominationDetail> {
    const nomination = await getNomination(this.db, id);
    if (!nomination) throw new ResourceNotFoundError('NOMINATION', id, 'hồ sơ đề nghị');
    return nomination;
  }

  private async send(
    id: string,
    kind: 'decide' | 'resubmit' | 'withdraw',
    userId: string,
    key: string,
    waitMs: number,
    run: (handle: ReturnType<Client['workflow']['getHandle']>, updateId: string) => Promise<CommandOutcome>,
  ): Promise<CommandResult> {
    const handle = this.temporal.workflow.getHandle(nominationWorkflowId(id));
    let outcome: CommandOutcome;
    try {
      outcome = await run(handle, updateIdOf(kind, userId, key));
    } catch (err) {
      // The workflow completes with the final decision; later commands find no running execution.
      if (err instanceof WorkflowNotFoundError) throw new NominationClosedError(id, (await this.load(id)).status);
      if (err instanceof ServiceError) throw new TemporalUnavailableError(err);
      throw err;
    }
    const readModelCaughtUp = await this.readYourWrites.waitForNominationVersion(id, outcome.version, waitMs);
    return { outcome, readModelCaughtUp, nomination: await this.load(id) };
  }
}
