import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './config';
import { temporalConnectionOptions } from './deployment';

const KEY = '-----BEGIN PRIVATE KEY-----\nnot-checked-here\n-----END PRIVATE KEY-----';
const PRODUCTION = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://vinhdanh@127.0.0.1/vinhdanh',
  JWT_SECRET: 'p'.repeat(40),
  AUDIT_SIGNING_KEY: KEY,
};

/** The variables a refusal names (the text before the first colon of each issue). */
function refusedVariables(env: Record<string, string | undefined>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).issues.map((issue) => issue.split(':')[0] ?? '');
  }
  return [];
}

describe('deployment configuration', () => {
  let dir: string;
  const file = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content, { mode: 0o600 });
    return path;
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'vinhdanh-config-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads secrets from *_FILE variables, dropping the trailing newline', () => {
    const config = loadConfig({
      ...PRODUCTION,
      JWT_SECRET: undefined,
      AUDIT_SIGNING_KEY: undefined,
      JWT_SECRET_FILE: file('jwt', `${'s'.repeat(48)}\n`),
      AUDIT_SIGNING_KEY_FILE: file('audit.pem', `${KEY}\n`),
      DATABASE_URL: undefined,
      DATABASE_URL_FILE: file('db', 'postgres://app:secret@127.0.0.1:5432/vinhdanh_hn\n'),
      METRICS_TOKEN_FILE: file('metrics', 'm'.repeat(40)),
    });
    expect(config.JWT_SECRET).toBe('s'.repeat(48));
    expect(config.AUDIT_SIGNING_KEY).toBe(KEY);
    expect(config.DATABASE_URL).toBe('postgres://app:secret@127.0.0.1:5432/vinhdanh_hn');
    expect(config.METRICS_TOKEN).toBe('m'.repeat(40));
    expect(config.TEMPORAL_NAMESPACE).toBe('vinhdanh_hn');
  });

  it('refuses a secret given twice or a secret file it cannot read, naming the variable', () => {
    expect(refusedVariables({ JWT_SECRET: 'x'.repeat(40), JWT_SECRET_FILE: file('jwt', 'y'.repeat(40)) })).toEqual([
      'JWT_SECRET_FILE',
    ]);
    expect(refusedVariables({ AUDIT_SIGNING_KEY_FILE: join(dir, 'missing.pem') })).toEqual(['AUDIT_SIGNING_KEY_FILE']);
    // A file's content is validated like the variable itself.
    expect(refusedVariables({ JWT_SECRET_FILE: file('short', 'short') })).toEqual(['JWT_SECRET']);
  });

  it('production refuses the development database and clear-text connections to other hosts', () => {
    expect(refusedVariables({ ...PRODUCTION, DATABASE_URL: undefined })).toEqual(['DATABASE_URL']);
    expect(refusedVariables({ ...PRODUCTION, DATABASE_URL: 'postgres://app@db.internal/vinhdanh' })).toEqual([
      'DATABASE_URL',
    ]);
    expect(
      refusedVariables({ ...PRODUCTION, DATABASE_URL: 'postgres://app@db.internal/vinhdanh?sslmode=verify-full' }),
    ).toEqual([]);
    expect(refusedVariables({ ...PRODUCTION, TEMPORAL_ADDRESS: 'temporal.internal:7233' })).toEqual(['TEMPORAL_TLS']);
    expect(
      refusedVariables({ ...PRODUCTION, TEMPORAL_ADDRESS: 'ns.acct.tmprl.cloud:7233', TEMPORAL_API_KEY: 'cloud-key' }),
    ).toEqual([]);
    // Outside production the same settings are a developer's choice.
    expect(refusedVariables({ TEMPORAL_ADDRESS: 'temporal.internal:7233' })).toEqual([]);
  });

  it('checks mTLS settings in every mode: both halves of the pair, readable files, never a key in clear', () => {
    const cert = file('client.pem', 'CERT');
    expect(refusedVariables({ TEMPORAL_TLS_CERT_FILE: cert })).toEqual(['TEMPORAL_TLS_KEY_FILE']);
    expect(refusedVariables({ TEMPORAL_TLS_CERT_FILE: cert, TEMPORAL_TLS_KEY_FILE: join(dir, 'nope.key') })).toEqual([
      'TEMPORAL_TLS_KEY_FILE',
    ]);
    expect(refusedVariables({ TEMPORAL_TLS: 'false', TEMPORAL_API_KEY: 'k' })).toEqual(['TEMPORAL_TLS']);
    expect(refusedVariables({ TEMPORAL_TLS: 'yes' })).toEqual(['TEMPORAL_TLS']);
  });

  it('builds the Temporal connection options: plain, TLS, mTLS with a CA, API key', () => {
    const ca = file('ca.pem', 'CA');
    const cert = file('client.pem', 'CERT');
    const key = file('client.key', 'KEY');
    expect(temporalConnectionOptions(loadConfig({}))).toEqual({ address: '127.0.0.1:7233' });
    expect(temporalConnectionOptions(loadConfig({ TEMPORAL_TLS: 'true' })).tls).toBe(true);
    const mtls = temporalConnectionOptions(
      loadConfig({
        TEMPORAL_ADDRESS: 'temporal.internal:7233',
        TEMPORAL_TLS_CA_FILE: ca,
        TEMPORAL_TLS_CERT_FILE: cert,
        TEMPORAL_TLS_KEY_FILE: key,
        TEMPORAL_TLS_SERVER_NAME: 'frontend.temporal',
      }),
    );
    expect(mtls).toEqual({
      address: 'temporal.internal:7233',
      tls: {
        serverNameOverride: 'frontend.temporal',
        serverRootCACertificate: Buffer.from('CA'),
        clientCertPair: { crt: Buffer.from('CERT'), key: Buffer.from('KEY') },
      },
    });
    expect(temporalConnectionOptions(loadConfig({ TEMPORAL_API_KEY_FILE: file('api', 'cloud-key\n') }))).toEqual({
      address: '127.0.0.1:7233',
      apiKey: 'cloud-key',
      tls: true,
    });
  });
});
