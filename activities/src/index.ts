export { createActivities } from './create-activities';
export type { Activities } from './create-activities';
export { createSmokeActivities } from './smoke.activities';
export { createNominationEventActivities, toStoredEvent } from './nomination-events.activities';
export type { ActivityDeps, Clock } from './activity-deps';
