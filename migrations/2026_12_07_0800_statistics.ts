import type { Kysely } from 'kysely';

/*
 * Statistics read models (the `statistics` projection): one compact fact row per nomination and
 * counters keyed by the nominating unit (and '*' for all units), so an annual summary reads a few
 * counter rows instead of scanning nominations.
 * Frozen: never edit after it has shipped, add a new migration.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen against Kysely<any>
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('stat_nominations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull())
    // The compact fold (see statistics.fold.ts): the next batch continues from it.
    .addColumn('fold', 'jsonb', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('stat_counts')
    // A nominating unit's id, or '*' for every unit (the national figures in one row set).
    .addColumn('scope_unit_id', 'text', (c) => c.notNull())
    .addColumn('year', 'smallint', (c) => c.notNull())
    .addColumn('campaign_id', 'text', (c) => c.notNull())
    .addColumn('award_code', 'text', (c) => c.notNull())
    .addColumn('granting_level', 'smallint', (c) => c.notNull())
    .addColumn('nominee_kind', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('nominations', 'bigint', (c) => c.notNull())
    .addColumn('returned', 'bigint', (c) => c.notNull())
    .addColumn('returns', 'bigint', (c) => c.notNull())
    .addColumn('women', 'bigint', (c) => c.notNull())
    .addColumn('direct_workers', 'bigint', (c) => c.notNull())
    .addColumn('non_leaders', 'bigint', (c) => c.notNull())
    .addColumn('collective_members', 'bigint', (c) => c.notNull())
    .addColumn('collective_women', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('stat_counts_pk', [
      'scope_unit_id',
      'year',
      'campaign_id',
      'award_code',
      'granting_level',
      'nominee_kind',
      'outcome',
    ])
    .execute();

  await db.schema
    .createTable('stat_level_time')
    .addColumn('scope_unit_id', 'text', (c) => c.notNull())
    .addColumn('year', 'smallint', (c) => c.notNull())
    .addColumn('campaign_id', 'text', (c) => c.notNull())
    .addColumn('level', 'smallint', (c) => c.notNull())
    .addColumn('tasks', 'bigint', (c) => c.notNull())
    .addColumn('total_ms', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('stat_level_time_pk', ['scope_unit_id', 'year', 'campaign_id', 'level'])
    .execute();

  // Dissolutions with their successor, folded from UnitDissolved events: reports count a dissolved unit's history under it.
  await db.schema
    .createTable('stat_unit_successors')
    .addColumn('unit_id', 'text', (c) => c.primaryKey())
    .addColumn('successor_id', 'text', (c) => c.notNull())
    .addColumn('effective_from', 'date', (c) => c.notNull())
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen against Kysely<any>
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['stat_unit_successors', 'stat_level_time', 'stat_counts', 'stat_nominations']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
