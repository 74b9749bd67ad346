import { z } from 'zod';

/** Environment variables the processes read, parsed once at boot. */
export const ConfigSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .default('postgres://postgres@127.0.0.1:5432/vinhdanh'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  TEMPORAL_ADDRESS: z.string().min(1).default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('vinhdanh-nominations'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  JWT_SECRET: z.string().min(16, 'must be at least 16 characters').default('vinhdanh-dev-secret-change-me'),
  JWT_TTL_SECONDS: z.coerce
    .number()
    .int()
    .positive()
    .default(8 * 3600),
  SMTP_URL: z.string().url().optional(),
  /** Ed25519 private key (PEM) that signs integrity anchors and exports; dev falls back to .data/. */
  AUDIT_SIGNING_KEY: z.string().optional(),
  /** Earlier public keys (PEM, concatenated) still trusted for anchors signed before a key change. */
  AUDIT_TRUSTED_PUBLIC_KEYS: z.string().optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
});

/** The typed, frozen configuration every app is built from. */
export type Config = Readonly<z.infer<typeof ConfigSchema>>;

/** Thrown when the environment does not describe a runnable process; names every bad variable. */
export class ConfigError extends Error {
  readonly code = 'CONFIG.INVALID';
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n  ${issues.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment (or an override for tests) once; fails fast naming each variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  return Object.freeze(parsed.data);
}
