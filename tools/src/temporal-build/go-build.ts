import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  TEMPORAL_CLI_GO_PACKAGE,
  TEMPORAL_CLI_VERSION,
  TemporalLibError,
  cliBinaryName,
  forEachLine,
} from '@vinhdanh/temporal';

/** Inputs of {@link buildTemporalCliWithGo}. */
export interface GoBuildOptions {
  go: string;
  cacheDir: string;
  env: NodeJS.ProcessEnv;
  log: (line: string) => void;
  lockTimeoutMs: number;
  /** Packages to `go install` (`path@version`); default: the pinned CLI. */
  packages?: string[];
  /** The binaries those packages produce; the first is returned. Default: the CLI's. */
  binaries?: string[];
  /** What is built, for the log lines; default `Temporal CLI v1.5.1`. */
  what?: string;
}

// A lock older than this is from a crashed build even if its pid was reused.
const STALE_LOCK_MS = 2 * 60 * 60_000;

/**
 * Builds the pinned CLI into `cacheDir` unless it is already there, holding `<cacheDir>.lock`
 * so that concurrent processes (two jest runs, `npm start`) wait for one build instead of
 * racing. Go writes into a private temporary GOBIN and the binary is renamed into place, so a
 * reader never sees a half-copied executable. Returns the binary's path.
 */
export async function buildTemporalCliWithGo(options: GoBuildOptions): Promise<string> {
  const { cacheDir, log } = options;
  const what = options.what ?? `Temporal CLI ${TEMPORAL_CLI_VERSION}`;
  const binaries = options.binaries ?? [cliBinaryName()];
  const targets = binaries.map((binary) => path.join(cacheDir, binary));
  const target = targets[0] as string;
  const built = () => targets.every((file) => fs.existsSync(file));
  fs.mkdirSync(path.dirname(cacheDir), { recursive: true });
  const lockPath = `${cacheDir}.lock`;
  const deadline = Date.now() + options.lockTimeoutMs;
  let announcedWait = false;

  for (;;) {
    if (built()) return target;
    if (tryAcquireLock(lockPath)) break;
    const holder = readLock(lockPath);
    if (holder && isStale(holder)) {
      log(`Removing stale ${what} build lock ${lockPath} (pid ${holder.pid} is gone).`);
      fs.rmSync(lockPath, { force: true });
      continue;
    }
    if (!announcedWait) {
      log(`Another process (pid ${holder?.pid ?? '?'}) is building the ${what}; waiting for it…`);
      announcedWait = true;
    }
    if (Date.now() > deadline) {
      throw new TemporalLibError('TEMPORAL.CLI_BUILD_LOCK_TIMEOUT', `Timed out waiting for the build lock ${lockPath}`);
    }
    await sleep(2000);
  }

  try {
    if (built()) return target;
    fs.mkdirSync(cacheDir, { recursive: true });
    const gobin = fs.mkdtempSync(path.join(cacheDir, '.build-'));
    try {
      await runGoInstall(options, gobin, what);
      for (const [i, binary] of binaries.entries()) fs.renameSync(path.join(gobin, binary), targets[i] as string);
    } finally {
      fs.rmSync(gobin, { recursive: true, force: true });
    }
    log(`${what} built: ${targets.join(', ')}`);
    return target;
  } finally {
    releaseLock(lockPath);
  }
}

async function runGoInstall(options: GoBuildOptions, gobin: string, what: string): Promise<void> {
  const { go, env, log } = options;
  const args = ['install', ...(options.packages ?? [`${TEMPORAL_CLI_GO_PACKAGE}@${TEMPORAL_CLI_VERSION}`])];
  log(
    `Building ${what} from source (first time on this machine only; ` +
      `takes a few minutes on 2 cores):\n  GOBIN=${gobin} ${go} ${args.join(' ')}`,
  );
  const started = Date.now();
  const child = spawn(go, args, { env: { ...env, GOBIN: gobin }, stdio: ['ignore', 'pipe', 'pipe'] });
  const tail: string[] = [];
  const onLine = (line: string) => {
    if (!line.trim()) return;
    tail.push(line);
    if (tail.length > 40) tail.shift();
    log(`  [go] ${line}`);
  };
  forEachLine(child.stdout, onLine);
  forEachLine(child.stderr, onLine);
  // `go install` is silent while compiling; a heartbeat shows the build is alive.
  const heartbeat = setInterval(() => {
    log(`  [go] still building… ${Math.round((Date.now() - started) / 1000)} s`);
  }, 30_000);
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (exitCode) => resolve(exitCode));
    });
    if (code !== 0) {
      throw new TemporalLibError('TEMPORAL.CLI_BUILD_FAILED', `go install exited with ${code}:\n${tail.join('\n')}`);
    }
  } finally {
    clearInterval(heartbeat);
  }
}

interface LockContent {
  pid: number;
  host: string;
  createdAt: number;
}

function tryAcquireLock(lockPath: string): boolean {
  try {
    const content: LockContent = { pid: process.pid, host: os.hostname(), createdAt: Date.now() };
    fs.writeFileSync(lockPath, JSON.stringify(content), { flag: 'wx' });
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
}

function readLock(lockPath: string): LockContent | undefined {
  try {
    return JSON.parse(fs.readFileSync(lockPath, 'utf8')) as LockContent;
  } catch {
    // Being written right now, or just released: look again on the next round.
    return undefined;
  }
}

function isStale(lock: LockContent): boolean {
  if (Date.now() - lock.createdAt > STALE_LOCK_MS) return true;
  if (lock.host !== os.hostname()) return false;
  try {
    process.kill(lock.pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function releaseLock(lockPath: string): void {
  if (readLock(lockPath)?.pid === process.pid) fs.rmSync(lockPath, { force: true });
}
