import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureTemporalCli } from './ensure-cli';

// A real file in a temporary directory stands in for a CLI already in the shared cache.
describe('ensureTemporalCli', () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'vinhdanh-cli-'));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('returns a binary it finds without building anything', async () => {
    const cached = path.join(root, 'cache/temporal-v1.5.1/temporal');
    fs.mkdirSync(path.dirname(cached), { recursive: true });
    fs.writeFileSync(cached, '#!/bin/sh\n', { mode: 0o755 });
    const env = { PATH: path.join(root, 'bin'), VINHDANH_CACHE_DIR: path.join(root, 'cache') };
    await expect(ensureTemporalCli({ env, repoRoot: path.join(root, 'repo') })).resolves.toEqual({
      type: 'existing-path',
      path: cached,
    });
  });
});
