import { accessSync, constants } from 'node:fs';
import { z } from 'zod';
import { connectionProblems, resolveFileVariables, tlsProblems } from './deployment';

/** The JWT secret of a development checkout; public, so `NODE_ENV=production` refuses it. */
export const DEV_JWT_SECRET = 'vinhdanh-dev-secret-change-me';

/** Environment variables the processes read, parsed once at boot. */
export const ConfigSchema = z.object({
  /**
   * `production` makes every process refuse development defaults (JWT secret, audit signing key)
   * and hides the OpenAPI UI; anything else is a development or test run.
   */
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .default('postgres://postgres@127.0.0.1:5432/vinhdanh'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  TEMPORAL_ADDRESS: z.string().min(1).default('127.0.0.1:7233'),
  /**
   * The deployment's own Temporal namespace (created if missing). Unset: derived from the database
   * name, so two deployments on one Temporal server never run each other's workflows.
   */
  TEMPORAL_NAMESPACE: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be letters, digits, ".", "_" or "-"')
    .optional(),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('vinhdanh-nominations'),
  /** TLS to Temporal (`true`, or implied by a CA, client certificate or API key; `false` forces plain). */
  TEMPORAL_TLS: z.enum(['true', 'false']).optional(),
  /** PEM CA that signed the Temporal frontend's certificate (default: the system's CAs). */
  TEMPORAL_TLS_CA_FILE: z.string().min(1).optional(),
  /** mTLS client certificate and key (PEM), both or neither. */
  TEMPORAL_TLS_CERT_FILE: z.string().min(1).optional(),
  TEMPORAL_TLS_KEY_FILE: z.string().min(1).optional(),
  /** The name the frontend's certificate carries, when it differs from the address's host. */
  TEMPORAL_TLS_SERVER_NAME: z.string().min(1).optional(),
  /** Temporal Cloud API key (or `TEMPORAL_API_KEY_FILE`); implies TLS. */
  TEMPORAL_API_KEY: z.string().min(1).optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  /**
   * Express `trust proxy` behind a reverse proxy (a hop count such as `1`, or the proxies'
   * addresses), so login budgets see the client's address; unset, the socket's address counts.
   */
  TRUST_PROXY: z
    .string()
    .regex(/^(\d+|[0-9a-fA-F.:/, ]+|loopback|linklocal|uniquelocal)$/, 'must be a hop count or proxy addresses')
    .optional(),
  JWT_SECRET: z.string().min(16, 'must be at least 16 characters').default(DEV_JWT_SECRET),
  /** Lifetime of an access token; short, since a refresh token renews it. */
  JWT_TTL_SECONDS: z.coerce
    .number()
    .int()
    .positive()
    .default(15 * 60),
  /** Lifetime of a login session: its refresh tokens rotate, but none outlives the login by more. */
  REFRESH_TOKEN_TTL_SECONDS: z.coerce
    .number()
    .int()
    .positive()
    .default(10 * 3600),
  SMTP_URL: z.string().url().optional(),
  /** Bearer token a Prometheus scraper sends to `GET /api/metrics` (otherwise: a system admin's or auditor's login). */
  METRICS_TOKEN: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Ed25519 private key (PEM) that signs integrity anchors and exports; dev falls back to .data/. */
  AUDIT_SIGNING_KEY: z.string().optional(),
  /** Earlier public keys (PEM, concatenated) still trusted for anchors signed before a key change. */
  AUDIT_TRUSTED_PUBLIC_KEYS: z.string().optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  /** `json` (one object per line, for log collectors) or `pretty` (for a person; `npm start` sets it). */
  LOG_FORMAT: z.enum(['json', 'pretty']).default('json'),
  /**
   * host:port where a worker serves the Temporal SDK's Prometheus metrics (workflow task latency,
   * schedule-to-start, activity latency, poller and cache gauges) at /metrics; unset: not served.
   */
  WORKER_METRICS_ADDRESS: z
    .string()
    .regex(/^[\w.:[\]-]+:\d+$/, 'must be host:port')
    .optional(),
});

/** The typed, frozen configuration every app is built from. */
export type Config = Readonly<z.infer<typeof ConfigSchema> & { TEMPORAL_NAMESPACE: string }>;

/** The database name in a `postgres://` URL (`vinhdanh` when the URL names none). */
export function databaseName(databaseUrl: string): string {
  return decodeURIComponent(new URL(databaseUrl).pathname.replace(/^\//, '')) || 'vinhdanh';
}

/**
 * The namespace of a deployment whose `TEMPORAL_NAMESPACE` is unset: its database's name, with
 * characters a namespace name may not hold turned into `-`.
 */
export function namespaceForDatabase(databaseUrl: string): string {
  return (
    databaseName(databaseUrl)
      .replace(/[^A-Za-z0-9._-]/g, '-')
      .replace(/^[^A-Za-z0-9]+/, '') || 'vinhdanh'
  );
}

/** Thrown when the environment does not describe a runnable process; names every bad variable. */
export class ConfigError extends Error {
  readonly code = 'CONFIG.INVALID';
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n  ${issues.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

/**
 * What makes a configuration unfit for production: a secret left at its public development
 * default or missing. Empty outside `NODE_ENV=production`.
 */
export function productionProblems(config: Config): string[] {
  if (config.NODE_ENV !== 'production') return [];
  const problems: string[] = [];
  if (config.JWT_SECRET === DEV_JWT_SECRET) {
    problems.push('JWT_SECRET: must be set in production (the development default is public)');
  } else if (config.JWT_SECRET.length < 32) {
    problems.push('JWT_SECRET: must be at least 32 characters in production');
  }
  if (!config.AUDIT_SIGNING_KEY) {
    problems.push('AUDIT_SIGNING_KEY: must be set in production (the development key file is not a managed secret)');
  }
  return problems;
}

/**
 * Parses the environment (or an override for tests) once; fails fast naming each variable, and in
 * production refuses development defaults.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const files = resolveFileVariables(env);
  if (files.issues.length > 0) throw new ConfigError(files.issues);
  const parsed = ConfigSchema.safeParse(files.env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const tls = tlsProblems(parsed.data, canRead);
  if (tls.length > 0) throw new ConfigError(tls);
  const config: Config = Object.freeze({
    ...parsed.data,
    TEMPORAL_NAMESPACE: parsed.data.TEMPORAL_NAMESPACE ?? namespaceForDatabase(parsed.data.DATABASE_URL),
  });
  const problems = productionProblems(config);
  if (config.NODE_ENV === 'production') {
    if (!files.env.DATABASE_URL)
      problems.push('DATABASE_URL: must be set in production (the default is a development database)');
    problems.push(...connectionProblems(config));
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

function canRead(path: string): boolean {
  try {
    accessSync(path, constants.R_OK);
    return true;
  } catch {
    return false;
  }
}
