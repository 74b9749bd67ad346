export { createTemporalWorker } from './temporal-worker';
export { thisMachine, workerTuning } from './worker-tuning';
export type { WorkerTuning } from './worker-tuning';
export type { CreateTemporalWorkerOptions, TemporalWorker } from './temporal-worker';
export { WorkerModule, ActivitiesFactory, SystemClock, WORKER_CONFIG } from './worker.module';
