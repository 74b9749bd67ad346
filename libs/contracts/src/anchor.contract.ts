// Wire names of the daily integrity anchor: the Temporal Schedule the worker keeps and the
// workflow it starts. Never rename casually: a renamed schedule id would leave the old one running.

/** Workflow type the schedule starts once a day. */
export const DAILY_ANCHOR_WORKFLOW_TYPE = 'dailyAnchorWorkflow';

/** Id of the Temporal Schedule that creates the day's anchor. */
export const DAILY_ANCHOR_SCHEDULE_ID = 'vinhdanh-daily-integrity-anchor';

/** Who the anchors the schedule creates are recorded as created by. */
export const DAILY_ANCHOR_CREATED_BY = 'system:daily-anchor';

/** Reply of the anchor activity: the day's anchor, and whether this run created it. */
export interface DailyAnchorResult {
  anchorId: string;
  day: string;
  created: boolean;
}
