import {
  ActivityFailure,
  ApplicationFailure,
  ParentClosePolicy,
  condition,
  proxyLocalActivities,
  setHandler,
  sleep,
  startChild,
} from '@temporalio/workflow';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import type { Activities, BlocYearStatus } from '@vinhdanh/activities';
import {
  NOMINATION_WORKFLOW_TYPE,
  blocYearChangedSignal,
  blocYearProgressQuery,
  nominationWorkflowId,
  type BlocYearProgress,
  type BlocYearWorkflowInput,
  type BlocYearWorkflowResult,
} from '@vinhdanh/contracts';
import type { BlocCommandInput, BlocStage } from '@vinhdanh/domain';

// Local activities, as the nomination workflow's appends: one short transaction each, retried with
// backoff (without end) while the database is away; a refusal comes back non-retryable.
const { blocYearStatus, runBlocCommand, prepareBlocProposal } = proxyLocalActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '500 milliseconds', backoffCoefficient: 2, maximumInterval: '2 seconds' },
});

/**
 * One bloc's emulation year (khối / cụm thi đua): registration and covenant by every member before
 * the deadline, the self-scoring round, the cross-scoring round, the head's review, the year-end
 * meeting and ballot, then the leading unit's proposal for the flag as a nomination on the normal
 * path (a child nominationWorkflow, left running when this one ends) with the bloc's minutes.
 *
 * Members act through the API (each fact a bloc command through the command handler), which
 * signals `blocYearChanged`; the workflow looks at the year again then and at each deadline rung.
 * What the workflow itself records (reminders, missed deadlines escalated to the organiser, the
 * rounds opening and closing, the proposal) is a bloc command run by an activity: every fact goes
 * through the bloc decider. Each stage's ladder: a reminder at `remindAtShare` of its time to the
 * members still owing their part, then at the deadline the miss, escalated to the organiser.
 * Covenant and rounds move on at their deadline; the review and the meeting are the head's acts,
 * so after their deadline the workflow keeps waiting for them.
 */
export async function blocYearWorkflow(input: BlocYearWorkflowInput): Promise<BlocYearWorkflowResult> {
  const { blocId, year, deadlines } = input;
  let changes = 0;
  const progress: BlocYearProgress = { stage: 'covenant', nominationId: null };
  setHandler(blocYearChangedSignal, () => {
    changes++;
  });
  setHandler(blocYearProgressQuery, () => ({ ...progress }));

  const status = () => blocYearStatus({ blocId, year });
  /** Runs a command of the year; `key` makes a re-run (replay, retried activity) write nothing twice. */
  const run = (command: BlocCommandInput, key: string) =>
    runBlocCommand({ blocId, command, key: `bloc-year:${blocId}:${year}:${key}` });

  /**
   * Waits until `done`, or the deadline: reminds once at the rung, records the miss at the deadline;
   * returns then unless `waitAfterDeadline` (the head's acts, which nobody else can do).
   */
  async function stage(
    name: BlocStage,
    dueAt: string,
    done: (s: BlocYearStatus) => boolean,
    waitAfterDeadline = false,
  ): Promise<BlocYearStatus> {
    progress.stage = name;
    const startedAt = Date.now(); // workflow time: deterministic on replay
    const due = Date.parse(dueAt);
    const remindAt = startedAt + input.remindAtShare * Math.max(0, due - startedAt);
    let reminded = false;
    let missed = false;
    for (;;) {
      const seen = changes;
      const s = await status();
      if (done(s)) return s;
      const now = Date.now();
      if (!reminded && !missed && now >= remindAt && now < due) {
        await run({ type: 'RemindBlocDeadline', year, stage: name, dueAt }, `remind:${name}:${dueAt}`);
        reminded = true;
        continue;
      }
      if (!missed && now >= due) {
        await run({ type: 'RecordBlocDeadlineMissed', year, stage: name, dueAt }, `missed:${name}:${dueAt}`);
        missed = true;
        if (!waitAfterDeadline) return status();
        continue;
      }
      const next = !reminded && now < remindAt ? remindAt : !missed ? due : null;
      if (next === null) await condition(() => changes !== seen);
      else await condition(() => changes !== seen, Math.max(1, next - now));
    }
  }

  /** A command the decider may refuse for the moment (a clock a little behind): retried hourly, never dropped. */
  async function runUntilAccepted(command: BlocCommandInput, key: string): Promise<void> {
    for (;;) {
      try {
        await run(command, key);
        return;
      } catch (err) {
        const cause = err instanceof ActivityFailure ? err.cause : undefined;
        if (!(cause instanceof ApplicationFailure && cause.type === 'BLOC.WRONG_PHASE')) throw err;
        await sleep('1 hour');
      }
    }
  }

  let s = await stage(
    'covenant',
    deadlines.covenant,
    (x) => x.phase !== 'registration' || x.pending.covenant.length === 0,
  );
  if (s.phase === 'registration') {
    await runUntilAccepted({ type: 'OpenBlocScoring', year, rounds: true }, 'scoring-open');
    s = await status();
  }
  if (s.phase === 'scoring' && s.round === 'self') {
    s = await stage(
      'self_score',
      deadlines.selfScore,
      (x) => x.phase !== 'scoring' || x.round !== 'self' || x.pending.self_score.length === 0,
    );
    if (s.phase === 'scoring' && s.round === 'self')
      await run({ type: 'CloseBlocSelfRound', year }, 'self-round-close');
  }
  await stage('cross_score', deadlines.crossScore, (x) => x.phase !== 'scoring' || x.pending.cross_score.length === 0);
  await stage('review', deadlines.review, (x) => x.phase === 'reviewed' || x.phase === 'decided', true);
  s = await stage('meeting', deadlines.meeting, (x) => x.phase === 'decided', true);

  progress.stage = 'proposal';
  // A re-run of this step (a workflow task retried after its activities ran) finds the proposal recorded.
  let notStartedReason = s.proposal?.notStartedReason ?? null;
  progress.nominationId = s.proposal?.nominationId ?? null;
  if (s.winnerUnitId && !s.proposal) {
    const proposal = await prepareBlocProposal({ blocId, year });
    notStartedReason = proposal.notStartedReason;
    let nominationId: string | null = null;
    if (proposal.nominationId && proposal.nominationInput) {
      try {
        await startChild(NOMINATION_WORKFLOW_TYPE, {
          workflowId: nominationWorkflowId(proposal.nominationId),
          args: [proposal.nominationInput],
          // The nomination lives its own life up the route after the bloc's year is over.
          parentClosePolicy: ParentClosePolicy.ABANDON,
          workflowIdReusePolicy: 'REJECT_DUPLICATE',
        });
      } catch (err) {
        if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
      }
      nominationId = proposal.nominationId;
    }
    await run(
      {
        type: 'RecordBlocWinnerProposal',
        year,
        unitId: s.winnerUnitId,
        nominationId,
        campaignId: proposal.campaignId,
        minutesAttachmentId: proposal.minutesAttachmentId,
        notStartedReason,
      },
      'proposal',
    );
    progress.nominationId = nominationId;
  }
  progress.stage = 'done';
  return { blocId, year, winnerUnitId: s.winnerUnitId, nominationId: progress.nominationId, notStartedReason };
}
