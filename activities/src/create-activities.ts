import type { ActivityDeps } from './activity-deps';
import { createDisclosureActivities } from './disclosure.activities';
import { createNominationEventActivities } from './nomination-events.activities';
import { createTaskDeadlineActivities } from './task-deadlines.activities';
import { createCertificatePrintActivities } from './certificate-print.activities';
import { createBlocYearActivities } from './bloc-year.activities';

/**
 * Builds every activity the worker registers, closing over `deps`. Workflows see only the type:
 * `proxyActivities<Activities>` with `import type`, never this code.
 */
export function createActivities(deps: ActivityDeps) {
  const deadlines = createTaskDeadlineActivities(deps);
  return {
    ...createNominationEventActivities(deps, deadlines.computeTaskDueAt),
    ...deadlines,
    ...createDisclosureActivities(deps),
    ...createCertificatePrintActivities(deps),
    ...createBlocYearActivities(deps),
  };
}

/** The activity functions the worker registers, as workflows see them. */
export type Activities = ReturnType<typeof createActivities>;
