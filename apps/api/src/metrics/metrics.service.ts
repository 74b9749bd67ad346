import { Inject, Injectable } from '@nestjs/common';
import { sql, type Kysely } from 'kysely';
import type { Database } from '@vinhdanh/db';
import { createProjections, type Projector } from '@vinhdanh/projections';
import { DB } from '../core/tokens';
import { PROJECTOR } from '../projector/projector.tokens';
import { countFailingWorkflows } from '../admin/stuck.failures';

/** Commands this process carried out, by kind and outcome (Prometheus counters are per process). */
export class CommandCounter {
  private readonly counts = new Map<string, number>();

  record(command: string, outcome: 'ok' | 'refused' | 'error'): void {
    const key = `${command}|${outcome}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  entries(): { command: string; outcome: string; count: number }[] {
    return [...this.counts].map(([key, count]) => {
      const [command = '', outcome = ''] = key.split('|');
      return { command, outcome, count };
    });
  }
}

const escapeLabel = (value: string) => value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
const labels = (l: Record<string, string | number>) =>
  `{${Object.entries(l)
    .map(([k, v]) => `${k}="${escapeLabel(String(v))}"`)
    .join(',')}}`;

/** Builds the Prometheus text exposition from the read models, the projector and this process's counters. */
@Injectable()
export class MetricsService {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(PROJECTOR) private readonly projector: Projector,
    readonly commands: CommandCounter,
  ) {}

  /** Projector lag per projection, in events not yet applied. */
  async projectorLag(): Promise<Record<string, number>> {
    const names = createProjections().map((p) => p.name);
    const lags = await Promise.all(names.map((name) => this.projector.lag(name)));
    return Object.fromEntries(names.map((name, i) => [name, lags[i] ?? 0]));
  }

  async render(): Promise<string> {
    const [lag, openTasks, overdue, nominations, failing] = await Promise.all([
      this.projectorLag(),
      // Open tasks are bounded by work in flight (the inbox), not by history, so a grouped count is cheap.
      this.db
        .selectFrom('inbox_tasks')
        .select(['level', 'kind', sql<string>`count(*)`.as('n')])
        .groupBy(['level', 'kind'])
        .execute(),
      this.db
        .selectFrom('inbox_tasks')
        .select(sql<string>`count(*)`.as('n'))
        .where('due_at', '<', sql<Date>`now()`)
        .executeTakeFirst(),
      this.db
        .selectFrom('nominations')
        .select(['status', sql<string>`count(*)`.as('n')])
        .groupBy('status')
        .execute(),
      countFailingWorkflows(this.db),
    ]);
    const lines: string[] = [
      '# HELP vinhdanh_projector_lag_events Events in the store not yet applied by the projection.',
      '# TYPE vinhdanh_projector_lag_events gauge',
      ...Object.entries(lag).map(([projection, n]) => `vinhdanh_projector_lag_events${labels({ projection })} ${n}`),
      '# HELP vinhdanh_open_tasks Open inbox tasks by level and kind.',
      '# TYPE vinhdanh_open_tasks gauge',
      ...openTasks.map((r) => `vinhdanh_open_tasks${labels({ level: r.level, kind: r.kind })} ${Number(r.n)}`),
      '# HELP vinhdanh_overdue_tasks Open tasks past their due time.',
      '# TYPE vinhdanh_overdue_tasks gauge',
      `vinhdanh_overdue_tasks ${Number(overdue?.n ?? 0)}`,
      '# HELP vinhdanh_nominations Nominations by status.',
      '# TYPE vinhdanh_nominations gauge',
      ...nominations.map((r) => `vinhdanh_nominations${labels({ status: r.status })} ${Number(r.n)}`),
      '# HELP vinhdanh_workflows_failing Workflows whose event append has failed 3 times or more and is still retried.',
      '# TYPE vinhdanh_workflows_failing gauge',
      `vinhdanh_workflows_failing ${failing}`,
      '# HELP vinhdanh_commands_total Commands (decisions, submissions, …) handled by this process, by outcome.',
      '# TYPE vinhdanh_commands_total counter',
      ...this.commands
        .entries()
        .map((e) => `vinhdanh_commands_total${labels({ command: e.command, outcome: e.outcome })} ${e.count}`),
    ];
    return `${lines.join('\n')}\n`;
  }
}
