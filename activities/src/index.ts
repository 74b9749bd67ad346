export { createActivities } from './create-activities';
export type { Activities } from './create-activities';
export { createSmokeActivities } from './smoke.activities';
export type { ActivityDeps, Clock } from './activity-deps';
