import type { ActivityDeps } from './activity-deps';

/** Activities of the smoke workflow, which proves a worker can run activities at all. */
export function createSmokeActivities(deps: Pick<ActivityDeps, 'clock'>) {
  return {
    /** Greets `name` and says when, using the injected clock. */
    async smokeGreet(name: string): Promise<string> {
      return `Xin chào, ${name}! (${deps.clock.now().toISOString()})`;
    },
    /** Does nothing: the activity of the benchmarks' baseline workflow. */
    async benchNoop(): Promise<void> {
      return undefined;
    },
  };
}
