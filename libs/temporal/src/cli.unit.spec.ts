import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findTemporalCli } from './cli';
import { TemporalLibError } from './errors';

// Real files in a temporary directory stand in for the places a CLI can live.
describe('findTemporalCli', () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'vinhdanh-cli-'));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  function executable(relative: string): string {
    const file = path.join(root, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, '#!/bin/sh\n', { mode: 0o755 });
    return file;
  }

  const env = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
    PATH: path.join(root, 'bin'),
    VINHDANH_CACHE_DIR: path.join(root, 'cache'),
    ...extra,
  });

  it('looks at $TEMPORAL_CLI, then PATH, then the cache, then <repo>/.tools', () => {
    const repoRoot = path.join(root, 'repo');
    const tools = executable('repo/.tools/temporal');
    expect(findTemporalCli({ env: env(), repoRoot })).toEqual({ path: tools, source: 'repo-tools' });
    const cached = executable('cache/temporal-v1.5.1/temporal');
    expect(findTemporalCli({ env: env(), repoRoot })).toEqual({ path: cached, source: 'cache' });
    const onPath = executable('bin/temporal');
    expect(findTemporalCli({ env: env(), repoRoot })).toEqual({ path: onPath, source: 'PATH' });
    const explicit = executable('elsewhere/temporal');
    expect(findTemporalCli({ env: env({ TEMPORAL_CLI: explicit }), repoRoot })).toEqual({
      path: explicit,
      source: 'TEMPORAL_CLI',
    });
  });

  it('ignores files that are not executable', () => {
    const file = path.join(root, 'bin', 'temporal');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, 'not a program', { mode: 0o644 });
    expect(findTemporalCli({ env: env(), repoRoot: path.join(root, 'repo') })).toBeUndefined();
  });

  it('fails loudly when $TEMPORAL_CLI names something that cannot run', () => {
    const call = () => findTemporalCli({ env: env({ TEMPORAL_CLI: path.join(root, 'missing') }) });
    expect(call).toThrow(TemporalLibError);
    expect(call).toThrow(/TEMPORAL_CLI=.*missing is not an executable file/);
  });
});
