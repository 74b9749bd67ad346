import { ApplicationFailure } from '@temporalio/activity';
import { pendingUnits, type BlocCommandInput, type BlocStage } from '@vinhdanh/domain';
import type { ActivityDeps } from './activity-deps';
import { createBlocCommandPort, type BlocCommandPort, type BlocProposal } from './bloc-command-port';

/** Where a bloc year stands, as the workflow needs it: its phase and who still owes each stage. */
export interface BlocYearStatus {
  phase: 'registration' | 'scoring' | 'reviewed' | 'decided' | 'missing';
  round: 'self' | 'cross' | null;
  pending: Record<BlocStage, string[]>;
  winnerUnitId: string | null;
  /** The winner's proposal once recorded (a re-run of the last step finds it here). */
  proposal: { nominationId: string | null; notStartedReason: string | null } | null;
}

const STAGES: BlocStage[] = ['covenant', 'self_score', 'cross_score', 'review', 'meeting'];

/** The bloc-year workflow's activities: read the year, run a command, prepare the proposal. */
export function createBlocYearActivities(deps: ActivityDeps) {
  // The same path as the API's routes unless a test supplies another port.
  let built: BlocCommandPort | undefined;
  const port = (): BlocCommandPort =>
    (built ??=
      deps.blocCommands ??
      createBlocCommandPort({ db: deps.db, store: deps.eventStore, clock: () => deps.clock.now() }));
  return {
    async blocYearStatus(input: { blocId: string; year: number }): Promise<BlocYearStatus> {
      const state = await port().load(input.blocId);
      const y = state?.years[String(input.year)];
      if (!state || !y) {
        return {
          phase: 'missing',
          round: null,
          pending: Object.fromEntries(STAGES.map((s) => [s, []])) as unknown as Record<BlocStage, string[]>,
          winnerUnitId: null,
          proposal: null,
        };
      }
      return {
        phase: y.phase,
        round: y.round,
        pending: Object.fromEntries(STAGES.map((s) => [s, pendingUnits(state, y, s)])) as Record<BlocStage, string[]>,
        winnerUnitId: y.meeting?.winnerUnitId ?? null,
        proposal: y.proposal
          ? { nominationId: y.proposal.nominationId, notStartedReason: y.proposal.notStartedReason }
          : null,
      };
    },

    async runBlocCommand(input: { blocId: string; command: BlocCommandInput; key: string }): Promise<void> {
      try {
        await port().run(input.blocId, input.command, input.key);
      } catch (err) {
        // A refusal will not change on retry: hand it to the workflow with its code.
        const e = err as { code?: unknown; messageVi?: string; messageEn?: string; details?: unknown };
        if (typeof e?.code === 'string' && e.code.startsWith('BLOC.')) {
          throw ApplicationFailure.nonRetryable(e.messageEn ?? e.code, e.code, {
            messageVi: e.messageVi,
            details: e.details,
          });
        }
        throw err;
      }
    },

    async prepareBlocProposal(input: { blocId: string; year: number }): Promise<BlocProposal> {
      return port().prepareProposal(input.blocId, input.year);
    },
  };
}
