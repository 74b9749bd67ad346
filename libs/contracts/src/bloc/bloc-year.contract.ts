import { defineQuery, defineSignal } from '@temporalio/workflow';

// Wire names of the bloc year (one khối / cụm thi đua, one emulation year) as a Temporal workflow.
// Never rename casually: running workflows and their histories carry these names.

/** Workflow type of a bloc year. */
export const BLOC_YEAR_WORKFLOW_TYPE = 'blocYearWorkflow';

/** One workflow per bloc and year. */
export function blocYearWorkflowId(blocId: string, year: number): string {
  return `bloc-year:${blocId}:${year}`;
}

/** The deadline instants of each stage (ISO; the API derives them from the dates, Vietnam time). */
export interface BlocYearDeadlines {
  covenant: string;
  selfScore: string;
  crossScore: string;
  review: string;
  meeting: string;
}

/** What the bloc-year workflow is started with (the year itself is opened by the API's command first). */
export interface BlocYearWorkflowInput {
  blocId: string;
  year: number;
  deadlines: BlocYearDeadlines;
  /** The reminder of each stage goes at this share of the time between the stage's start and its deadline. */
  remindAtShare: number;
}

/** Where the workflow stands, for the screens and tests. */
export interface BlocYearProgress {
  stage: 'covenant' | 'self_score' | 'cross_score' | 'review' | 'meeting' | 'proposal' | 'done';
  nominationId: string | null;
}

/** What the workflow returns when the year is over. */
export interface BlocYearWorkflowResult {
  blocId: string;
  year: number;
  winnerUnitId: string | null;
  nominationId: string | null;
  notStartedReason: string | null;
}

/** Sent by the API after a member's command on the year (signing, scoring, review, ballot): look again. */
export const blocYearChangedSignal = defineSignal('blocYearChanged');

/** The workflow's stage. */
export const blocYearProgressQuery = defineQuery<BlocYearProgress>('blocYearProgress');
