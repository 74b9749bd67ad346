import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import type { Database } from '@vinhdanh/db';
import { decideUpdate, resubmitUpdate, withdrawUpdate, type RequestContext } from '@vinhdanh/contracts';
import type { OrgLevel } from '@vinhdanh/domain';
import type { Principal } from '../auth/principal';
import { assertDossierAttachmentsStored } from '../attachments/dossier-attachments';
import { timeStage } from '../core/stage-timings';
import { DB, CLOCK, type Clock } from '../core/tokens';
import { ActingGuard } from '../tasks/acting.guard';
import { actorOf } from './access';
import { assertMaySign, decisionStepOf, resubmissionUnitOf, withdrawalUnitOf } from './nomination-actions';
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
    // A delegate decides with the approver roles lent to them (the actor stays the delegate).
    const step = decisionStepOf(user, nomination);
    // The chair signs (ký): approving at a procedure's sign-off step is the chair's; reviewers still return or reject.
    assertMaySign(user, nomination, step, body.decision);
    // Conflicts of interest, who holds the task, and on whose behalf a delegate acts.
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
    const unitId = resubmissionUnitOf(user, nomination);
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
    const unitId = withdrawalUnitOf(user, nomination);
    return this.updates.send(id, 'withdraw', user.id, key, waitMs, (handle, updateId) =>
      handle.executeUpdate(withdrawUpdate, { updateId, args: [{ actor: actorOf(user, unitId), reason: body.reason }] }),
    );
  }
}
