import { proxyActivities } from '@temporalio/workflow';
import type { AnchorActivities } from '@vinhdanh/activities';
import type { DailyAnchorResult } from '@vinhdanh/contracts';

// A regular (not local) activity: the anchor reads every stream head, which may take a while on a
// large store, and a retry should not hold a workflow task. Idempotent per day, so retries are safe.
const { createDailyAnchor } = proxyActivities<AnchorActivities>({
  startToCloseTimeout: '10 minutes',
  retry: { initialInterval: '10 seconds', backoffCoefficient: 2, maximumInterval: '10 minutes', maximumAttempts: 20 },
});

/** Started once a day by the worker's Temporal Schedule: creates that day's integrity anchor. */
export async function dailyAnchorWorkflow(): Promise<DailyAnchorResult> {
  return createDailyAnchor();
}
