export { createTemporalWorker } from './temporal-worker';
export type { CreateTemporalWorkerOptions, TemporalWorker } from './temporal-worker';
export { WorkerModule, ActivitiesFactory, SystemClock, WORKER_CONFIG } from './worker.module';
