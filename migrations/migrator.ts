import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { Migrator, type Migration, type MigrationProvider, type MigrationResult } from 'kysely/migration';

/** Migration files are named `YYYY_MM_DD_HHMM_what.ts` and sorted by that prefix. */
export const MIGRATION_FILE = /^\d{4}_\d{2}_\d{2}_\d{4}_[a-z0-9_]+\.ts$/;

/**
 * Loads migrations with require() rather than kysely's FileMigrationProvider, whose dynamic
 * import() bypasses the TypeScript require hook that both jest and the apps run under.
 */
export class DirectoryMigrationProvider implements MigrationProvider {
  constructor(private readonly dir: string = __dirname) {}

  async getMigrations(): Promise<Record<string, Migration>> {
    const migrations: Record<string, Migration> = {};
    for (const file of readdirSync(this.dir)
      .filter((f) => MIGRATION_FILE.test(f))
      .sort()) {
      const mod = require(join(this.dir, file)) as Migration;
      if (typeof mod.up !== 'function') throw new Error(`migration ${file} has no up()`);
      migrations[file.replace(/\.ts$/, '')] = { up: mod.up, down: mod.down };
    }
    return migrations;
  }
}

/** Raised when a migration fails; the database keeps every migration before it. */
export class MigrationFailedError extends Error {
  readonly code = 'DB.MIGRATION_FAILED';
  constructor(
    readonly migrationName: string | undefined,
    override readonly cause: unknown,
  ) {
    super(
      `migration ${migrationName ?? '(unknown)'} failed: ${cause instanceof Error ? cause.message : String(cause)}`,
    );
    this.name = 'MigrationFailedError';
  }
}

/** Brings the schema to the newest migration; throws MigrationFailedError naming the failed one. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen against Kysely<any>
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationResult[]> {
  const migrator = new Migrator({ db, provider: new DirectoryMigrationProvider() });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) {
    const failed = results.find((r) => r.status === 'Error');
    throw new MigrationFailedError(failed?.migrationName, error);
  }
  return results;
}
