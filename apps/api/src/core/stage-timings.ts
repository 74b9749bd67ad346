import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Milliseconds spent per named stage of the request running in this async context. */
type Stages = Map<string, number>;

const current = new AsyncLocalStorage<Stages>();

/**
 * Runs `run` as the stage `name` of the current request: its duration is added to the request's
 * `Server-Timing` header when the app was created with `serverTiming` (benchmarks), and costs
 * nothing otherwise. Names are short tokens (auth, principal, acting, update, …).
 */
export async function timeStage<T>(name: string, run: () => Promise<T>): Promise<T> {
  const stages = current.getStore();
  if (!stages) return run();
  const started = performance.now();
  try {
    return await run();
  } finally {
    stages.set(name, (stages.get(name) ?? 0) + performance.now() - started);
  }
}

/**
 * Express middleware (only with `createApp({ serverTiming: true })`): collects the stages of each
 * request and answers them as a W3C `Server-Timing` header (`auth;dur=1.2, update;dur=30.4, total;dur=…`),
 * so a benchmark over HTTP names the stage a regression sits in.
 */
export function serverTimingMiddleware() {
  return (_req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const stages: Stages = new Map();
    const started = performance.now();
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
    (res as { writeHead: (...args: unknown[]) => ServerResponse }).writeHead = (...args: unknown[]) => {
      if (!res.headersSent) {
        stages.set('total', performance.now() - started);
        res.setHeader(
          'Server-Timing',
          [...stages].map(([name, ms]) => `${name};dur=${ms.toFixed(2)}`),
        );
      }
      return writeHead(...args);
    };
    current.run(stages, next);
  };
}

/** Parses a `Server-Timing` header into milliseconds per stage. */
export function parseServerTiming(header: string | null): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().split(';');
    const dur = params.map((p) => /^dur=([\d.]+)$/.exec(p.trim())).find(Boolean);
    if (name && dur) out[name] = Number(dur[1]);
  }
  return out;
}
