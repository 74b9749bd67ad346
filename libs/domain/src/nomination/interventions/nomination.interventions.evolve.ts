import type { NominationInterventionEvent } from './nomination.interventions.events';
import type { OpenTask, SubmittedNominationState } from '../shared/nomination.state.types';

const INTERVENTION_OF = {
  NominationTaskReminded: 'RemindTask',
  NominationForceReturned: 'ForceReturnNomination',
  NominationCancelled: 'CancelNomination',
} as const;

/** Folds the interventions' events into a submitted nomination. */
export function evolveIntervention(
  state: SubmittedNominationState,
  event: NominationInterventionEvent,
): SubmittedNominationState {
  const { actor, now } = event.metadata;
  const lastIntervention = { type: INTERVENTION_OF[event.type], by: actor, at: now };
  switch (event.type) {
    case 'NominationTaskReminded':
      return { ...state, lastIntervention };
    case 'NominationForceReturned': {
      const { to, resumeAt, taskSeq } = event.data;
      const openTask: OpenTask = {
        kind: 'revision',
        level: to.level,
        unitId: to.unitId,
        taskSeq,
        openedAt: now,
        returnedBy: resumeAt,
      };
      return {
        ...state,
        status: 'RETURNED',
        openTask,
        tasksOpened: taskSeq,
        returnCount: state.returnCount + 1,
        lastIntervention,
      };
    }
    case 'NominationCancelled':
      return {
        ...state,
        status: 'CANCELLED',
        openTask: null,
        outcome: { status: 'CANCELLED', by: actor, at: now, reason: event.data.reason },
        lastIntervention,
      };
  }
}
