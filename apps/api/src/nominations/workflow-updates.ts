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
    const updateId = updateIdOf(kind, userId, key);
    let outcome: CommandOutcome;
    try {
      outcome = await timeStage('update', () => run(handle, updateId));
    } catch (err) {
      if (!(err instanceof WorkflowNotFoundError)) {
        if (err instanceof ServiceError) throw new TemporalUnavailableError(err);
        throw err;
      }
      outcome = await this.afterNotFound(id, handle, () => run(handle, updateId));
    }
    return this.afterCommand(id, outcome, waitMs);
  }

  /**
   * "Not found" has two causes. The workflow completed with the final decision: a new command is
   * refused (409). (A retry of the command that completed it — same Idempotency-Key, so same Update
   * id — is answered by Temporal with the recorded outcome and never gets here.) Or the Update was
   * lost in flight — a history instance died before it was accepted — while the workflow runs on:
   * it is sent again, once, with the same id, rather than answered "final" for a nomination that is not.
   */
  private async afterNotFound(
    id: string,
    handle: NominationHandle,
    again: () => Promise<CommandOutcome>,
  ): Promise<CommandOutcome> {
    let running = false;
    try {
      running = (await handle.describe()).status.name === 'RUNNING';
    } catch (err) {
      if (err instanceof ServiceError) throw new TemporalUnavailableError(err);
      if (!(err instanceof WorkflowNotFoundError)) throw err;
    }
    if (!running) throw new NominationClosedError(id, (await this.load(id)).status);
    try {
      return await again();
    } catch (err) {
      // Lost again: the cluster is still settling; the client retries with the same key (503).
      if (err instanceof ServiceError || err instanceof WorkflowNotFoundError) throw new TemporalUnavailableError(err);
      throw err;
    }
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
