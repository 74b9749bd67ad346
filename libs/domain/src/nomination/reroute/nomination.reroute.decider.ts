import { NominationError } from '../shared/nomination.errors';
import type { NominationEvent } from '../nomination.events';
import { metadataOf } from '../procedure/nomination.procedure.decider';
import type { RerouteNomination } from './nomination.reroute.commands';
import type { NominationRerouted } from './nomination.reroute.events';
import type { NominationState, SubmittedNominationState } from '../shared/nomination.state.types';
import { isFinalStatus } from '../shared/nomination.status';

/**
 * The route index from which steps are not yet done: the open task's step (a review there, or a
 * revision being prepared there), or none when nothing is open. Steps below it are history and
 * keep the unit that decided them.
 */
function firstPendingIndex(state: SubmittedNominationState): number {
  const task = state.openTask;
  if (!task) return state.route.length;
  const index = state.route.findIndex((s) => s.level === task.level && s.unitId === task.unitId);
  return index < 0 ? state.route.length : index;
}

/**
 * True when `unitId` is a not-yet-done step of a nomination still in progress: what a
 * reorganisation must move. Used by the decider and by the job that plans the moves.
 */
export function waitsOnUnit(state: NominationState, unitId: string): boolean {
  if (state.status === 'DRAFT' || isFinalStatus(state.status)) return false;
  const index = state.route.findIndex((s) => s.unitId === unitId);
  return index >= 0 && index >= firstPendingIndex(state);
}

/**
 * Replaces a dissolved (or re-parented-away) unit in the pending steps by its successor and
 * moves an open task there. No-op when nothing pending names the unit: already moved (a retried
 * job), decided before the reorganisation, or the nomination is final.
 */
export function reroute(cmd: RerouteNomination, state: SubmittedNominationState): NominationEvent[] {
  if (!waitsOnUnit(state, cmd.fromUnitId)) return [];
  if (state.route.some((s) => s.unitId === cmd.toUnitId)) {
    throw NominationError.invalid([
      {
        field: 'toUnitId',
        message: `${cmd.toUnitId} is already on the route; it cannot take a second step`,
        messageVi: 'đơn vị này đã có trên tuyến trình, không thể nhận thêm một bước',
      },
    ]);
  }
  const step = state.route.find((s) => s.unitId === cmd.fromUnitId);
  if (!step) return [];
  const task = state.openTask;
  return [
    {
      type: 'NominationRerouted',
      data: {
        reorganisationId: cmd.reorganisationId,
        from: { level: step.level, unitId: cmd.fromUnitId },
        to: { level: step.level, unitId: cmd.toUnitId },
        reason: cmd.reason,
        taskSeq: task?.unitId === cmd.fromUnitId ? task.taskSeq : null,
      },
      metadata: metadataOf(cmd, state),
    },
  ];
}

/** Folds a reroute: the route, the open task and a revision's return point name the successor. */
export function evolveRerouted(state: SubmittedNominationState, event: NominationRerouted): SubmittedNominationState {
  const { from, to } = event.data;
  const swap = <T extends { unitId: string }>(s: T): T => (s.unitId === from.unitId ? { ...s, unitId: to.unitId } : s);
  const task = state.openTask;
  return {
    ...state,
    route: state.route.map(swap),
    openTask: task ? { ...swap(task), ...(task.returnedBy ? { returnedBy: swap(task.returnedBy) } : {}) } : null,
  };
}
