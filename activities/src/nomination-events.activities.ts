import { ApplicationFailure, Context } from '@temporalio/activity';
import type { AppendNominationEventsInput, AppendNominationEventsResult } from '@vinhdanh/contracts';
import { nominationStreamId } from '@vinhdanh/contracts';
import {
  QuotaError,
  decide,
  evolve,
  type Actor,
  type NominationEvent,
  type SubmittedNominationState,
} from '@vinhdanh/domain';
import { releaseQuotaSlots, reserveQuotaSlots } from '@vinhdanh/db';
import {
  EventIdConflictError,
  InvalidEventError,
  NotJsonError,
  StreamVersionConflictError,
  UnencodableEventError,
  type AppendResult,
  type EventMetadata,
  type JsonValue,
  type NewEvent,
} from '@vinhdanh/event-store';
import type { ActivityDeps } from './activity-deps';
import { bucketsUsedBy, quotaExceeded, releasesQuota, type NominationQuotaScope } from './quota-reservation';
import { RuleSetUnknownError, createRuleSetLoader } from './rule-set-loader';
import { clearWorkflowFailure, recordWorkflowFailure } from './workflow-failures';
import type { ComputeTaskDueAtInput, TaskDeadline } from './task-deadline.types';

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

/** The caller's answer for events the store cannot encode: a 400 naming the field, never retried. */
function unencodable(err: UnencodableEventError | NotJsonError): ApplicationFailure {
  const field = err.path.replace(/^events\[\d+\]\.(data|metadata)\.?/, '') || err.path;
  const messageVi =
    err instanceof UnencodableEventError
      ? `Trường "${field}" chứa ký tự không lưu được (${err.codePoint}).`
      : `Trường "${field}" không phải giá trị JSON lưu được.`;
  return ApplicationFailure.create({
    type: 'EVENT_STORE.UNENCODABLE_TEXT',
    message: err.message,
    nonRetryable: true,
    details: [{ messageVi, messageEn: err.message, details: { field } }],
  });
}

/**
 * The task deadline the append computes and writes with the decision (runs with
 * `DUE_TIME_IN_APPEND_PATCH`): one local activity, so one history marker per decision instead of two.
 */
export interface AppendDeadlineAsk {
  input: ComputeTaskDueAtInput;
  /** The state after the decided events: the due time (and a late arrival) are decided on it. */
  after: SubmittedNominationState;
  /** A task opened or resumed: write `SetTaskDue`; otherwise (an extension) only the ladder is asked. */
  setDue: boolean;
  taskSeq: number;
  actor: Actor;
  now: string;
  /** Ids the workflow fixed for the events the deadline adds, so a retried append writes nothing twice. */
  eventIds: string[];
}

/** Input of `appendNominationEvents`: the contract's, plus the quota scope and deadline the workflow passes. */
export type AppendNominationEventsWithQuotaInput = AppendNominationEventsInput & {
  quota?: NominationQuotaScope;
  deadline?: AppendDeadlineAsk;
};

/** Reply of `appendNominationEvents`: with a deadline ask, the deadline and the events it added. */
export type AppendNominationEventsWithDeadlineResult = AppendNominationEventsResult & {
  deadline?: TaskDeadline;
  added?: NominationEvent[];
};

/** Activities that write a nomination's events; retried by Temporal, idempotent by event id. */
export function createNominationEventActivities(
  deps: ActivityDeps,
  computeTaskDueAt: (input: ComputeTaskDueAtInput) => Promise<TaskDeadline>,
) {
  const ruleSetOf = createRuleSetLoader(deps.db);

  /**
   * The deadline and the events it adds (a late arrival, `SetTaskDue`), decided on the state after
   * the decision. A deadline that cannot be computed (a broken calendar or rule set: non-retryable)
   * leaves the task without one rather than blocking the decision; a database outage is retried.
   */
  async function deadlineEvents(
    nominationId: string,
    ask: AppendDeadlineAsk,
  ): Promise<{ deadline?: TaskDeadline; added: { eventId: string; event: NominationEvent }[] }> {
    let deadline: TaskDeadline;
    try {
      deadline = await computeTaskDueAt(ask.input);
    } catch (err) {
      if (err instanceof ApplicationFailure && err.nonRetryable) return { added: [] };
      throw err;
    }
    if (!ask.setDue) return { deadline, added: [] };
    const base = { nominationId, now: ask.now, actor: ask.actor, taskSeq: ask.taskSeq };
    let after: SubmittedNominationState = ask.after;
    const events: NominationEvent[] = [];
    if (deadline.arrivedAfterCutOff) {
      const late = decide({ ...base, type: 'RecordLateSubmission', cutOffAt: deadline.arrivedAfterCutOff }, after);
      events.push(...late);
      after = late.reduce(evolve, after) as SubmittedNominationState;
    }
    events.push(...decide({ ...base, type: 'SetTaskDue', dueAt: deadline.dueAt }, after));
    const added = events.map((event, i) => ({ eventId: ask.eventIds[i], event }));
    if (added.some((a) => a.eventId === undefined)) {
      throw ApplicationFailure.nonRetryable(`deadline added ${events.length} events, ${ask.eventIds.length} ids given`);
    }
    return { deadline, added: added as { eventId: string; event: NominationEvent }[] };
  }

  /**
   * Appends with the quota slots the events take or give back, all in ONE transaction: a full
   * bucket aborts it, so the approval's events are not written either.
   */
  async function appendWithQuota(
    input: AppendNominationEventsWithQuotaInput & { quota: NominationQuotaScope },
    events: NewEvent[],
  ): Promise<AppendResult> {
    const domainEvents = input.events.map((e) => e.event);
    const now = domainEvents[0]?.metadata.now ?? deps.clock.now().toISOString();
    const buckets = await bucketsUsedBy(deps.db, ruleSetOf, input.quota, domainEvents, now);
    const release = releasesQuota(domainEvents);
    const streamId = nominationStreamId(input.nominationId);
    if (buckets.length === 0 && !release) return deps.eventStore.append(streamId, input.expectedVersion, events);
    const result = await deps.db.transaction().execute(async (trx) => {
      if (buckets.length > 0) {
        const outcome = await reserveQuotaSlots(trx, input.nominationId, buckets);
        if (!outcome.ok) {
          const full = buckets.find((b) => b.key === outcome.key) ?? buckets[0];
          if (full) throw quotaExceeded(full, outcome.used);
        }
      }
      if (release) await releaseQuotaSlots(trx, input.nominationId);
      return deps.eventStore.appendInTransaction(trx, streamId, input.expectedVersion, events);
    });
    if (!result.alreadyWritten) deps.eventStore.notifyAppended(result);
    return result;
  }

  return {
    /** Appends the events the workflow decided, at the version it expects, with their quota slots. */
    async appendNominationEvents(
      input: AppendNominationEventsWithQuotaInput,
    ): Promise<AppendNominationEventsWithDeadlineResult> {
      const info = Context.current().info;
      const workflow = { workflowId: info.workflowExecution?.workflowId, runId: info.workflowExecution?.runId };
      try {
        const { deadline, added } = input.deadline
          ? await deadlineEvents(input.nominationId, input.deadline)
          : { deadline: undefined, added: [] };
        const events = [...input.events, ...added].map(({ eventId, event }) =>
          toStoredEvent(eventId, event, input.context, workflow),
        );
        const result = input.quota
          ? await appendWithQuota({ ...input, quota: input.quota }, events)
          : await deps.eventStore.append(nominationStreamId(input.nominationId), input.expectedVersion, events);
        if (info.attempt > 1 && workflow.workflowId) await clearWorkflowFailure(deps.db, workflow.workflowId);
        return {
          version: result.nextExpectedVersion,
          alreadyWritten: result.alreadyWritten,
          ...(deadline ? { deadline, added: added.map((a) => a.event) } : {}),
        };
      } catch (err) {
        // A refused quota is the caller's answer (409/422), with both languages and the usage.
        if (err instanceof QuotaError) {
          throw ApplicationFailure.create({
            type: err.code,
            message: err.messageEn,
            nonRetryable: true,
            details: [{ messageVi: err.messageVi, messageEn: err.messageEn, details: err.details }],
          });
        }
        if (err instanceof RuleSetUnknownError) throw ApplicationFailure.nonRetryable(err.message, err.code);
        // Text the store cannot encode fails the same way on every attempt: refuse the command.
        if (err instanceof UnencodableEventError || err instanceof NotJsonError) throw unencodable(err);
        // The workflow is the stream's only writer: a conflict is a bug or a second run, never transient.
        if (
          err instanceof StreamVersionConflictError ||
          err instanceof EventIdConflictError ||
          err instanceof InvalidEventError
        ) {
          throw ApplicationFailure.nonRetryable(err.message, err.code);
        }
        // Retried (forever): tell the stuck desk why this workflow cannot move.
        if (workflow.workflowId) {
          const { workflowId } = workflow;
          const failure = { workflowId, nominationId: input.nominationId, activityType: info.activityType };
          await recordWorkflowFailure(deps.db, { ...failure, attempt: info.attempt, error: err });
        }
        throw err;
      }
    },
  };
}
