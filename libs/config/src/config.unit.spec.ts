import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, DEV_JWT_SECRET, loadConfig, namespaceForDatabase } from './config';
import { localJwtSecret } from './local-secret';

const KEY = '-----BEGIN PRIVATE KEY-----\nnot-checked-here\n-----END PRIVATE KEY-----';

describe('config', () => {
  it('development and tests may use the development defaults', () => {
    expect(loadConfig({}).JWT_SECRET).toBe(DEV_JWT_SECRET);
    expect(loadConfig({ NODE_ENV: 'test' }).NODE_ENV).toBe('test');
  });

  it('production refuses to start on a development default, naming each variable', () => {
    const refusal = (env: Record<string, string>) => {
      try {
        loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://vinhdanh@127.0.0.1/vinhdanh', ...env });
      } catch (err) {
        expect(err).toBeInstanceOf(ConfigError);
        return (err as ConfigError).issues.map((i) => i.split(':')[0]);
      }
      return [];
    };
    expect(refusal({})).toEqual(['JWT_SECRET', 'AUDIT_SIGNING_KEY']);
    expect(refusal({ JWT_SECRET: DEV_JWT_SECRET, AUDIT_SIGNING_KEY: KEY })).toEqual(['JWT_SECRET']);
    expect(refusal({ JWT_SECRET: 'short-but-16-chars', AUDIT_SIGNING_KEY: KEY })).toEqual(['JWT_SECRET']);
    expect(refusal({ JWT_SECRET: 'k'.repeat(40) })).toEqual(['AUDIT_SIGNING_KEY']);
    expect(refusal({ JWT_SECRET: 'k'.repeat(40), AUDIT_SIGNING_KEY: KEY })).toEqual([]);
    expect(() => loadConfig({ NODE_ENV: 'staging' })).toThrow(ConfigError);
  });

  it('gives each database its own Temporal namespace unless TEMPORAL_NAMESPACE names one', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://db.example:5432/vinhdanh_hn' }).TEMPORAL_NAMESPACE).toBe(
      'vinhdanh_hn',
    );
    expect(loadConfig({ DATABASE_URL: 'postgres://x/a', TEMPORAL_NAMESPACE: 'prod.hn' }).TEMPORAL_NAMESPACE).toBe(
      'prod.hn',
    );
    expect(namespaceForDatabase('postgres://x/th%C3%AD%20nghi%E1%BB%87m')).toBe('th--nghi-m');
    expect(() => loadConfig({ TEMPORAL_NAMESPACE: 'two words' })).toThrow(/TEMPORAL_NAMESPACE/);
  });

  it('keeps a random per-installation JWT secret in a 0600 file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vinhdanh-secret-'));
    try {
      const file = join(dir, '.data', 'jwt-secret');
      const secret = localJwtSecret(file);
      expect(secret).not.toBe(DEV_JWT_SECRET);
      expect(secret.length).toBeGreaterThanOrEqual(32);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(localJwtSecret(file)).toBe(secret);
      expect(readFileSync(file, 'utf8').trim()).toBe(secret);
      chmodSync(file, 0o644);
      expect(localJwtSecret(file)).toBe(secret);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      // Another installation gets another secret; a truncated file is replaced.
      expect(localJwtSecret(join(dir, 'other'))).not.toBe(secret);
      writeFileSync(file, 'short\n');
      expect(localJwtSecret(file)).not.toBe('short');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
