import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { HttpResponse as Response } from '../core/http.types';
import { sql, type Kysely } from 'kysely';
import type { Database } from '@vinhdanh/db';
import { Public } from '../auth/auth.decorators';
import type { Projector } from '@vinhdanh/projections';
import { DB, TEMPORAL_HEALTH_PROBE, type TemporalHealthProbe } from '../core/tokens';
import { PROJECTOR } from '../projector/projector.tokens';
import { countFailingWorkflows } from '../admin/stuck.failures';

/** The state of one dependency. */
export interface CheckResult {
  status: 'up' | 'down';
  latencyMs: number;
  error?: string;
}

async function timed(check: () => Promise<unknown>, timeoutMs: number): Promise<CheckResult> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise(
        (_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)),
      ),
    ]);
    return { status: 'up', latencyMs: Math.round(performance.now() - started) };
  } catch (err) {
    return {
      status: 'down',
      latencyMs: Math.round(performance.now() - started),
      error: err instanceof Error ? err.message : String(err),
    };
  } finally {
    clearTimeout(timer);
  }
}

/** Liveness and dependencies: 200 when every check is up, 503 otherwise (for load balancers). */
@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(TEMPORAL_HEALTH_PROBE) private readonly temporal: TemporalHealthProbe,
    @Inject(PROJECTOR) private readonly projector: Projector,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Tình trạng hệ thống — PostgreSQL, Temporal and projector lag' })
  async health(@Res({ passthrough: true }) res: Response): Promise<{
    status: 'ok' | 'degraded';
    checks: Record<string, CheckResult>;
    projectorLagEvents: number | null;
    failingWorkflows: number | null;
  }> {
    let projectorLagEvents: number | null = null;
    let failingWorkflows: number | null = null;
    const [postgres, temporal] = await Promise.all([
      timed(async () => {
        await sql`select 1`.execute(this.db);
        // Lag is reported, not judged: a rebuild or a burst makes it large for a while, harmlessly.
        projectorLagEvents = await this.projector.lag('nominations');
        failingWorkflows = await countFailingWorkflows(this.db);
      }, 2_000),
      timed(() => this.temporal.check(), 3_000),
    ]);
    const ok = postgres.status === 'up' && temporal.status === 'up';
    // Failing workflows degrade the system without making this process unfit to serve: still 200.
    res.status(ok ? 200 : 503);
    const healthy = ok && !failingWorkflows;
    return {
      status: healthy ? 'ok' : 'degraded',
      checks: { postgres, temporal },
      projectorLagEvents,
      failingWorkflows,
    };
  }
}
