import {
  evolve,
  initialState,
  NOMINATION_STATUS_LABELS,
  type NominationState,
  type StatusLabel,
} from '@vinhdanh/domain';
import type { RecordedEvent } from '@vinhdanh/event-store';
import { isNominationEvent, toDomainEvent } from '@vinhdanh/projections';

/** A nomination folded from its stored events with the domain's `evolve`. */
export interface FoldedNomination {
  state: NominationState;
  label: StatusLabel;
  /** Version of the last event applied (0 when none). */
  version: number;
  lastEvent: RecordedEvent | null;
}

/**
 * Folds stored events the way the workflow and the projection do (`toDomainEvent` then `evolve`);
 * events of other types in the stream are skipped, as the projection skips them.
 */
export function foldRecorded(events: readonly RecordedEvent[]): FoldedNomination {
  let state = initialState();
  let lastEvent: RecordedEvent | null = null;
  for (const recorded of events) {
    if (!isNominationEvent(recorded)) continue;
    state = evolve(state, toDomainEvent(recorded));
    lastEvent = recorded;
  }
  return { state, label: NOMINATION_STATUS_LABELS[state.status], version: lastEvent?.streamVersion ?? 0, lastEvent };
}
