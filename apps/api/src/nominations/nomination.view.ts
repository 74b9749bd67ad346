import type { Kysely } from 'kysely';
import { nominationStreamId } from '@vinhdanh/contracts';
import type { CurrentTask, Database, NominationDetail, NominationSummary } from '@vinhdanh/db';
import type { Dossier, OpenTask, Recusal, SubmittedNominationState, TaskHolder } from '@vinhdanh/domain';
import type { EventStore } from '@vinhdanh/event-store';
import { unitNames } from './nominations.reads';
import { disclosureView, type DisclosureDetailView } from '../disclosure/disclosure.view';

/** One step of the route as the nomination page shows it. */
export interface RouteStepView {
  level: number;
  unitId: string;
  unitName: string;
  /** done: decided and passed on; current: the open task is here; pending: not reached yet. */
  state: 'done' | 'current' | 'pending';
}

/** One fact of the nomination's history, from the event store (the record, not the read model). */
export interface HistoryEntry {
  version: number;
  type: string;
  occurredAt: string;
  recordedAt: string;
  actor: { userId: string | null; name: string | null; unitId: string | null };
  reason: string | null;
  hash: string;
  prevHash: string;
}

/** Where the open task stands in its level's procedure, and its deadline. */
export interface ProcedureView {
  steps: readonly string[] | null;
  step: string | null;
  appraisal: OpenTask['appraisal'] | null;
  vote: OpenTask['vote'] | null;
  dueAt: string | null;
  overdue: boolean;
  stuck: boolean;
}

function procedureView(task: OpenTask | null): ProcedureView | null {
  if (!task) return null;
  return {
    steps: task.steps ?? null,
    step: task.step ?? null,
    appraisal: task.appraisal ?? null,
    vote: task.vote ?? null,
    dueAt: task.dueAt ?? null,
    overdue: task.overdue ?? false,
    stuck: task.stuck ?? false,
  };
}

/** A nomination as `GET /api/nominations/:id` returns it. */
export interface NominationView extends NominationSummary {
  dossier: Dossier;
  route: RouteStepView[];
  currentTask: CurrentTask | null;
  outcome: SubmittedNominationState['outcome'];
  returnCount: number;
  revisionCount: number;
  history: HistoryEntry[];
  /** The open task's procedure: its steps, the one under way, the last appraisal and vote, and its deadline. */
  procedure: ProcedureView | null;
  /** The latest hold (tạm dừng), with its resumption once resumed. */
  hold: SubmittedNominationState['hold'] | null;
  /** The revocation (thu hồi) of a granted award. */
  revocation: SubmittedNominationState['revocation'] | null;
  /** Public disclosure (công khai): period, objections and answers; null when none is required. */
  disclosure: DisclosureDetailView | null;
  /** Who holds the open task (claimed or assigned); null while the unit's pool holds it. */
  taskHolder: TaskHolder | null;
  /** Users who recused themselves from this nomination, oldest first. */
  recusals: readonly Recusal[];
  /** False when the event store already holds events the read model has not folded yet. */
  readModelCaughtUp: boolean;
}

const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);

function routeView(detail: NominationDetail, names: Map<string, string>): RouteStepView[] {
  const task = detail.currentTask;
  const currentIndex = task ? detail.route.findIndex((s) => s.unitId === task.unitId && s.level === task.level) : -1;
  const granted = detail.status === 'GRANTED';
  return detail.route.map((step, i) => ({
    level: step.level,
    unitId: step.unitId,
    unitName: names.get(step.unitId) ?? step.unitId,
    state: i === currentIndex ? 'current' : granted || (currentIndex >= 0 && i < currentIndex) ? 'done' : 'pending',
  }));
}

/** The detail view: read model, dossier, route with the current step and the history from the store. */
export async function nominationView(
  db: Kysely<Database>,
  store: EventStore,
  detail: NominationDetail,
): Promise<NominationView> {
  const [events, names] = await Promise.all([
    store.readStream(nominationStreamId(detail.id)),
    unitNames(
      db,
      detail.route.map((s) => s.unitId),
    ),
  ]);
  const { route: _route, state, ...summary } = detail;
  return {
    ...summary,
    dossier: state.dossier,
    route: routeView(detail, names),
    outcome: state.outcome,
    returnCount: state.returnCount,
    revisionCount: state.revisionCount,
    procedure: procedureView(state.openTask),
    hold: state.hold ?? null,
    revocation: state.revocation ?? null,
    disclosure: disclosureView(summary.disclosure, state),
    taskHolder: state.openTask?.holder ?? null,
    recusals: state.recusals ?? [],
    history: events.map((e) => ({
      version: e.streamVersion,
      type: e.type,
      occurredAt: e.occurredAt,
      recordedAt: e.recordedAt,
      actor: { userId: text(e.metadata.actor), name: text(e.metadata.actorName), unitId: text(e.metadata.actorUnitId) },
      reason: text(e.metadata.reason),
      hash: e.hash,
      prevHash: e.prevHash,
    })),
    readModelCaughtUp: events.length <= detail.version,
  };
}
