import { Inject, Injectable } from '@nestjs/common';
import { sql, type Kysely } from 'kysely';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Database } from '@vinhdanh/db';
import { createProjections, type Projector } from '@vinhdanh/projections';
import { DB } from '../core/tokens';
import { PROJECTOR } from '../projector/projector.tokens';
import { countFailingWorkflows } from '../admin/stuck.failures';

/** Outcome of a request by the status actually sent. */
export type Outcome = 'ok' | 'refused' | 'error';

export const outcomeOf = (status: number): Outcome => (status < 400 ? 'ok' : status < 500 ? 'refused' : 'error');

// Seconds: API answers are tens of milliseconds; a decision waits for the workflow's update (≤ a few s).
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * The API process's Prometheus registry (prom-client): its own per-process counters and
 * histograms, Node.js process metrics, and gauges read from the read models at scrape time.
 * One registry per app, so several apps in one test process never mix their numbers.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  /** Commands (submissions, decisions, …) this process carried out, by kind and outcome. */
  readonly commands = new Counter({
    name: 'vinhdanh_commands_total',
    help: 'Commands (decisions, submissions, …) handled by this process, by outcome.',
    labelNames: ['command', 'outcome'] as const,
    registers: [this.registry],
  });

  /** How long a command took to answer: for a decision, until the workflow accepted or refused it. */
  readonly commandSeconds = new Histogram({
    name: 'vinhdanh_command_duration_seconds',
    help: 'Time to answer a command (a decision waits for its workflow update), by kind and outcome.',
    labelNames: ['command', 'outcome'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  /** Every HTTP request's latency, by route template (never the raw path: ids would explode the series). */
  readonly httpSeconds = new Histogram({
    name: 'vinhdanh_http_request_duration_seconds',
    help: 'HTTP request latency by method, route template and status code.',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(PROJECTOR) private readonly projector: Projector,
  ) {
    collectDefaultMetrics({ register: this.registry, prefix: 'vinhdanh_api_' });
    const registers = [this.registry];
    // Gauges' collect() runs with `this` bound to the gauge; the service's parts are captured here.
    const database = this.db;
    const projectorLag = () => this.projectorLag();
    new Gauge({
      name: 'vinhdanh_projector_lag_events',
      help: 'Events in the store not yet applied by the projection.',
      labelNames: ['projection'] as const,
      registers,
      async collect() {
        for (const [projection, n] of Object.entries(await projectorLag())) this.set({ projection }, n);
      },
    });
    new Gauge({
      name: 'vinhdanh_open_tasks',
      help: 'Open inbox tasks by level and kind.',
      labelNames: ['level', 'kind'] as const,
      registers,
      async collect() {
        // Open tasks are bounded by work in flight (the inbox), not by history, so a grouped count is cheap.
        const rows = await database
          .selectFrom('inbox_tasks')
          .select(['level', 'kind', sql<string>`count(*)`.as('n')])
          .groupBy(['level', 'kind'])
          .execute();
        this.reset();
        for (const r of rows) this.set({ level: String(r.level), kind: r.kind }, Number(r.n));
      },
    });
    new Gauge({
      name: 'vinhdanh_overdue_tasks',
      help: 'Open tasks past their due time.',
      registers,
      async collect() {
        const row = await database
          .selectFrom('inbox_tasks')
          .select(sql<string>`count(*)`.as('n'))
          .where('due_at', '<', sql<Date>`now()`)
          .executeTakeFirst();
        this.set(Number(row?.n ?? 0));
      },
    });
    new Gauge({
      name: 'vinhdanh_nominations',
      help: 'Nominations by status.',
      labelNames: ['status'] as const,
      registers,
      async collect() {
        const rows = await database
          .selectFrom('nominations')
          .select(['status', sql<string>`count(*)`.as('n')])
          .groupBy('status')
          .execute();
        this.reset();
        for (const r of rows) this.set({ status: r.status }, Number(r.n));
      },
    });
    new Gauge({
      name: 'vinhdanh_workflows_failing',
      help: 'Workflows whose event append has failed 3 times or more and is still retried.',
      registers,
      async collect() {
        this.set(await countFailingWorkflows(database));
      },
    });
  }

  /** Projector lag per projection, in events not yet applied. */
  async projectorLag(): Promise<Record<string, number>> {
    const names = createProjections().map((p) => p.name);
    const lags = await Promise.all(names.map((name) => this.projector.lag(name)));
    return Object.fromEntries(names.map((name, i) => [name, lags[i] ?? 0]));
  }

  /** The Prometheus text exposition. */
  render(): Promise<string> {
    return this.registry.metrics();
  }

  /** Its content type (the text format's version). */
  get contentType(): string {
    return this.registry.contentType;
  }
}
