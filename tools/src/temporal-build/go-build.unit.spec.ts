import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TemporalLibError } from '@vinhdanh/temporal';
import { buildTemporalCliWithGo } from './go-build';

// A stand-in `go` script records each invocation and "builds" by writing $GOBIN/temporal, so the
// lock and the atomic rename are tested without a multi-minute real build.
describe('buildTemporalCliWithGo', () => {
  let root: string;
  let cacheDir: string;
  let calls: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'vinhdanh-gobuild-'));
    cacheDir = path.join(root, 'cache', 'temporal-v1.5.1');
    calls = path.join(root, 'calls.log');
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  function fakeGo(body: string): string {
    const go = path.join(root, 'go');
    fs.writeFileSync(go, `#!/bin/sh\necho "$@" >> "${calls}"\n${body}\n`, { mode: 0o755 });
    return go;
  }

  const build = (go: string, lines: string[] = []) =>
    buildTemporalCliWithGo({ go, cacheDir, env: process.env, log: (l) => lines.push(l), lockTimeoutMs: 10_000 });

  it('builds once when two callers race, and both get the same binary', async () => {
    const go = fakeGo('sleep 0.5; printf "#!/bin/sh\\n" > "$GOBIN/temporal"; chmod +x "$GOBIN/temporal"');
    const lines: string[] = [];
    const [a, b] = await Promise.all([build(go, lines), build(go, lines)]);
    expect(a).toBe(path.join(cacheDir, 'temporal'));
    expect(b).toBe(a);
    expect(fs.readFileSync(calls, 'utf8').trim().split('\n')).toEqual([
      'install github.com/temporalio/cli/cmd/temporal@v1.5.1',
    ]);
    expect(lines.some((l) => l.includes('GOBIN='))).toBe(true);
    expect(fs.existsSync(`${cacheDir}.lock`)).toBe(false);
    expect(fs.readdirSync(cacheDir)).toEqual(['temporal']);
  });

  it('takes over a lock left by a process that no longer exists', async () => {
    fs.mkdirSync(path.dirname(cacheDir), { recursive: true });
    fs.writeFileSync(
      `${cacheDir}.lock`,
      JSON.stringify({ pid: 2 ** 22 + 7, host: os.hostname(), createdAt: Date.now() }),
    );
    const go = fakeGo('printf "#!/bin/sh\\n" > "$GOBIN/temporal"; chmod +x "$GOBIN/temporal"');
    await expect(build(go)).resolves.toBe(path.join(cacheDir, 'temporal'));
  });

  it('reports a failed build with go output and releases the lock', async () => {
    const go = fakeGo('echo "go: module lookup disabled" >&2; exit 1');
    const error = await build(go).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(TemporalLibError);
    expect((error as TemporalLibError).code).toBe('TEMPORAL.CLI_BUILD_FAILED');
    expect((error as Error).message).toContain('module lookup disabled');
    expect(fs.existsSync(`${cacheDir}.lock`)).toBe(false);
    expect(fs.existsSync(path.join(cacheDir, 'temporal'))).toBe(false);
  });
});
