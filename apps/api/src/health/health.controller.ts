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

/** Dependencies `/api/health` names when they are down, in Vietnamese and English. */
const DEPENDENCY_NAMES: Record<'postgres' | 'temporal', [vi: string, en: string]> = {
  postgres: ['cơ sở dữ liệu (PostgreSQL)', 'the database (PostgreSQL)'],
  temporal: ['hệ thống xử lý quy trình (Temporal)', 'the workflow service (Temporal)'],
};

/** Above this many unprojected events the read model is reported behind (not judged degraded). */
export const PROJECTOR_BEHIND_EVENTS = 1_000;

/** The read model's distance from the event store, as `/api/health` reports it. */
export interface ProjectorCheck {
  status: 'up' | 'behind' | 'unknown';
  lagEvents: number | null;
}

/** Answer of `GET /api/health` (readiness). */
export interface HealthAnswer {
  status: 'ok' | 'degraded';
  /** The dependencies that are down, by check name (empty when ok). */
  down: string[];
  /** Vietnamese: what is unavailable, or that everything answers. */
  message: string;
  message_en: string;
  checks: { postgres: CheckResult; temporal: CheckResult; projector: ProjectorCheck };
  projectorLagEvents: number | null;
  /** Workflows whose activity keeps failing (the stuck desk lists them); null when unknown. */
  failingWorkflows: number | null;
}

/**
 * Readiness (`/api/health`): 200 when PostgreSQL and Temporal answer, 503 naming what is down
 * otherwise (for load balancers); projector lag is reported, not judged — a rebuild or a burst
 * makes it large for a while, harmlessly. Liveness (`/api/health/live`) only says the process answers.
 */
@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(TEMPORAL_HEALTH_PROBE) private readonly temporal: TemporalHealthProbe,
    @Inject(PROJECTOR) private readonly projector: Projector,
  ) {}

  @Get('live')
  @ApiOperation({ summary: 'Tiến trình còn chạy — liveness: 200 while the process answers, whatever its dependencies' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get()
  @ApiOperation({
    summary: 'Tình trạng hệ thống — readiness: PostgreSQL, Temporal and projector lag, naming what is down',
  })
  async health(@Res({ passthrough: true }) res: Response): Promise<HealthAnswer> {
    let projectorLagEvents: number | null = null;
    let failingWorkflows: number | null = null;
    const [postgres, temporal] = await Promise.all([
      timed(async () => {
        await sql`select 1`.execute(this.db);
        projectorLagEvents = await this.projector.lag('nominations');
        failingWorkflows = await countFailingWorkflows(this.db);
      }, 2_000),
      timed(() => this.temporal.check(), 3_000),
    ]);
    // Assigned inside the check above, which TypeScript cannot see.
    const lag = projectorLagEvents as number | null;
    const failing = failingWorkflows as number | null;
    const projector: ProjectorCheck = {
      status: lag === null ? 'unknown' : lag > PROJECTOR_BEHIND_EVENTS ? 'behind' : 'up',
      lagEvents: lag,
    };
    const down = (['postgres', 'temporal'] as const).filter((name) => ({ postgres, temporal })[name].status === 'down');
    // Failing workflows degrade the system without making this process unfit to serve: still 200.
    res.status(down.length === 0 ? 200 : 503);
    const names = down.map((name) => DEPENDENCY_NAMES[name]);
    return {
      status: down.length === 0 && !failing ? 'ok' : 'degraded',
      down: [...down],
      message: names.length
        ? `Không kết nối được ${names.map(([vi]) => vi).join(' và ')}.`
        : failing
          ? `Có ${failing} quy trình hồ sơ đang gặp lỗi (xem danh sách hồ sơ bị kẹt).`
          : projector.status === 'behind'
            ? `Mọi thành phần đều hoạt động; dữ liệu hiển thị đang cập nhật (còn ${lag} sự kiện).`
            : 'Mọi thành phần đều hoạt động.',
      message_en: names.length
        ? `Cannot reach ${names.map(([, en]) => en).join(' and ')}.`
        : failing
          ? `${failing} nomination workflow(s) keep failing (see the stuck desk).`
          : projector.status === 'behind'
            ? `Everything answers; the read model is catching up (${lag} events behind).`
            : 'Everything answers.',
      checks: { postgres, temporal, projector },
      projectorLagEvents: lag,
      failingWorkflows: failing,
    };
  }
}
