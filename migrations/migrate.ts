/* Command: `npm run migrate` — creates the database if missing and applies every pending migration. */
import { loadConfig } from '@vinhdanh/config';
import { createDb, createPool, ensureDatabase } from '@vinhdanh/db';
import { migrateToLatest } from './migrator';

async function main(): Promise<void> {
  const config = loadConfig();
  if (await ensureDatabase(config.DATABASE_URL))
    console.log(`[migrate] created database ${new URL(config.DATABASE_URL).pathname.slice(1)}`);
  const pool = createPool({ connectionString: config.DATABASE_URL, max: 2, applicationName: 'vinhdanh-migrate' });
  const db = createDb(pool);
  try {
    const results = await migrateToLatest(db);
    for (const r of results) console.log(`[migrate] ${r.status.padEnd(7)} ${r.migrationName}`);
    console.log(results.length ? `[migrate] ${results.length} migration(s) applied` : '[migrate] schema is up to date');
  } finally {
    await db.destroy();
  }
}

main().catch((err) => {
  console.error(`[migrate] ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
