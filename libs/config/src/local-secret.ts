import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The JWT secret of this installation, from `file` (e.g. `.data/jwt-secret`), created on first use
 * with 32 random bytes and mode 0600. `npm start` uses it so that no two installations share a
 * secret and none signs with the public development default.
 */
export function localJwtSecret(file: string): string {
  try {
    const existing = readFileSync(file, 'utf8').trim();
    // A copy that lost its mode (e.g. restored from a backup) is tightened again.
    if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
    if (existing.length >= 32) return existing;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}
