import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import { nominationWorkflowId, rerouteUpdate } from '@vinhdanh/contracts';
import type { Database } from '@vinhdanh/db';
import { vietnamDateOf } from '@vinhdanh/domain';
import { CLOCK, DB, TEMPORAL_CLIENT, type Clock } from '../core/tokens';
import { ResourceNotFoundError } from '../errors/api-error';
import { planMoves } from './reorganisation.planner';
import {
  addMoves,
  countMoves,
  findReorganisation,
  listMoves,
  listReorganisations,
  markMove,
  touchRun,
  type MoveRow,
  type ReorganisationRow,
} from './reorganisation.repository';
import type { ReorganisationView } from './reorganisation.schemas';

/** Moves sent to Temporal at once: enough to hide latency, few enough not to crowd out users' decisions. */
const CONCURRENCY = 4;

/** Turns an Update failure into the code and message kept on the move. */
function failureOf(err: unknown): { code: string; message: string } {
  const cause = (err as { cause?: { type?: unknown; message?: string } }).cause;
  if (cause && typeof cause.type === 'string') return { code: cause.type, message: cause.message ?? cause.type };
  const e = err as { code?: unknown; message?: string };
  return {
    code: typeof e.code === 'string' ? e.code : 'REORGANISATION.MOVE_FAILED',
    message: e.message ?? String(err),
  };
}

/**
 * Runs reorganisation moves in the background: plans (again) from the read model, then sends one
 * `rerouteUpdate` per nomination and unit pair, with an Update id fixed by the reorganisation, so a
 * re-run, a retry or two API replicas racing produce one move each. Progress is in the table.
 */
@Injectable()
export class ReorganisationService implements OnApplicationShutdown {
  private readonly logger = new Logger('Reorganisation');
  private readonly running = new Map<string, Promise<void>>();

  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Starts (or joins) the run of a reorganisation; returns at once. */
  start(id: string): void {
    if (this.running.has(id)) return;
    const run = this.run(id)
      .catch((err: unknown) => this.logger.warn(`reorganisation ${id}: ${(err as Error).message}`))
      .finally(() => this.running.delete(id));
    this.running.set(id, run);
  }

  /** Resolves when the run under way (if any) finishes; for tests and shutdown. */
  async settled(id?: string): Promise<void> {
    await Promise.all(id ? [this.running.get(id)] : [...this.running.values()]);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.settled();
  }

  /** The reorganisation with its counts and failures; 404 when unknown. */
  async view(id: string): Promise<ReorganisationView> {
    const row = await findReorganisation(this.db, id);
    if (!row) throw new ResourceNotFoundError('REORGANISATION', id, 'đợt sắp xếp tổ chức');
    return this.toView(row);
  }

  /** The newest reorganisations. */
  async list(limit: number): Promise<ReorganisationView[]> {
    return Promise.all((await listReorganisations(this.db, limit)).map((r) => this.toView(r)));
  }

  private async toView(row: ReorganisationRow): Promise<ReorganisationView> {
    const counts = await countMoves(this.db, row.id);
    const failures = (await listMoves(this.db, row.id, ['failed'])).map((m) => ({
      nominationId: m.nominationId,
      fromUnitId: m.fromUnitId,
      toUnitId: m.toUnitId,
      attempts: m.attempts,
      error: { code: m.errorCode ?? 'REORGANISATION.MOVE_FAILED', message: m.errorMessage ?? '' },
    }));
    const today = vietnamDateOf(this.clock().toISOString());
    const status =
      row.effectiveFrom > today
        ? 'scheduled'
        : this.running.has(row.id)
          ? 'running'
          : row.lastRunAt === null || counts.pending > 0
            ? 'interrupted'
            : counts.failed > 0
              ? 'completed_with_failures'
              : 'completed';
    return { ...row, status, counts, failures, href: `/api/admin/reorganisations/${row.id}` };
  }

  private async run(id: string): Promise<void> {
    const reorg = await findReorganisation(this.db, id);
    if (!reorg) return;
    // A change dated in the future moves nothing yet: the old unit still decides until then.
    if (reorg.effectiveFrom > vietnamDateOf(this.clock().toISOString())) return;
    await addMoves(this.db, id, await planMoves(this.db, reorg));
    const todo = await listMoves(this.db, id, ['pending', 'failed']);
    let next = 0;
    const worker = async () => {
      while (next < todo.length) {
        const move = todo[next++];
        if (move) await this.move(reorg, move);
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, todo.length) }, worker));
    await touchRun(this.db, id, this.clock());
  }

  private async move(reorg: ReorganisationRow, move: MoveRow): Promise<void> {
    if (move.toUnitId === null) {
      await markMove(this.db, reorg.id, move, 'failed', {
        code: move.errorCode ?? 'REORGANISATION.NO_SUCCESSOR_AT_LEVEL',
        message: move.errorMessage ?? '',
      });
      return;
    }
    const handle = this.temporal.workflow.getHandle(nominationWorkflowId(move.nominationId));
    try {
      const outcome = await handle.executeUpdate(rerouteUpdate, {
        updateId: `reroute:${reorg.id}:${move.nominationId}:${move.fromUnitId}`,
        args: [
          {
            actor: { userId: reorg.operatorId, name: reorg.operatorName, unitId: reorg.operatorUnitId },
            reorganisationId: reorg.id,
            fromUnitId: move.fromUnitId,
            toUnitId: move.toUnitId,
            reason: reorg.reason,
            context: { correlationId: reorg.id },
          },
        ],
      });
      await markMove(this.db, reorg.id, move, outcome.events.length > 0 ? 'moved' : 'skipped');
    } catch (err) {
      // A finished workflow has nothing waiting: the read model was behind when the move was planned.
      if (err instanceof WorkflowNotFoundError) await markMove(this.db, reorg.id, move, 'skipped');
      else await markMove(this.db, reorg.id, move, 'failed', failureOf(err));
    }
  }
}
