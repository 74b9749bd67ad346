export { Projector, PROJECTION_LOCK_CLASS } from './projector';
export type { ProjectorOptions } from './projector';
export type { Projection, ProjectionRebuild, RebuildProgress } from './projection';
export { CheckpointFenceError, UnknownProjectionError } from './projector.errors';
export { applyNextBatch, ensureCheckpoints, readCheckpoint, resetProjection } from './checkpoints';
export { streamSummariesProjection } from './read-models/stream-summaries.projection';
export { nominationsProjection } from './read-models/nominations.projection';
export { notificationsProjection } from './read-models/notifications.projection';
export {
  InvalidNominationEventError,
  isNominationEvent,
  nominationIdOfStream,
  toDomainEvent,
} from './read-models/nomination-events';
export { statisticsProjection } from './read-models/statistics.projection';
export { foldStatEvent, vietnamYear, STAT_OUTCOMES } from './read-models/statistics.fold';
export type { StatFold, StatOutcome } from './read-models/statistics.fold';
export {
  OrgIndex,
  statisticsScope,
  readUnitSuccessors,
  readStatCounts,
  readLevelTimes,
} from './read-models/statistics.queries';
export type {
  MergedUnit,
  OrgTreeReader,
  StatisticsScope,
  StatisticsFilter,
  StatCountRow,
  LevelTimeRow,
} from './read-models/statistics.queries';
export { createProjections } from './registry';
export { PROJECTIONS_CHANNEL } from './applied-signal';
export { waitUntil } from './wait-until';
export {
  CommandRunner,
  deterministicUuid,
  followUp,
  type CommandActor,
  type CommandRequest,
  type CommandResult,
  type CommandRunnerErrors,
  type FollowUp,
  type StoredEvent,
} from './commands/command-runner';
export { projectBlocEvents } from './commands/blocs.projection';
