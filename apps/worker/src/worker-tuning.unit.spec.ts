import { workerTuning } from './worker-tuning';

describe('worker tuning from the machine', () => {
  const small = { cpus: 2, heapLimitMiB: 2048, databasePoolSize: 10 };

  it('bounds the workflow cache by the heap and the concurrency by cores and the database pool', () => {
    expect(workerTuning(small, {})).toEqual({
      maxCachedWorkflows: 819,
      maxConcurrentWorkflowTaskExecutions: 40,
      maxConcurrentLocalActivityExecutions: 20,
      maxConcurrentActivityTaskExecutions: 8,
    });
    const large = workerTuning({ cpus: 16, heapLimitMiB: 16384, databasePoolSize: 40 }, {});
    expect(large.maxCachedWorkflows).toBe(6553);
    expect(large.maxConcurrentWorkflowTaskExecutions).toBe(64);
  });

  it('takes each figure from the environment when set, and refuses a value that is not a whole number ≥ 1', () => {
    const tuned = workerTuning(small, { WORKER_MAX_CACHED_WORKFLOWS: '250', WORKER_MAX_WORKFLOW_TASKS: '3' });
    expect(tuned.maxCachedWorkflows).toBe(250);
    expect(tuned.maxConcurrentWorkflowTaskExecutions).toBe(3);
    expect(() => workerTuning(small, { WORKER_MAX_LOCAL_ACTIVITIES: '0' })).toThrow(/WORKER_MAX_LOCAL_ACTIVITIES/);
    expect(() => workerTuning(small, { WORKER_MAX_ACTIVITIES: 'many' })).toThrow(/WORKER_MAX_ACTIVITIES/);
  });
});
