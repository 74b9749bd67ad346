import * as fs from 'node:fs';
import * as path from 'node:path';
import { cliBinaryName, cliCacheDir, repoRoot as defaultRepoRoot } from './paths';
import { TemporalLibError } from './errors';

/** A sink for human-readable progress lines (console.log, a Nest logger, jest's stderr …). */
export type TemporalLog = (line: string) => void;

/**
 * What to run the dev server with: a binary on disk, or the marker that lets
 * `@temporalio/testing` download the CLI itself (the SDK's own `EphemeralServerExecutable` shape).
 */
export type TemporalCliExecutable = { type: 'existing-path'; path: string } | { type: 'cached-download' };

/** Where a binary was found, in lookup order. */
export type TemporalCliSource = 'TEMPORAL_CLI' | 'PATH' | 'cache' | 'repo-tools' | 'built';

/** A Temporal CLI binary that exists and is executable. */
export interface TemporalCliLocation {
  path: string;
  source: TemporalCliSource;
}

/** Where to look; defaults to this process's environment and this checkout. */
export interface FindTemporalCliOptions {
  env?: NodeJS.ProcessEnv;
  repoRoot?: string;
}

/**
 * Finds an existing Temporal CLI: `$TEMPORAL_CLI`, then `PATH`, then the shared cache
 * (`~/.cache/vinhdanh/temporal-v1.5.1/temporal`), then `<repo>/.tools/temporal`.
 * Throws when `$TEMPORAL_CLI` is set but is not an executable, since the user asked for that one.
 */
export function findTemporalCli(options: FindTemporalCliOptions = {}): TemporalCliLocation | undefined {
  const env = options.env ?? process.env;
  const explicit = env.TEMPORAL_CLI;
  if (explicit) {
    if (!isExecutableFile(explicit)) {
      throw new TemporalLibError('TEMPORAL.CLI_NOT_FOUND', `TEMPORAL_CLI=${explicit} is not an executable file`);
    }
    return { path: path.resolve(explicit), source: 'TEMPORAL_CLI' };
  }
  const onPath = findOnPath(cliBinaryName(), env);
  if (onPath) return { path: onPath, source: 'PATH' };
  const cached = path.join(cliCacheDir(env), cliBinaryName());
  if (isExecutableFile(cached)) return { path: cached, source: 'cache' };
  const tools = path.join(options.repoRoot ?? defaultRepoRoot(), '.tools', cliBinaryName());
  if (isExecutableFile(tools)) return { path: tools, source: 'repo-tools' };
  return undefined;
}

/** True when `file` exists, is a regular file and this process may execute it. */
export function isExecutableFile(file: string): boolean {
  try {
    if (!fs.statSync(file).isFile()) return false;
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Looks `name` up on `env.PATH` the way a shell would (first executable match wins). */
export function findOnPath(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    if (isExecutableFile(candidate)) return candidate;
  }
  return undefined;
}
