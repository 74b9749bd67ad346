import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { cancelUpdate, forceReturnUpdate, remindUpdate, type RequestContext } from '@vinhdanh/contracts';
import type { Database, NominationDetail } from '@vinhdanh/db';
import type { Principal } from '../auth/principal';
import { CLOCK, DB, type Clock } from '../core/tokens';
import { actorOf } from '../nominations/access';
import { WorkflowUpdates, type CommandResult } from '../nominations/workflow-updates';
import type { CancellationRequest, TaskInterventionRequest } from './interventions.schemas';
import { adminScopeOf, adminUnitFor, type AdminScope } from './stuck.scope';

const optional = <K extends string, V>(key: K, value: V | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;

/**
 * Administrators' interventions, each an Update whose event records the operator and the reason:
 * remind the task's holders, return to the nominating unit, cancel. A system admin acts anywhere
 * (for their own unit); a unit admin on nominations whose task (or, with none, nominating unit) is
 * in their subtree, acting for their admin unit above it.
 */
@Injectable()
export class InterventionsService {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly updates: WorkflowUpdates,
  ) {}

  /** The caller's scope, computed once per request (a bulk run passes it to every item). */
  scopeOf(user: Principal): Promise<AdminScope> {
    return adminScopeOf(this.db, user, this.clock());
  }

  /** Nhắc việc: the notifications projection tells the open task's holders. */
  async remind(user: Principal, id: string, key: string, body: TaskInterventionRequest, run: RunOptions = {}) {
    const { n, unitId } = await this.target(user, id, run.scope);
    return this.updates.send(id, 'remind', user.id, key, run.waitMs ?? 0, (handle, updateId) =>
      handle.executeUpdate(remindUpdate, {
        updateId,
        args: [{ actor: actorOf(user, unitId), reason: body.reason, ...taskOf(n, body), ...contextOf(run) }],
      }),
    );
  }

  /** Trả về đơn vị đề nghị: back to the nominating unit for revision, whatever the level's step. */
  async forceReturn(user: Principal, id: string, key: string, body: TaskInterventionRequest, run: RunOptions = {}) {
    const { n, unitId } = await this.target(user, id, run.scope);
    return this.updates.send(id, 'force-return', user.id, key, run.waitMs ?? 0, (handle, updateId) =>
      handle.executeUpdate(forceReturnUpdate, {
        updateId,
        args: [{ actor: actorOf(user, unitId), reason: body.reason, ...taskOf(n, body), ...contextOf(run) }],
      }),
    );
  }

  /** Hủy hồ sơ: an administrative end (đã hủy), releasing the nomination's quota slots. */
  async cancel(user: Principal, id: string, key: string, body: CancellationRequest, run: RunOptions = {}) {
    const { unitId } = await this.target(user, id, run.scope);
    return this.updates.send(id, 'cancel', user.id, key, run.waitMs ?? 0, (handle, updateId) =>
      handle.executeUpdate(cancelUpdate, {
        updateId,
        args: [{ actor: actorOf(user, unitId), reason: body.reason, ...contextOf(run) }],
      }),
    );
  }

  /** The nomination, and the unit the caller acts for on it (403 outside their scope). */
  private async target(user: Principal, id: string, known?: AdminScope) {
    const n = await this.updates.load(id);
    const scope = known ?? (await this.scopeOf(user));
    const unitId = adminUnitFor(scope, n.state.openTask?.unitId ?? n.nominatingUnitId);
    return { n, unitId };
  }
}

/** How one intervention runs: the read-model wait, the request's scope and tracing ids. */
export interface RunOptions {
  waitMs?: number;
  scope?: AdminScope;
  context?: RequestContext;
}

function taskOf(n: NominationDetail, body: TaskInterventionRequest): { taskSeq?: number } {
  return optional('taskSeq', body.taskSeq ?? n.state.openTask?.taskSeq);
}

function contextOf(run: RunOptions): { context?: RequestContext } {
  return optional('context', run.context);
}

export type { CommandResult };
