import type { IsoDateTime } from '../shared/dates';
import type { OrgLevel } from '../org/org-unit';
import type { AwardCode } from '../rules/rule-set.schema';
import type { RouteStep } from '../route/route';
import type { Actor, Decision } from './nomination.commands';
import type { Dossier } from './nomination.dossier';
import type { NominationEvent } from './nomination.events';
import type { NominationStatus } from './nomination.status';
import type { ProcedureStepKind } from '../rules/procedure-rules.schema';
import type { NominationProcedure } from '../procedure/procedure';
import type { EligibilityCheck } from '../eligibility/eligibility.schema';
import type { HoldKind } from './nomination.procedure.commands';
import { evolveProcedure, statusOfStep } from './nomination.procedure.evolve';
import { evolveTasks, isTaskEvent } from './nomination.tasks.evolve';
import { evolveRerouted } from './nomination.reroute.decider';
import { evolveIntervention } from './nomination.interventions.evolve';
import { evolveDisclosure, type NominationDisclosure } from './nomination.disclosure.state';
import { evolveSubmittedAfterCutOff } from './nomination.cut-off';

/** The one task a nomination waits on: a review at a route level, or a revision after a return. */
export interface OpenTask {
  readonly kind: 'review' | 'revision';
  readonly level: OrgLevel;
  readonly unitId: string;
  readonly taskSeq: number;
  readonly openedAt: IsoDateTime;
  /** For a revision: the level that returned it, where the review reopens on resubmission. */
  readonly returnedBy?: RouteStep;
  /** The level's ordered procedure steps (absent: one plain decision) and the one under way. */
  readonly steps?: readonly ProcedureStepKind[];
  readonly step?: ProcedureStepKind;
  /** The last step recorded on this task, to treat a repeated delivery as a no-op. */
  readonly lastStep?: { readonly step: ProcedureStepKind; readonly by: Actor; readonly at: IsoDateTime };
  readonly appraisal?: { readonly passed: boolean; readonly checks: readonly EligibilityCheck[] };
  readonly vote?: { readonly passed: boolean; readonly share: number; readonly required: number };
  /** Deadline data, set by the workflow's timers (issue 4). */
  readonly dueAt?: IsoDateTime;
  readonly remindedFor?: IsoDateTime;
  readonly overdue?: boolean;
  readonly stuck?: boolean;
  /** Who holds the task (claimed or assigned, issue 5); absent while the unit's pool holds it. */
  readonly holder?: TaskHolder;
  /** Set when the dossier arrived after the level's cut-off (the sender's lateness): that cut-off. */
  readonly arrivedAfterCutOff?: IsoDateTime;
}

/** The person holding an open task, since when, and who assigned it (absent for a claim). */
export interface TaskHolder {
  readonly userId: string;
  readonly name: string;
  readonly since: IsoDateTime;
  readonly assignedBy?: Actor;
}

/** A user who stepped aside from the nomination (conflict of interest); they can no longer act on it. */
export interface Recusal {
  readonly userId: string;
  readonly name: string;
  readonly unitId: string;
  readonly at: IsoDateTime;
  readonly reason: string;
}

/** A pause of the nomination and, once resumed, who resumed it. */
export interface NominationHold {
  readonly kind: HoldKind;
  readonly reason: string;
  readonly by: Actor;
  readonly at: IsoDateTime;
  readonly statusBefore: Exclude<NominationStatus, 'DRAFT'>;
  readonly resumed?: { readonly by: Actor; readonly at: IsoDateTime; readonly reason: string };
}

/** The latest decision taken at a level, kept to refuse late duplicates with who and when. */
export interface LastDecision {
  readonly decision: Decision;
  readonly level: OrgLevel;
  readonly unitId: string;
  readonly taskSeq: number;
  readonly by: Actor;
  readonly at: IsoDateTime;
}

/** A nomination nobody has submitted yet (the state before its first event). */
export interface DraftNominationState {
  readonly status: 'DRAFT';
}

/** A submitted nomination. JSON-safe: it is returned by workflow queries as is. */
export interface SubmittedNominationState {
  readonly status: Exclude<NominationStatus, 'DRAFT'>;
  readonly nominationId: string;
  readonly nominatingUnitId: string;
  readonly awardCode: AwardCode;
  readonly campaignId: string;
  readonly ruleSetVersion: string;
  readonly dossier: Dossier;
  readonly route: readonly RouteStep[];
  readonly submittedBy: Actor;
  readonly submittedAt: IsoDateTime;
  readonly openTask: OpenTask | null;
  /** Keyed by level; JSON turns the keys into strings, which index the same way. */
  readonly lastDecisions: Readonly<Partial<Record<OrgLevel, LastDecision>>>;
  readonly lastResubmission: { readonly by: Actor; readonly at: IsoDateTime } | null;
  readonly tasksOpened: number;
  readonly returnCount: number;
  readonly revisionCount: number;
  readonly outcome: {
    readonly status: NominationStatus;
    readonly by: Actor;
    readonly at: IsoDateTime;
    readonly reason?: string;
    readonly decisionNumber?: string;
    readonly decisionId?: string;
  } | null;
  /** The pinned rule set's procedure data; absent for nominations submitted without the procedure. */
  readonly procedure?: NominationProcedure;
  /** The latest hold, present once the nomination was ever held. */
  readonly hold?: NominationHold;
  /** Public disclosure (công khai) when the pinned rule set requires it: period and objections (issue 4). */
  readonly disclosure?: NominationDisclosure;
  /** The latest administrator's intervention (issue 5), to treat a repeated delivery as a no-op. */
  readonly lastIntervention?: {
    readonly type: 'RemindTask' | 'ForceReturnNomination' | 'CancelNomination';
    readonly by: Actor;
    readonly at: IsoDateTime;
  };
  /** Users who recused themselves (issue 5), oldest first; absent until someone does. */
  readonly recusals?: readonly Recusal[];
  /** Set when a granted award is revoked. */
  readonly revocation?: {
    readonly by: Actor;
    readonly at: IsoDateTime;
    readonly reason: string;
    readonly decisionNumber?: string;
  };
}

/** The state folded from a nomination's events. */
export type NominationState = DraftNominationState | SubmittedNominationState;

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
