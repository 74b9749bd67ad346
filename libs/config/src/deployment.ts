import { readFileSync } from 'node:fs';

/**
 * Variables that may instead be read from a file named by `<NAME>_FILE` (Docker and Kubernetes
 * secrets, systemd credentials), so no secret has to sit in the environment or a unit file.
 */
export const FILE_VARIABLES = [
  'DATABASE_URL',
  'JWT_SECRET',
  'METRICS_TOKEN',
  'AUDIT_SIGNING_KEY',
  'AUDIT_TRUSTED_PUBLIC_KEYS',
  'TEMPORAL_API_KEY',
  'SMTP_URL',
] as const;

/**
 * Replaces each `<NAME>_FILE` by the file's content as `<NAME>` (one trailing newline dropped).
 * Problems name the variable: both forms set, or a file that cannot be read.
 */
export function resolveFileVariables(
  env: Record<string, string | undefined>,
  read: (path: string) => string = (path) => readFileSync(path, 'utf8'),
): { env: Record<string, string | undefined>; issues: string[] } {
  const resolved = { ...env };
  const issues: string[] = [];
  for (const name of FILE_VARIABLES) {
    const file = env[`${name}_FILE`];
    if (file === undefined || file === '') continue;
    if (env[name] !== undefined) {
      issues.push(`${name}_FILE: set either ${name} or ${name}_FILE, not both`);
      continue;
    }
    try {
      resolved[name] = read(file).replace(/\r?\n$/, '');
    } catch (err) {
      issues.push(
        `${name}_FILE: cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
      );
    }
  }
  return { env: resolved, issues };
}

/** The Temporal connection settings of a deployment. */
export interface TemporalConnectionConfig {
  TEMPORAL_ADDRESS: string;
  TEMPORAL_TLS?: 'true' | 'false';
  TEMPORAL_TLS_CA_FILE?: string;
  TEMPORAL_TLS_CERT_FILE?: string;
  TEMPORAL_TLS_KEY_FILE?: string;
  TEMPORAL_TLS_SERVER_NAME?: string;
  TEMPORAL_API_KEY?: string;
}

/** What both `Connection.connect` (client) and `NativeConnection.connect` (worker) accept. */
export interface TemporalConnectionOptions {
  address: string;
  tls?:
    | true
    | {
        serverNameOverride?: string;
        serverRootCACertificate?: Buffer;
        clientCertPair?: { crt: Buffer; key: Buffer };
      };
  apiKey?: string;
}

/** True when the deployment talks TLS to Temporal: asked for, certificates given, or an API key (Temporal Cloud). */
export function temporalUsesTls(config: TemporalConnectionConfig): boolean {
  if (config.TEMPORAL_TLS === 'false') return false;
  return Boolean(
    config.TEMPORAL_TLS === 'true' ||
    config.TEMPORAL_TLS_CA_FILE ||
    config.TEMPORAL_TLS_CERT_FILE ||
    config.TEMPORAL_API_KEY,
  );
}

/**
 * Connection options for Temporal: plain on a trusted loopback, TLS with the system's or the given
 * CA, mTLS with a client certificate, and/or an API key. Reads the certificate files.
 */
export function temporalConnectionOptions(
  config: TemporalConnectionConfig,
  read: (path: string) => Buffer = (path) => readFileSync(path),
): TemporalConnectionOptions {
  const options: TemporalConnectionOptions = { address: config.TEMPORAL_ADDRESS };
  if (config.TEMPORAL_API_KEY) options.apiKey = config.TEMPORAL_API_KEY;
  if (!temporalUsesTls(config)) return options;
  const custom = {
    ...(config.TEMPORAL_TLS_SERVER_NAME ? { serverNameOverride: config.TEMPORAL_TLS_SERVER_NAME } : {}),
    ...(config.TEMPORAL_TLS_CA_FILE ? { serverRootCACertificate: read(config.TEMPORAL_TLS_CA_FILE) } : {}),
    ...(config.TEMPORAL_TLS_CERT_FILE && config.TEMPORAL_TLS_KEY_FILE
      ? { clientCertPair: { crt: read(config.TEMPORAL_TLS_CERT_FILE), key: read(config.TEMPORAL_TLS_KEY_FILE) } }
      : {}),
  };
  options.tls = Object.keys(custom).length > 0 ? custom : true;
  return options;
}

/** Problems with the TLS settings that hold in every mode: half an mTLS pair, unreadable files. */
export function tlsProblems(config: TemporalConnectionConfig, canRead: (path: string) => boolean): string[] {
  const problems: string[] = [];
  if (Boolean(config.TEMPORAL_TLS_CERT_FILE) !== Boolean(config.TEMPORAL_TLS_KEY_FILE)) {
    const missing = config.TEMPORAL_TLS_CERT_FILE ? 'TEMPORAL_TLS_KEY_FILE' : 'TEMPORAL_TLS_CERT_FILE';
    problems.push(`${missing}: mTLS needs both TEMPORAL_TLS_CERT_FILE and TEMPORAL_TLS_KEY_FILE`);
  }
  for (const name of ['TEMPORAL_TLS_CA_FILE', 'TEMPORAL_TLS_CERT_FILE', 'TEMPORAL_TLS_KEY_FILE'] as const) {
    const file = config[name];
    if (file && !canRead(file)) problems.push(`${name}: cannot read ${file}`);
  }
  if (config.TEMPORAL_TLS === 'false' && (config.TEMPORAL_API_KEY || config.TEMPORAL_TLS_CERT_FILE)) {
    problems.push('TEMPORAL_TLS: an API key or client certificate is never sent without TLS');
  }
  return problems;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[?::1\]?)$/i;

/** True when `host` is this machine (a connection that never leaves it). */
export function isLoopback(host: string): boolean {
  return LOOPBACK.test(host);
}

/**
 * Production problems of the connections: a database or Temporal on another host reached without
 * TLS (credentials and every nomination would cross the network in clear).
 */
export function connectionProblems(config: TemporalConnectionConfig & { DATABASE_URL: string }): string[] {
  const problems: string[] = [];
  const db = new URL(config.DATABASE_URL);
  const sslmode = db.searchParams.get('sslmode');
  if (!isLoopback(db.hostname) && !['require', 'verify-ca', 'verify-full'].includes(sslmode ?? '')) {
    problems.push(
      'DATABASE_URL: a database on another host needs TLS in production (add ?sslmode=verify-full&sslrootcert=/path/ca.pem)',
    );
  }
  const temporalHost = config.TEMPORAL_ADDRESS.replace(/:\d+$/, '');
  if (!isLoopback(temporalHost) && !temporalUsesTls(config)) {
    problems.push(
      'TEMPORAL_TLS: a Temporal server on another host needs TLS in production (TEMPORAL_TLS=true, TEMPORAL_TLS_CA_FILE, TEMPORAL_TLS_CERT_FILE/KEY_FILE or TEMPORAL_API_KEY)',
    );
  }
  return problems;
}
