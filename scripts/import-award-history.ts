/*
 * Command: `npm run import:award-history -- <file.csv> [--by "<operator>"]` — imports paper award
 * records into award_history with the same checks as POST /api/admin/award-history/import: every
 * row validated first (any error: each printed with its row and field, nothing imported, exit 1),
 * then upserted on (person_key, award_code, year, theme), so running it twice changes nothing.
 */
import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { loadConfig } from '@vinhdanh/config';
import { createDb, createPool, upsertAwardHistory } from '@vinhdanh/db';
import { csvToRows, validateAwardHistoryRows } from '@vinhdanh/domain';

async function main(): Promise<void> {
  const [file, flag, by] = process.argv.slice(2);
  if (!file || (flag !== undefined && (flag !== '--by' || !by))) {
    console.error('usage: npm run import:award-history -- <file.csv> [--by "<operator>"]');
    process.exit(2);
  }
  const { rows, errors: headerErrors } = csvToRows(readFileSync(file, 'utf8'));
  const { records, errors } = validateAwardHistoryRows(rows);
  const all = [...headerErrors, ...errors];
  if (all.length > 0) {
    for (const e of all) console.error(`[import] ${e.row === 0 ? 'header' : `row ${e.row}`}, ${e.field}: ${e.message}`);
    console.error(`[import] ${all.length} error(s); nothing imported.`);
    process.exit(1);
  }
  const config = loadConfig();
  const pool = createPool({ connectionString: config.DATABASE_URL, max: 2, applicationName: 'vinhdanh-import' });
  const db = createDb(pool);
  try {
    const result = await upsertAwardHistory(db, records, by ?? `cli:${userInfo().username}`);
    console.log(`[import] ${records.length} rows: ${result.inserted} new, ${result.updated} replaced.`);
  } finally {
    await db.destroy();
  }
}

main().catch((err) => {
  console.error(`[import] ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
