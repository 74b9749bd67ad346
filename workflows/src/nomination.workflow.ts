import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  proxyLocalActivities,
  setHandler,
  upsertSearchAttributes,
  uuid4,
} from '@temporalio/workflow';
import type { Activities } from '@vinhdanh/activities';
import {
  VinhdanhAwardCode,
  VinhdanhCampaignId,
  VinhdanhLevel,
  VinhdanhStatus,
  VinhdanhUnitId,
  decideUpdate,
  getNominationStateQuery,
  resubmitUpdate,
  withdrawUpdate,
} from '@vinhdanh/contracts';
import type {
  CommandOutcome,
  NominationWorkflowInput,
  NominationWorkflowResult,
  RequestContext,
} from '@vinhdanh/contracts';
import { decide, evolve, initialState, isFinalStatus } from '@vinhdanh/domain';
import type { NominationCommand, NominationEvent, NominationState } from '@vinhdanh/domain';

// A local activity: an append is one short database statement, so running it inside the workflow
// task saves a round trip through the server and keeps history to about 7 events per decision.
// Retried with backoff (and idempotent by event id) when the database is down or the worker dies.
const { appendNominationEvents } = proxyLocalActivities<Activities>({
  startToCloseTimeout: '15 seconds',
  // Unlimited attempts: a database outage must delay a decision, never lose it.
  retry: { initialInterval: '500 milliseconds', backoffCoefficient: 2, maximumInterval: '30 seconds' },
});

/** Turns a domain refusal into the failure Temporal returns to the caller, code and both languages intact. */
function refusal(err: unknown): never {
  const e = err as { code?: unknown; messageVi?: string; messageEn?: string; details?: unknown; message?: string };
  if (typeof e?.code === 'string') {
    throw ApplicationFailure.create({
      type: e.code,
      message: e.messageEn ?? e.message ?? e.code,
      nonRetryable: true,
      details: [{ messageVi: e.messageVi, messageEn: e.messageEn, details: e.details }],
    });
  }
  throw err;
}

/**
 * One nomination's life: submitted, reviewed level by level up its route, until granted,
 * rejected or withdrawn. Decisions arrive as Updates whose validators run the pure `decide`, so
 * an invalid command is refused before anything reaches history; handlers run one at a time.
 */
export async function nominationWorkflow(input: NominationWorkflowInput): Promise<NominationWorkflowResult> {
  const nominationId = input.submit.nominationId;
  let state: NominationState = initialState();
  let version = 0;
  // The submission holds the first turn: updates buffered with the start (or replayed after a
  // worker crash) are dispatched as soon as their handler is registered, before it is written.
  let busy = true;

  const now = () => new Date().toISOString(); // workflow time: deterministic on replay
  const outcome = (events: CommandOutcome['events']): CommandOutcome => ({
    nominationId,
    status: state.status,
    version,
    events,
  });

  async function execute(
    command: NominationCommand,
    context?: RequestContext,
    holdsTurn = false,
  ): Promise<CommandOutcome> {
    if (!holdsTurn) {
      // Several waiters may wake in one activation; each re-checks before taking the turn.
      while (busy) await condition(() => !busy);
      busy = true;
    }
    try {
      let events: NominationEvent[];
      try {
        // Decided again under the lock: another update may have changed the state since validation.
        events = decide(command, state);
      } catch (err) {
        refusal(err);
      }
      if (events.length === 0) return outcome([]);
      const from = version;
      const written = await appendNominationEvents({
        nominationId,
        expectedVersion: version,
        events: events.map((event) => ({ eventId: uuid4(), event })),
        context,
      });
      for (const event of events) state = evolve(state, event);
      version = written.version;
      publishSearchAttributes(state);
      return outcome(events.map((e, i) => ({ type: e.type, streamVersion: from + i + 1 })));
    } finally {
      busy = false;
    }
  }

  function validate(command: NominationCommand): void {
    // While the submission itself is being written there is nothing to validate against yet:
    // accept, and the handler decides once the submission is in.
    if (busy && state.status === 'DRAFT') return;
    try {
      decide(command, state);
    } catch (err) {
      refusal(err);
    }
  }

  const base = () => ({ nominationId, now: now() });
  setHandler(getNominationStateQuery, () => ({ state, version }));
  setHandler(
    decideUpdate,
    ({ context, ...args }) => execute({ ...args, ...base(), type: 'DecideNomination' }, context),
    { validator: ({ context: _c, ...args }) => validate({ ...args, ...base(), type: 'DecideNomination' }) },
  );
  setHandler(
    resubmitUpdate,
    ({ context, ...args }) => execute({ ...args, ...base(), type: 'ResubmitNomination' }, context),
    { validator: ({ context: _c, ...args }) => validate({ ...args, ...base(), type: 'ResubmitNomination' }) },
  );
  setHandler(
    withdrawUpdate,
    ({ context, ...args }) => execute({ ...args, ...base(), type: 'WithdrawNomination' }, context),
    { validator: ({ context: _c, ...args }) => validate({ ...args, ...base(), type: 'WithdrawNomination' }) },
  );

  await execute(input.submit, input.context, true);
  await condition(() => isFinalStatus(state.status));
  // Let an update that raced the final decision reply (with its refusal) before completing.
  await condition(allHandlersFinished);
  return { nominationId, status: state.status, version };
}

/** Lets administrators query Temporal's visibility by status, level, unit, award and campaign. */
function publishSearchAttributes(state: NominationState): void {
  if (state.status === 'DRAFT') return;
  const task = state.openTask;
  upsertSearchAttributes([
    { key: VinhdanhStatus, value: state.status },
    { key: VinhdanhAwardCode, value: state.awardCode },
    { key: VinhdanhCampaignId, value: state.campaignId },
    { key: VinhdanhLevel, value: task ? task.level : null },
    { key: VinhdanhUnitId, value: task ? task.unitId : null },
  ]);
}
