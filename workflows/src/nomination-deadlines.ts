import { condition, sleep } from '@temporalio/workflow';
import type { ComputeTaskDueAtInput, TaskDeadline } from '@vinhdanh/activities';
import { evolve, isFinalStatus } from '@vinhdanh/domain';
import type {
  Actor,
  NominationCommand,
  NominationEvent,
  NominationState,
  OpenTask,
  SubmittedNominationState,
  TaskTimer,
} from '@vinhdanh/domain';

/** The due time the ladder is armed for, its rungs and the rungs already reported. */
export interface DeadlinePlan {
  taskSeq: number;
  dueAt: string;
  deadline: TaskDeadline;
  fired: Set<TaskTimer>;
}

/** The workflow itself, as the scheduler of deadline timers. */
export const SYSTEM_ACTOR = (unitId: string): Actor => ({
  userId: 'system:deadlines',
  name: 'Hệ thống (hạn xử lý)',
  unitId,
});

/**
 * What a command's events mean for the deadline: the `computeTaskDueAt` input to ask for and
 * whether a `SetTaskDue` must follow (a task opened or resumed), or nothing. Pure: it folds the
 * events onto a copy of the state.
 */
export function deadlineRequest(
  before: NominationState,
  events: readonly NominationEvent[],
): { after: SubmittedNominationState; task: OpenTask; input: ComputeTaskDueAtInput; setDue: boolean } | null {
  if (events.length === 0) return null;
  const after = events.reduce(evolve, before);
  if (after.status === 'DRAFT' || isFinalStatus(after.status) || !after.openTask) return null;
  const task = after.openTask;
  const prior = before.status === 'DRAFT' ? null : before.openTask;
  const base = {
    openedAt: task.openedAt,
    level: task.level,
    campaignId: after.campaignId,
    ruleSetVersion: after.ruleSetVersion,
    kind: task.kind,
  } as const;
  if (prior?.taskSeq !== task.taskSeq) return { after, task, input: base, setDue: true };
  if (!task.dueAt) return null;
  const resumed = events.find((e) => e.type === 'NominationResumed');
  if (resumed && after.hold) {
    const held = { dueAt: task.dueAt, from: after.hold.at, to: resumed.metadata.now };
    return { after, task, input: { ...base, held }, setDue: true };
  }
  if (events.some((e) => e.type === 'NominationTaskDeadlineExtended')) {
    return { after, task, input: { ...base, dueAt: task.dueAt }, setDue: false };
  }
  return null;
}

/** The next rung of the ladder still to report, with its instant; none once all have been. */
function nextRung(task: OpenTask, plan: DeadlinePlan): { timer: TaskTimer; at: string } | null {
  const { deadline, fired } = plan;
  if (deadline.remindAt && !fired.has('reminder') && task.remindedFor !== plan.dueAt && !task.overdue) {
    return { timer: 'reminder', at: deadline.remindAt };
  }
  if (!fired.has('deadline_missed') && !task.overdue) return { timer: 'deadline_missed', at: plan.dueAt };
  const escalate: TaskTimer = deadline.onEscalate === 'auto_return' ? 'auto_return' : 'stuck';
  if (deadline.escalateAt && !fired.has(escalate) && !task.stuck) return { timer: escalate, at: deadline.escalateAt };
  return null;
}

/** What, when it changes, makes the ladder re-arm: the open task, its due time and the hold. */
function keyOf(state: NominationState): string {
  if (state.status === 'DRAFT' || isFinalStatus(state.status)) return `final:${state.status}`;
  const task = state.openTask;
  return `${task?.taskSeq ?? '-'}|${task?.dueAt ?? '-'}|${state.status === 'ON_HOLD' ? 'held' : 'open'}`;
}

/**
 * The durable escalation ladder: waits on workflow timers for the armed plan's rungs (remind,
 * deadline missed, stuck or auto-return) and reports each through `RecordTaskTimer`. Any change
 * of task, due time or hold wakes it to re-arm; the decider turns a stale report into a no-op.
 * Returns when the nomination reaches a final status.
 */
export async function runDeadlineLadder(host: {
  state(): NominationState;
  plan(): DeadlinePlan | null;
  now(): string;
  execute(command: NominationCommand): Promise<unknown>;
  /**
   * Keep a started timer that falls due no later than the next rung instead of cancelling it (it
   * wakes the ladder, which re-arms if the rung is not due yet): a climb whose levels decide in
   * time records one timer, not a started/cancelled pair per level.
   */
  keepsEarlierTimer?: boolean;
}): Promise<void> {
  let timer: { at: number; fired: boolean } | null = null;
  for (;;) {
    const state = host.state();
    if (state.status !== 'DRAFT' && isFinalStatus(state.status)) return;
    const key = keyOf(state);
    const changed = () => keyOf(host.state()) !== key;
    const task = state.status === 'DRAFT' ? null : state.openTask;
    const plan = host.plan();
    const armed = task && state.status !== 'ON_HOLD' && plan?.taskSeq === task.taskSeq && plan.dueAt === task.dueAt;
    const rung = armed ? nextRung(task, plan) : null;
    if (!task || !plan || !rung) {
      await condition(changed);
      continue;
    }
    if (host.keepsEarlierTimer) {
      const at = Date.parse(rung.at);
      if (at > Date.now()) {
        if (!timer || timer.fired || timer.at > at) {
          const started = { at, fired: false };
          void sleep(at - Date.now()).then(
            () => (started.fired = true),
            () => undefined, // cancelled with the workflow: the ladder sees that through its condition
          );
          timer = started;
        }
        const waiting = timer;
        await condition(() => changed() || waiting.fired);
        // A change re-arms; a timer kept from an earlier rung wakes the ladder before this one is due.
        if (changed() || Date.now() < at) continue;
      }
    } else if (await condition(changed, Math.max(1, Date.parse(rung.at) - Date.now()))) {
      // Workflow time: deterministic on replay; a rung already due fires at once.
      continue;
    }
    plan.fired.add(rung.timer);
    await host.execute({
      type: 'RecordTaskTimer',
      nominationId: state.status === 'DRAFT' ? '' : state.nominationId,
      actor: SYSTEM_ACTOR(task.unitId),
      now: host.now(),
      taskSeq: task.taskSeq,
      dueAt: plan.dueAt,
      timer: rung.timer,
    });
  }
}
