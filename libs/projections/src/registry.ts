import type { Projection } from './projection';
import { nominationsProjection } from './read-models/nominations.projection';
import { notificationsProjection } from './read-models/notifications.projection';
import { statisticsProjection } from './read-models/statistics.projection';
import { streamSummariesProjection } from './read-models/stream-summaries.projection';

/** Every read model the projector maintains; add each new projection here (names must be unique). */
export function createProjections(): Projection[] {
  return [streamSummariesProjection, nominationsProjection, notificationsProjection, statisticsProjection];
}
