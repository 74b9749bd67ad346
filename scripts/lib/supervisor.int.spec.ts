import { spawn, type ChildProcess } from 'node:child_process';
import { backoffDelay, Supervisor, type SupervisedChild } from './supervisor';

// Real child processes: a worker killed with SIGKILL comes back (new pid) while its sibling keeps running.
const sleeper = (): ChildProcess => spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });

const alive = (child: ChildProcess | null): boolean =>
  child !== null && child.exitCode === null && child.signalCode === null;

describe('process supervisor of npm start', () => {
  it('restarts a child that dies, after a back-off, logged, and leaves the others running', async () => {
    const lines: string[] = [];
    const restarted: SupervisedChild[] = [];
    let wake = () => undefined as void;
    const supervisor = new Supervisor(
      (line) => lines.push(line),
      { initialMs: 50, maxMs: 400, healthyAfterMs: 60_000 },
      (child) => {
        restarted.push(child);
        wake();
      },
    );
    const worker = supervisor.add('worker', sleeper);
    const api = supervisor.add('api', sleeper);
    try {
      const apiPid = api.current?.pid;
      for (let round = 1; round <= 2; round += 1) {
        const pid = worker.current?.pid;
        const next = new Promise<void>((resolve) => (wake = resolve));
        worker.current?.kill('SIGKILL');
        await next;
        expect(worker.restarts).toBe(round);
        expect(worker.current?.pid).not.toBe(pid);
        expect(alive(worker.current)).toBe(true);
      }
      expect(api.current?.pid).toBe(apiPid);
      expect(alive(api.current)).toBe(true);
      expect(restarted.map((c) => c.name)).toEqual(['worker', 'worker']);
      expect(lines.filter((l) => l.startsWith('worker exited (SIGKILL)'))).toHaveLength(2);
      expect(lines.join('\n')).toMatch(
        /restarting in 0\.05 s \(restart #1\)[\s\S]*restarting in 0\.1 s \(restart #2\)/,
      );
    } finally {
      await supervisor.stop(2_000);
    }
    // Stopped on purpose: nothing restarts, nothing is left running.
    expect(alive(worker.current)).toBe(false);
    expect(alive(api.current)).toBe(false);
    expect(restarted).toHaveLength(2);
  });

  it('backs off exponentially up to a ceiling', () => {
    const policy = { initialMs: 1_000, maxMs: 30_000, healthyAfterMs: 60_000 };
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => backoffDelay(policy, n))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000,
    ]);
  });
});
