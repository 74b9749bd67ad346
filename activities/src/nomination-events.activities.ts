import { ApplicationFailure, Context } from '@temporalio/activity';
import type { AppendNominationEventsInput, AppendNominationEventsResult } from '@vinhdanh/contracts';
import { nominationStreamId } from '@vinhdanh/contracts';
import type { NominationEvent } from '@vinhdanh/domain';
import {
  EventIdConflictError,
  InvalidEventError,
  StreamVersionConflictError,
  type EventMetadata,
  type JsonValue,
  type NewEvent,
} from '@vinhdanh/event-store';
import type { ActivityDeps } from './activity-deps';

/**
 * The stored form of a domain event: store-level metadata (who, why, which workflow, which rule
 * set) for queries and audits, plus the domain event's own metadata under `domain` so replay
 * rebuilds exactly the event the workflow folded.
 */
export function toStoredEvent(
  eventId: string,
  event: NominationEvent,
  context: AppendNominationEventsInput['context'],
  workflow: { workflowId?: string; runId?: string },
): NewEvent {
  const data = event.data as Record<string, unknown>;
  const metadata: EventMetadata = {
    actor: event.metadata.actor.userId,
    actorName: event.metadata.actor.name,
    actorUnitId: event.metadata.actor.unitId,
    ruleSetVersion: event.metadata.ruleSetVersion,
    reason: typeof data.reason === 'string' ? data.reason : undefined,
    onBehalfOf: context?.onBehalfOf,
    correlationId: context?.correlationId,
    workflowId: workflow.workflowId,
    runId: workflow.runId,
    domain: event.metadata as unknown as JsonValue,
  };
  for (const key of Object.keys(metadata)) if (metadata[key] === undefined) delete metadata[key];
  return { eventId, type: event.type, data, metadata, occurredAt: event.metadata.now };
}

/** Activities that write a nomination's events; retried by Temporal, idempotent by event id. */
export function createNominationEventActivities(deps: ActivityDeps) {
  return {
    /** Appends the events the workflow decided, at the version it expects. */
    async appendNominationEvents(input: AppendNominationEventsInput): Promise<AppendNominationEventsResult> {
      const info = Context.current().info;
      const workflow = { workflowId: info.workflowExecution?.workflowId, runId: info.workflowExecution?.runId };
      const events = input.events.map(({ eventId, event }) => toStoredEvent(eventId, event, input.context, workflow));
      try {
        const result = await deps.eventStore.append(
          nominationStreamId(input.nominationId),
          input.expectedVersion,
          events,
        );
        return { version: result.nextExpectedVersion, alreadyWritten: result.alreadyWritten };
      } catch (err) {
        // The workflow is the stream's only writer: a conflict is a bug or a second run, never transient.
        if (
          err instanceof StreamVersionConflictError ||
          err instanceof EventIdConflictError ||
          err instanceof InvalidEventError
        ) {
          throw ApplicationFailure.nonRetryable(err.message, err.code);
        }
        throw err;
      }
    },
  };
}
