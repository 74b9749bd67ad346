import { Inject, Injectable } from '@nestjs/common';
import { WorkflowNotFoundError as TemporalWorkflowNotFound, type Client } from '@temporalio/client';
import { Worker, type WorkflowBundle } from '@temporalio/worker';
import type { Kysely } from 'kysely';
import { getNominationStateQuery, nominationStreamId, nominationWorkflowId } from '@vinhdanh/contracts';
import type { Database } from '@vinhdanh/db';
import { canonicalJson, toJsonValue } from '@vinhdanh/event-store';
import { foldRecorded, readStoredStream } from '@vinhdanh/audit';
import { TEMPORAL_CLIENT, DB } from '../core/tokens';
import { TemporalUnavailableError, WorkflowNotFoundError } from './audit.errors';
import { WORKFLOW_BUNDLE } from './audit.tokens';

/** `GET /api/audit/nominations/:id/replay-check`. */
export interface ReplayCheckResponse {
  nominationId: string;
  workflowId: string;
  ok: boolean;
  historyEvents: number;
  /** Replaying the Temporal history against the current workflow code. */
  replay: { ok: boolean; error?: { name: string; message: string } };
  /** The workflow's own state (query) against the event store's fold. */
  stateComparison: {
    ok: boolean | null;
    storeVersion: number;
    storeStatus: string;
    workflowVersion?: number;
    workflowStatus?: string;
    /** Why the workflow's state could not be read (no worker answered in time). */
    unavailable?: string;
  };
}

const QUERY_TIMEOUT_MS = 5_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Replays a nomination's Temporal history against the current workflow code and compares states. */
@Injectable()
export class ReplayService {
  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(WORKFLOW_BUNDLE) private readonly bundle: () => Promise<WorkflowBundle>,
  ) {}

  async check(nominationId: string): Promise<ReplayCheckResponse> {
    const workflowId = nominationWorkflowId(nominationId);
    const handle = this.client.workflow.getHandle(workflowId);
    let history;
    try {
      history = await handle.fetchHistory();
    } catch (err) {
      if (err instanceof TemporalWorkflowNotFound || (err as Error).name === 'WorkflowNotFoundError') {
        throw new WorkflowNotFoundError(workflowId);
      }
      throw new TemporalUnavailableError((err as Error).message);
    }
    let replay: ReplayCheckResponse['replay'] = { ok: true };
    try {
      await Worker.runReplayHistory({ workflowBundle: await this.bundle() }, history, workflowId);
    } catch (err) {
      replay = { ok: false, error: { name: (err as Error).name, message: (err as Error).message } };
    }
    const stateComparison = await this.compareStates(nominationId, handle);
    return {
      nominationId,
      workflowId,
      ok: replay.ok && stateComparison.ok !== false,
      historyEvents: history.events?.length ?? 0,
      replay,
      stateComparison,
    };
  }

  private async compareStates(
    nominationId: string,
    handle: ReturnType<Client['workflow']['getHandle']>,
  ): Promise<ReplayCheckResponse['stateComparison']> {
    const folded = foldRecorded(await readStoredStream(this.db, nominationStreamId(nominationId)));
    const store = { storeVersion: folded.version, storeStatus: folded.state.status };
    try {
      const snapshot = await withTimeout(handle.query(getNominationStateQuery), QUERY_TIMEOUT_MS);
      const same =
        snapshot.version === folded.version &&
        canonicalJson(toJsonValue(snapshot.state)) === canonicalJson(toJsonValue(folded.state));
      return { ok: same, ...store, workflowVersion: snapshot.version, workflowStatus: snapshot.state.status };
    } catch (err) {
      return { ok: null, ...store, unavailable: (err as Error).message };
    }
  }
}
