import { Inject, Injectable } from '@nestjs/common';
import { ServiceError, WorkflowNotFoundError, type Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import { nominationWorkflowId, type CommandOutcome } from '@vinhdanh/contracts';
import { getNomination, type Database, type NominationDetail } from '@vinhdanh/db';
import { timeStage } from '../core/stage-timings';
import { DB, TEMPORAL_CLIENT } from '../core/tokens';
import { ResourceNotFoundError } from '../errors/api-error';
import { ReadYourWrites } from '../projector/read-your-writes';
import { updateIdOf, type UpdateKind } from './idempotency';
import { NominationClosedError, TemporalUnavailableError } from './nominations.errors';

/**
 * A command's answer: what Temporal wrote, and the nomination as the read model shows it
 * afterwards — null when the read model could not be read then (the command was still taken).
 */
export interface CommandResult {
  outcome: CommandOutcome;
  readModelCaughtUp: boolean;
  nomination: NominationDetail | null;
}

/** A workflow handle, as `send` passes it to the caller's Update. */
export type NominationHandle = ReturnType<Client['workflow']['getHandle']>;

/** Loads nominations from the read model and sends Updates to their workflows, then waits to read its writes. */
@Injectable()
export class WorkflowUpdates {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  /** The nomination as the read model shows it; 404 when unknown. */
  async load(id: string): Promise<NominationDetail> {
    const nomination = await getNomination(this.db, id);
    if (!nomination) throw new ResourceNotFoundError('NOMINATION', id, 'hồ sơ đề nghị');
    return nomination;
  }

  /**
   * Runs one Update with the update id derived from (kind, user, Idempotency-Key), so a retry is
   * the same Update; then waits (bounded) until the read model shows the version it produced.
   */
  async send(
    id: string,
    kind: UpdateKind,
    userId: string,
    key: string,
    waitMs: number,
    run: (handle: NominationHandle, updateId: string) => Promise<CommandOutcome>,
  ): Promise<CommandResult> {
    const handle = this.temporal.workflow.getHandle(nominationWorkflowId(id));
    let outcome: CommandOutcome;
    try {
      outcome = await timeStage('update', () => run(handle, updateIdOf(kind, userId, key)));
    } catch (err) {
      // The workflow completes with the final decision; later commands find no running execution.
      if (err instanceof WorkflowNotFoundError) throw new NominationClosedError(id, (await this.load(id)).status);
      if (err instanceof ServiceError) throw new TemporalUnavailableError(err);
      throw err;
    }
    return this.afterCommand(id, outcome, waitMs);
  }

  /** The answer of a command that was taken: never an error, whatever the read model does now. */
  async afterCommand(id: string, outcome: CommandOutcome, waitMs: number): Promise<CommandResult> {
    // One read per wake-up that is also the answer: the row that shows the version is returned.
    const { caughtUp, detail } = await timeStage('ryw', () =>
      this.readYourWrites.detailAtVersion(id, outcome.version, () => getNomination(this.db, id), waitMs),
    );
    return { outcome, readModelCaughtUp: caughtUp && detail !== null, nomination: detail };
  }
}
