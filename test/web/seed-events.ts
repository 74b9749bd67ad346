import { randomUUID } from 'node:crypto';
import { toStoredEvent } from '@vinhdanh/activities';
import { nominationStreamId, nominationWorkflowId } from '@vinhdanh/contracts';
import { decide, evolve, initialState, type NominationCommand, type NominationState } from '@vinhdanh/domain';
import type { EventStore } from '@vinhdanh/event-store';

/**
 * Writes a nomination's events as the workflow would (decided from the folded state, appended in
 * order) without a workflow: for pages that only read, e.g. a review waiting at a province for the
 * quota gauge, which the real procedure would take a dozen steps to reach.
 */
export async function seedNominationEvents(
  store: EventStore,
  commands: (id: string) => NominationCommand[],
): Promise<string> {
  const id = randomUUID();
  let state: NominationState = initialState();
  let version = 0;
  for (const command of commands(id)) {
    const events = decide(command, state);
    await store.append(
      nominationStreamId(id),
      version,
      events.map((e) => toStoredEvent(randomUUID(), e, undefined, { workflowId: nominationWorkflowId(id) })),
    );
    for (const e of events) state = evolve(state, e);
    version += events.length;
  }
  return id;
}
