import type { ActivityDeps } from '@vinhdanh/activities';

/** Activities of the smoke and benchmark workflows: a worker can run activities at all, and the cheapest one. */
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

/** The tool workflows' activities, as they see them. */
export type ToolActivities = ReturnType<typeof createSmokeActivities>;
