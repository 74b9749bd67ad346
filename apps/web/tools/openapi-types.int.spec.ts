import { spawnSync } from 'node:child_process';
import path from 'node:path';

// The committed API types are what the API describes now: a renamed path or parameter shows here
// (and then in `tsc` once regenerated), not in a user's browser. A child process, because
// openapi-typescript's dependencies are ES modules that jest's loader cannot require.
describe('the web app’s OpenAPI types', () => {
  it('match the API’s document (regenerate with npm run openapi -w @vinhdanh/web)', () => {
    const root = path.resolve(__dirname, '../../..');
    const run = spawnSync(
      process.execPath,
      ['-r', '@swc-node/register', 'apps/web/tools/openapi-types.ts', '--check'],
      {
        cwd: root,
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    expect({ status: run.status, stderr: run.stderr.trim() }).toEqual({ status: 0, stderr: '' });
  });
});
