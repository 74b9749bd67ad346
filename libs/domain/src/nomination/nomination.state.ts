import type { NominationEvent } from './nomination.events';
import type { OrgLevel } from '../org/org-unit';
import type { Decision } from './shared/nomination.command-base';
import type { NominationState, SubmittedNominationState } from './shared/nomination.state.types';
import { evolveProcedure, statusOfStep } from './procedure/nomination.procedure.evolve';
import { evolveTasks, isTaskEvent } from './tasks/nomination.tasks.evolve';
import { evolveRerouted } from './reroute/nomination.reroute.decider';
import { evolveIntervention } from './interventions/nomination.interventions.evolve';
import { evolveDisclosure } from './disclosure/nomination.disclosure.state';
import { evolveSubmittedAfterCutOff } from './deadlines/nomination.cut-off';

export type {
  OpenTask,
  TaskHolder,
  Recusal,
  NominationHold,
  LastDecision,
  DraftNominationState,
  SubmittedNominationState,
  NominationState,
} from './shared/nomination.state.types';

/** The state before any event. */
export function initialState(): NominationState {
  return { status: 'DRAFT' };
}

/**
 * Folds one event into the state. Pure: the workflow, the projector and the auditors' replay all
 * call it and must agree. Only a corrupted stream (an event before NominationSubmitted) throws.
 */
export function evolve(state: NominationState, event: NominationEvent): NominationState {
  const { actor, now } = event.metadata;
  if (event.type === 'NominationSubmitted') {
    return {
      status: 'AWAITING_INTAKE',
      nominationId: event.metadata.nominationId,
      nominatingUnitId: event.data.nominatingUnitId,
      awardCode: event.data.awardCode,
      campaignId: event.data.campaignId,
      ruleSetVersion: event.metadata.ruleSetVersion,
      dossier: event.data.dossier,
      route: event.data.route,
      submittedBy: actor,
      submittedAt: now,
      openTask: null,
      lastDecisions: {},
      lastResubmission: null,
      tasksOpened: 0,
      returnCount: 0,
      revisionCount: 0,
      outcome: null,
      ...(event.data.procedure ? { procedure: event.data.procedure } : {}),
      ...(event.data.disclosure
        ? { disclosure: { workingDays: event.data.disclosure.workingDays, objections: [] } }
        : {}),
    };
  }
  if (state.status === 'DRAFT') throw new Error(`${event.type} cannot apply to a nomination that was never submitted`);
  const decided = (decision: Decision, level: OrgLevel, unitId: string): SubmittedNominationState['lastDecisions'] => ({
    ...state.lastDecisions,
    [level]: { decision, level, unitId, taskSeq: state.openTask?.taskSeq ?? 0, by: actor, at: now },
  });
  switch (event.type) {
    case 'NominationReviewOpened': {
      const { level, unitId, taskSeq } = event.data;
      const atStart = state.route[0]?.level === level;
      const steps = state.route.find((s) => s.level === level && s.unitId === unitId)?.steps;
      const first = steps?.[0];
      return {
        ...state,
        status: first ? statusOfStep(first) : atStart ? 'AWAITING_INTAKE' : 'FORWARDED',
        openTask: { kind: 'review', level, unitId, taskSeq, openedAt: now, ...(first ? { steps, step: first } : {}) },
        tasksOpened: taskSeq,
      };
    }
    case 'NominationForwarded':
      return {
        ...state,
        openTask: null,
        lastDecisions: decided('approve', event.data.from.level, event.data.from.unitId),
      };
    case 'NominationReturned': {
      const { by, to, taskSeq } = event.data;
      return {
        ...state,
        status: 'RETURNED',
        openTask: { kind: 'revision', level: to.level, unitId: to.unitId, taskSeq, openedAt: now, returnedBy: by },
        lastDecisions: decided('return', by.level, by.unitId),
        tasksOpened: taskSeq,
        returnCount: state.returnCount + 1,
      };
    }
    case 'NominationResubmitted':
      return {
        ...state,
        dossier: event.data.dossier ?? state.dossier,
        openTask: null,
        lastResubmission: { by: actor, at: now },
        revisionCount: event.data.revision,
      };
    case 'NominationRejected':
      return {
        ...state,
        status: 'REJECTED',
        openTask: null,
        lastDecisions: decided('reject', event.data.level, event.data.unitId),
        outcome: { status: 'REJECTED', by: actor, at: now, reason: event.data.reason },
      };
    case 'NominationGranted':
      return {
        ...state,
        status: 'GRANTED',
        openTask: null,
        lastDecisions: decided('approve', event.data.level, event.data.unitId),
        outcome: {
          status: 'GRANTED',
          by: actor,
          at: now,
          decisionNumber: event.data.decisionNumber,
          ...(event.data.decisionId ? { decisionId: event.data.decisionId } : {}),
        },
      };
    case 'NominationWithdrawn':
      return {
        ...state,
        status: 'WITHDRAWN',
        openTask: null,
        outcome: { status: 'WITHDRAWN', by: actor, at: now, reason: event.data.reason },
      };
    case 'NominationTaskReminded':
    case 'NominationForceReturned':
    case 'NominationCancelled':
      return evolveIntervention(state, event);
    case 'NominationDisclosurePosted':
    case 'NominationDisclosureEnded':
    case 'NominationObjectionRecorded':
    case 'NominationObjectionAnswered':
    case 'NominationDisclosureHeldOnPaper':
      return evolveDisclosure(state, event);
    case 'NominationRerouted':
      return evolveRerouted(state, event);
    case 'NominationSubmittedAfterCutOff':
      return evolveSubmittedAfterCutOff(state, event);
    default:
      return isTaskEvent(event) ? evolveTasks(state, event) : evolveProcedure(state, event);
  }
}

/** Folds events from the initial state: how the workflow, projector and replay rebuild a nomination. */
export function foldNomination(
  events: readonly NominationEvent[],
  from: NominationState = initialState(),
): NominationState {
  return events.reduce(evolve, from);
}
