import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import {
  extendDeadlineUpdate,
  holdUpdate,
  recordAppraisalUpdate,
  recordIntakeUpdate,
  recordVoteUpdate,
  resumeUpdate,
} from '@vinhdanh/contracts';
import { findCampaign, type Database, type NominationDetail } from '@vinhdanh/db';
import { awardRuleOf, tallyProblems, VoteError, type EligibilityCheck, type OrgLevel } from '@vinhdanh/domain';
import { ForbiddenError } from '../auth/auth.errors';
import { holdsAt, mayAnywhere, rolesFor, type Permission } from '../auth/policy';
import type { Principal } from '../auth/principal';
import { ActingGuard } from '../tasks/acting.guard';
import { DB } from '../core/tokens';
import { actorOf } from './access';
import { evaluateEligibility, loadStoredRuleSet } from './eligibility';
import { UnknownCampaignError } from './nominations.errors';
import type {
  AppraisalRequest,
  DeadlineRequest,
  HoldRequest,
  IntakeRequest,
  ResumeRequest,
  VoteRequest,
} from './procedure.schemas';
import { WorkflowUpdates, type CommandResult } from './workflow-updates';

/**
 * Where the caller acts with `permission` (policy table): the open task's level and unit if they hold
 * one of its roles there, else a route step where they do.
 */
function stepOf(user: Principal, n: NominationDetail, permission: Permission): { level: OrgLevel; unitId: string } {
  const task = n.state.openTask;
  if (task && holdsAt(user, permission, task.unitId)) return { level: task.level, unitId: task.unitId };
  // A route step of the caller's: the workflow then says where the nomination really waits (409), not a 403.
  const step = [...n.route].reverse().find((s) => holdsAt(user, permission, s.unitId));
  if (!step) throw new ForbiddenError(rolesFor(permission), task?.unitId ?? n.nominatingUnitId);
  return { level: step.level, unitId: step.unitId };
}

/** The unit a hold or resume acts for: a unit of the caller on the route, or (system admin) the task's. */
function unitFor(user: Principal, n: NominationDetail, permission: Permission): string {
  const task = n.state.openTask;
  if (mayAnywhere(user, permission)) return task?.unitId ?? n.route[n.route.length - 1]?.unitId ?? n.nominatingUnitId;
  return stepOf(user, n, permission).unitId;
}

const optional = <K extends string, V>(key: K, value: V | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;

/**
 * Sends the procedure steps (intake, appraisal, vote), holds and deadline extensions to the workflow as Updates.
 * The steps are a task's work: a delegate may do them, and they pass the acting checks (conflicts of interest, who holds the task).
 */
@Injectable()
export class StepsService {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    private readonly updates: WorkflowUpdates,
    private readonly acting: ActingGuard,
  ) {}

  /** Intake (tiếp nhận): reviewer or chair at the open task's unit. */
  async intake(user: Principal, id: string, key: string, body: IntakeRequest, waitMs: number): Promise<CommandResult> {
    const n = await this.updates.load(id);
    const at = stepOf(user, n, 'nomination.procedureStep');
    const context = await this.acting.check(user, n, at.unitId);
    const missingKinds = body.complete ? [] : (body.missingKinds ?? []);
    return this.updates.send(id, 'intake', user.id, key, waitMs, (handle, updateId) =>
      handle.executeUpdate(recordIntakeUpdate, {
        updateId,
        args: [
          {
            actor: actorOf(user, at.unitId),
            ...at,
            ...(body.complete ? {} : { missingKinds }),
            ...optional('reason', body.reason),
            ...optional('taskSeq', body.taskSeq),
            ...optional('context', context),
          },
        ],
      }),
    );
  }

  /** Appraisal (thẩm định): the given checks, or the server's eligibility checks as of now. */
  async appraisal(
    user: Principal,
    id: string,
    key: string,
    body: AppraisalRequest,
    waitMs: number,
  ): Promise<CommandResult> {
    const n = await this.updates.load(id);
    const at = stepOf(user, n, 'nomination.procedureStep');
    const context = await this.acting.check(user, n, at.unitId);
    const checks = body.checks ?? (await this.serverChecks(n));
    return this.updates.send(id, 'appraisal', user.id, key, waitMs, (handle, updateId) =>
      handle.executeUpdate(recordAppraisalUpdate, {
        updateId,
        args: [
          {
            actor: actorOf(user, at.unitId),
            ...at,
            checks,
            ...optional('note', body.note),
            ...optional('taskSeq', body.taskSeq),
            ...optional('context', context),
          },
        ],
      }),
    );
  }

  /** Council vote (bình xét): the tally; the workflow judges it against the nomination's pinned threshold. */
  async vote(user: Principal, id: string, key: string, body: VoteRequest, waitMs: number): Promise<CommandResult> {
    const n = await this.updates.load(id);
    const at = stepOf(user, n, 'nomination.procedureStep');
    const context = await this.acting.check(user, n, at.unitId);
    const { minutesNumber, taskSeq, ...tally } = body;
    // A tally that does not add up is a malformed request (400), refused before it reaches the workflow.
    const problems = tallyProblems(tally);
    if (problems.length > 0) throw new VoteError(problems, tally);
    return this.updates.send(id, 'vote', user.id, key, waitMs, (handle, updateId) =>
      handle.executeUpdate(recordVoteUpdate, {
        updateId,
        args: [
          {
            actor: actorOf(user, at.unitId),
            ...at,
            tally,
            ...optional('minutesNumber', minutesNumber),
            ...optional('taskSeq', taskSeq),
            ...optional('context', context),
          },
        ],
      }),
    );
  }

  /** Hold (tạm dừng): an approver or the administrator of a unit on the route, or a system admin. */
  async hold(user: Principal, id: string, key: string, body: HoldRequest, waitMs: number): Promise<CommandResult> {
    const n = await this.updates.load(id);
    const unitId = unitFor(user, n, 'nomination.hold');
    return this.updates.send(id, 'hold', user.id, key, waitMs, (handle, updateId) =>
      handle.executeUpdate(holdUpdate, {
        updateId,
        args: [{ actor: actorOf(user, unitId), kind: body.kind, reason: body.reason }],
      }),
    );
  }

  /** Resume a held nomination: the same roles as a hold. */
  async resume(user: Principal, id: string, key: string, body: ResumeRequest, waitMs: number): Promise<CommandResult> {
    const n = await this.updates.load(id);
    const unitId = unitFor(user, n, 'nomination.hold');
    return this.updates.send(id, 'resume', user.id, key, waitMs, (handle, updateId) =>
      handle.executeUpdate(resumeUpdate, { updateId, args: [{ actor: actorOf(user, unitId), reason: body.reason }] }),
    );
  }

  /** Extend the open task's deadline: the administrator of its unit or of a unit above it on the route, or a system admin. */
  async extendDeadline(
    user: Principal,
    id: string,
    key: string,
    body: DeadlineRequest,
    waitMs: number,
  ): Promise<CommandResult> {
    const n = await this.updates.load(id);
    const task = n.state.openTask;
    const taskUnitId = task?.unitId ?? n.nominatingUnitId;
    // The task's own unit admin, or the admin of a unit above it on the route (the stuck desk shows
    // a unit admin its whole subtree), acting for that unit; a system admin acts for the task's unit.
    const taskLevel = task?.level ?? 1;
    const adminUnit = [taskUnitId, ...n.state.route.filter((s) => s.level > taskLevel).map((s) => s.unitId)].find(
      (unitId) => holdsAt(user, 'nomination.setDeadline', unitId),
    );
    if (!adminUnit && !mayAnywhere(user, 'nomination.setDeadline')) {
      throw new ForbiddenError(rolesFor('nomination.setDeadline'), taskUnitId);
    }
    const unitId = adminUnit ?? taskUnitId;
    // Without a taskSeq the open task is meant; with none open the decider names the state (409).
    const taskSeq = body.taskSeq ?? task?.taskSeq ?? 1;
    return this.updates.send(id, 'deadline', user.id, key, waitMs, (handle, updateId) =>
      handle.executeUpdate(extendDeadlineUpdate, {
        updateId,
        args: [{ actor: actorOf(user, unitId), taskSeq, dueAt: body.dueAt, reason: body.reason }],
      }),
    );
  }

  private async serverChecks(n: NominationDetail): Promise<EligibilityCheck[]> {
    const campaign = await findCampaign(this.db, n.campaignId);
    if (!campaign) throw new UnknownCampaignError(n.campaignId);
    const { ruleSet } = await loadStoredRuleSet(this.db, n.state.ruleSetVersion);
    return evaluateEligibility(this.db, {
      ruleSet,
      award: awardRuleOf(ruleSet, n.state.awardCode),
      campaign,
      dossier: n.state.dossier,
      nominatingUnitId: n.nominatingUnitId,
      nominationId: n.id,
    });
  }
}
