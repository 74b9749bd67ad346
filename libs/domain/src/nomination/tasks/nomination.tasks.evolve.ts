import type { NominationEvent } from '../nomination.events';
import type { SubmittedNominationState } from '../shared/nomination.state.types';
import { NOMINATION_TASK_EVENT_TYPES, type NominationTaskEvent } from './nomination.tasks.events';

/** True for the task-ownership and recusal events. */
export function isTaskEvent(event: NominationEvent): event is NominationTaskEvent {
  return NOMINATION_TASK_EVENT_TYPES.has(event.type);
}

/** Only the open task the event names changes: a late event about a closed task changes nothing. */
function onTask(
  state: SubmittedNominationState,
  taskSeq: number,
  holder: NonNullable<SubmittedNominationState['openTask']>['holder'] | null,
): SubmittedNominationState {
  const task = state.openTask;
  if (!task || task.taskSeq !== taskSeq) return state;
  const { holder: _previous, ...rest } = task;
  return { ...state, openTask: holder ? { ...rest, holder } : rest };
}

/** Folds the task-ownership and recusal events into a submitted nomination. */
export function evolveTasks(state: SubmittedNominationState, event: NominationTaskEvent): SubmittedNominationState {
  const { actor, now } = event.metadata;
  switch (event.type) {
    case 'NominationTaskClaimed':
      return onTask(state, event.data.taskSeq, { userId: actor.userId, name: actor.name, since: now });
    case 'NominationTaskReleased':
      return onTask(state, event.data.taskSeq, null);
    case 'NominationTaskAssigned':
      return onTask(state, event.data.taskSeq, { ...event.data.assignee, since: now, assignedBy: actor });
    case 'NominationTaskReassigned':
      return onTask(state, event.data.taskSeq, { ...event.data.to, since: now, assignedBy: actor });
    case 'NominationRecused': {
      const recusal = {
        userId: actor.userId,
        name: actor.name,
        unitId: actor.unitId,
        at: now,
        reason: event.data.reason,
      };
      const recused = { ...state, recusals: [...(state.recusals ?? []), recusal] };
      const released = event.data.releasedTaskSeq;
      return released === null ? recused : onTask(recused, released, null);
    }
  }
}
