import { allHandlersFinished, condition, patched, proxyLocalActivities, setHandler, uuid4 } from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
import type { Activities, AppendDeadlineAsk } from '@vinhdanh/activities';
import {
  answerObjectionUpdate,
  cancelUpdate,
  assignTaskUpdate,
  claimTaskUpdate,
  decideUpdate,
  extendDeadlineUpdate,
  forceReturnUpdate,
  getNominationStateQuery,
  grantByDecisionUpdate,
  holdUpdate,
  recordAppraisalUpdate,
  recordIntakeUpdate,
  recordObjectionUpdate,
  recordPaperDisclosureUpdate,
  recordVoteUpdate,
  recuseUpdate,
  releaseTaskUpdate,
  remindUpdate,
  rerouteUpdate,
  resubmitUpdate,
  resumeUpdate,
  withdrawUpdate,
} from '@vinhdanh/contracts';
import type {
  CommandOutcome,
  NominationWorkflowInput,
  NominationWorkflowResult,
  RequestContext,
} from '@vinhdanh/contracts';
import { decide, evolve, initialState, isFinalStatus } from '@vinhdanh/domain';
import type { NominationCommand, NominationEvent, NominationState, TaskTimer } from '@vinhdanh/domain';
import { SYSTEM_ACTOR, deadlineRequest, runDeadlineLadder, type DeadlinePlan } from './nomination-deadlines';
import { publishSearchAttributes, quotaRefusal, quotaScopeOf, refusal } from './nomination-workflow.support';
import { runDisclosure } from './nomination-disclosure';
import {
  CUT_OFF_BLAMES_SENDER_PATCH,
  DEADLINES_AND_QUOTAS_PATCH,
  DUE_TIME_IN_APPEND_PATCH,
  GRANT_BY_DECISION_PATCH,
  PUBLIC_DISCLOSURE_PATCH,
} from './patches';

// A local activity: an append is one short database statement, so running it inside the workflow
// task saves a round trip through the server and keeps history to about 7 events per decision.
// Retried with backoff (and idempotent by event id) when the database is down or the worker dies.
const { appendNominationEvents, computeTaskDueAt } = proxyLocalActivities<Activities>({
  startToCloseTimeout: '15 seconds',
  // Unlimited attempts: a database outage must delay a decision, never lose it. At most 2 s apart,
  // so appends resume within seconds of the database's return (a failed attempt is one refused
  // connect, cheap); replay-safe, as a local activity's options are not part of its history.
  retry: { initialInterval: '500 milliseconds', backoffCoefficient: 2, maximumInterval: '2 seconds' },
});

/**
 * One nomination's life: submitted, reviewed level by level up its route, until granted,
 * rejected or withdrawn. Decisions arrive as Updates whose validators run the pure `decide`, so
 * an invalid command is refused before anything reaches history; handlers run one at a time.
 */
export async function nominationWorkflow(input: NominationWorkflowInput): Promise<NominationWorkflowResult> {
  const nominationId = input.submit.nominationId;
  // A run started with a history shape has every behaviour up to it; older runs ask their markers.
  const current = (input.shape ?? 0) >= 1;
  // Before anything else, so a run either has deadlines and quota scopes from its start or never.
  const deadlinesAndQuotas = current || patched(DEADLINES_AND_QUOTAS_PATCH);
  // Only runs whose submission pinned a disclosure ask, so every other history replays unchanged.
  const disclosure = input.submit.disclosure !== undefined && (current || patched(PUBLIC_DISCLOSURE_PATCH));
  const lateArrivals = deadlinesAndQuotas && (current || patched(CUT_OFF_BLAMES_SENDER_PATCH));
  const dueTimeInAppend = lateArrivals && (current || patched(DUE_TIME_IN_APPEND_PATCH));
  let state: NominationState = initialState();
  let version = 0;
  let plan: DeadlinePlan | null = null;
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

  /**
   * When the events open, resume or re-date a task: its due time and ladder from the activity (the
   * calendar table, rule set and cut-off), and the `SetTaskDue` event to write with them. A failed
   * computation leaves the task without a deadline rather than blocking the decision. The plan
   * is armed by the caller once the events are written (a refused append must not disarm the task).
   */
  function deadlineAsk(events: NominationEvent[], command: NominationCommand): AppendDeadlineAsk | undefined {
    const request = deadlineRequest(state, events);
    if (!request) return undefined;
    const { task } = request;
    const late = request.setDue && !request.input.held;
    return {
      input: late ? { ...request.input, lateArrivalKeepsWorkingDays: true } : request.input,
      after: request.after,
      setDue: request.setDue,
      taskSeq: task.taskSeq,
      actor: SYSTEM_ACTOR(task.unitId),
      now: command.now,
      // A late arrival and the due time: at most two events.
      eventIds: [uuid4(), uuid4()],
    };
  }

  async function withDeadline(
    events: NominationEvent[],
    command: NominationCommand,
  ): Promise<{ events: NominationEvent[]; plan?: DeadlinePlan }> {
    const request = deadlineRequest(state, events);
    if (!request) return { events };
    let deadline;
    try {
      const late = lateArrivals && request.setDue && !request.input.held;
      deadline = await computeTaskDueAt(late ? { ...request.input, lateArrivalKeepsWorkingDays: true } : request.input);
    } catch {
      return { events };
    }
    const { task } = request;
    let { after } = request;
    const armed = { taskSeq: task.taskSeq, dueAt: deadline.dueAt, deadline, fired: new Set<TaskTimer>() };
    if (!request.setDue) return { events, plan: armed };
    if (deadline.arrivedAfterCutOff) {
      const late = decide(
        {
          type: 'RecordLateSubmission',
          nominationId,
          now: command.now,
          actor: SYSTEM_ACTOR(task.unitId),
          taskSeq: task.taskSeq,
          cutOffAt: deadline.arrivedAfterCutOff,
        },
        after,
      );
      events = [...events, ...late];
      after = late.reduce(evolve, after) as typeof after;
    }
    const setDue = {
      type: 'SetTaskDue' as const,
      nominationId,
      now: command.now,
      taskSeq: task.taskSeq,
      dueAt: deadline.dueAt,
    };
    return { events: [...events, ...decide({ ...setDue, actor: SYSTEM_ACTOR(task.unitId) }, after)], plan: armed };
  }

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
      let armed: DeadlinePlan | undefined;
      if (deadlinesAndQuotas && !dueTimeInAppend) ({ events, plan: armed } = await withDeadline(events, command));
      const ask = dueTimeInAppend ? deadlineAsk(events, command) : undefined;
      const from = version;
      const written = await appendNominationEvents({
        nominationId,
        expectedVersion: version,
        events: events.map((event) => ({ eventId: uuid4(), event })),
        context,
        ...(deadlinesAndQuotas && state.status !== 'DRAFT' ? { quota: quotaScopeOf(state) } : {}),
        ...(ask ? { deadline: ask } : {}),
      }).catch(quotaRefusal);
      if (ask && written.deadline) {
        events = [...events, ...(written.added ?? [])];
        armed = { taskSeq: ask.taskSeq, dueAt: written.deadline.dueAt, deadline: written.deadline, fired: new Set() };
      }
      for (const event of events) state = evolve(state, event);
      version = written.version;
      if (armed) plan = armed;
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

  /** An Update whose argument, with `type`, `nominationId` and `now` filled in, is the command. */
  function handle<A extends { context?: RequestContext }>(
    update: UpdateDefinition<CommandOutcome, [A]>,
    type: NominationCommand['type'],
  ): void {
    const command = (args: Omit<A, 'context'>) =>
      ({ ...args, nominationId, now: now(), type }) as unknown as NominationCommand;
    setHandler(update, ({ context, ...args }) => execute(command(args), context), {
      validator: ({ context: _c, ...args }) => validate(command(args)),
    });
  }

  setHandler(getNominationStateQuery, () => ({ state, version }));
  handle(decideUpdate, 'DecideNomination');
  handle(resubmitUpdate, 'ResubmitNomination');
  handle(withdrawUpdate, 'WithdrawNomination');
  handle(recordIntakeUpdate, 'RecordIntake');
  handle(recordAppraisalUpdate, 'RecordAppraisal');
  handle(recordVoteUpdate, 'RecordVote');
  handle(holdUpdate, 'HoldNomination');
  handle(resumeUpdate, 'ResumeNomination');
  handle(extendDeadlineUpdate, 'ExtendTaskDeadline');
  // Who holds a task, and recusal (new Updates: older runs simply never receive them).
  handle(claimTaskUpdate, 'ClaimTask');
  handle(releaseTaskUpdate, 'ReleaseTask');
  handle(assignTaskUpdate, 'AssignTask');
  handle(recuseUpdate, 'RecuseFromNomination');
  // Administrators' interventions (new Updates: older runs simply never receive them).
  handle(remindUpdate, 'RemindTask');
  handle(forceReturnUpdate, 'ForceReturnNomination');
  handle(cancelUpdate, 'CancelNomination');
  handle(rerouteUpdate, 'RerouteNomination');
  // The public disclosure: objections and answers (new Updates; runs without a disclosure refuse them).
  handle(recordObjectionUpdate, 'RecordObjection');
  handle(answerObjectionUpdate, 'AnswerObjection');
  // A disclosure already held on paper ends the one the workflow runs (its wait sees the end).
  handle(recordPaperDisclosureUpdate, 'RecordPaperDisclosure');
  // A quyết định with an annex grants the nominations it covers. The patch marks, in the history,
  // the point where this new behaviour first ran, so histories recorded before it replay unchanged.
  setHandler(
    grantByDecisionUpdate,
    ({ context, ...args }) => {
      if (!current) patched(GRANT_BY_DECISION_PATCH);
      return execute({ ...args, nominationId, now: now(), type: 'GrantByDecision' }, context);
    },
    {
      validator: ({ context: _c, ...args }) => validate({ ...args, nominationId, now: now(), type: 'GrantByDecision' }),
    },
  );

  await execute(input.submit, input.context, true);
  const disclosed = disclosure ? runDisclosure({ state: () => state, now, execute: (c) => execute(c) }) : undefined;
  if (deadlinesAndQuotas)
    await runDeadlineLadder({
      state: () => state,
      plan: () => plan,
      now,
      execute: (c) => execute(c),
      keepsEarlierTimer: dueTimeInAppend,
    });
  else await condition(() => isFinalStatus(state.status));
  await disclosed;
  // Let an update that raced the final decision reply (with its refusal) before completing.
  await condition(allHandlersFinished);
  return { nominationId, status: state.status, version };
}
