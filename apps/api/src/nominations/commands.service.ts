import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import type { Database } from '@vinhdanh/db';
import { decideUpdate, resubmitUpdate, withdrawUpdate, type RequestContext } from '@vinhdanh/contracts';
import type { OrgLevel } from '@vinhdanh/domain';
import { ForbiddenError } from '../auth/auth.errors';
import { hasRoleAt, withDelegatedRoles, type Principal } from '../auth/principal';
import { assertDossierAttachmentsStored } from '../attachments/dossier-attachments';
import { timeStage } from '../core/stage-timings';
import { DB, CLOCK, type Clock } from '../core/tokens';
import { ActingGuard } from '../tasks/acting.guard';
import { actorOf, APPROVER_ROLES, revisionRolesAt, SIGNOFF_ROLES } from './access';
import { assertDirectWorkerShareAtApproval } from './direct-worker-share-at-level';
import type { DecisionRequest, ResubmissionRequest, WithdrawalRequest } from './nominations.schemas';
import { WorkflowUpdates, type CommandResult } from './workflow-updates';

export type { CommandResult } from './workflow-updates';

/** Sends decisions, resubmissions and withdrawals to the nomination's workflow as Updates. */
@Injectable()
export class CommandsService {
  constructor(
    private readonly updates: WorkflowUpdates,
    private readonly acting: ActingGuard,
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(CLOCK) private readonly clock: Clock,
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
    /** Tracing ids for the events (a bulk decision's batch id as `correlationId`). */
    context?: RequestContext,
  ): Promise<CommandResult> {
    const nomination = await timeStage('nomination', () => this.updates.load(id));
    const task = nomination.currentTask;
    // Issue 5: a delegate decides with the approver roles lent to them (the actor stays the delegate).
    const acting = withDelegatedRoles(user);
    const step =
      task?.kind === 'review' && hasRoleAt(acting, APPROVER_ROLES, task.unitId)
        ? { level: task.level, unitId: task.unitId }
        : [...nomination.route].reverse().find((s) => hasRoleAt(acting, APPROVER_ROLES, s.unitId));
    if (!step) throw new ForbiddenError(APPROVER_ROLES, task?.unitId ?? nomination.nominatingUnitId);
    // The chair signs (ký): approving at a procedure's sign-off step is the chair's; reviewers still return or reject.
    const open = nomination.state.openTask;
    const signing = body.decision === 'approve' && open?.step === 'signoff' && open.unitId === step.unitId;
    if (signing && !hasRoleAt(acting, SIGNOFF_ROLES, step.unitId)) throw new ForbiddenError(SIGNOFF_ROLES, step.unitId);
    // Conflicts of interest, who holds the task, and on whose behalf a delegate acts (issue 5).
    const onBehalf = await timeStage('acting', () => this.acting.check(user, nomination, step.unitId));
    if (body.decision === 'approve') {
      await timeStage('share', () => assertDirectWorkerShareAtApproval(this.db, nomination, step));
    }
    return this.updates.send(id, 'decide', user.id, key, waitMs, (handle, updateId) =>
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
            ...(context || onBehalf ? { context: { ...context, ...onBehalf } } : {}),
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
    const nomination = await this.updates.load(id);
    const task = nomination.currentTask;
    const unitId = task?.kind === 'revision' ? task.unitId : nomination.nominatingUnitId;
    const roles = revisionRolesAt(unitId, nomination.nominatingUnitId);
    if (!hasRoleAt(user, roles, unitId)) throw new ForbiddenError(roles, unitId);
    if (body.dossier) {
      await assertDossierAttachmentsStored(this.db, body.dossier.attachments, { user, unitId, now: this.clock() });
    }
    return this.updates.send(id, 'resubmit', user.id, key, waitMs, (handle, updateId) =>
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
    const nomination = await this.updates.load(id);
    const unitId = nomination.nominatingUnitId;
    if (!hasRoleAt(user, ['nominator'], unitId)) throw new ForbiddenError(['nominator'], unitId);
    return this.updates.send(id, 'withdraw', user.id, key, waitMs, (handle, updateId) =>
      handle.executeUpdate(withdrawUpdate, { updateId, args: [{ actor: actorOf(user, unitId), reason: body.reason }] }),
    );
  }
}
