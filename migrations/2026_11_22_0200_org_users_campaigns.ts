import { sql, type Kysely } from 'kysely';

/*
 * Org tree, rule sets, campaigns, users and their unit-scoped roles.
 * Frozen in time: never import application code here, never edit after release.
 */

const ROLES = ['nominator', 'reviewer', 'chair', 'unit_admin', 'auditor', 'system_admin'];
const CAMPAIGN_KINDS = ['annual', 'thematic', 'adhoc'];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen against Kysely<any>
export async function up(db: Kysely<any>): Promise<void> {
  // Needed so one exclusion constraint can combine text equality with date-range overlap.
  await sql`create extension if not exists btree_gist`.execute(db);

  await db.schema
    .createTable('units')
    // Text ids: the domain and its events name units by stable slugs ("ldld-cao-bang"); new units get a uuid.
    .addColumn('id', 'text', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()::text`))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('level', 'smallint', (c) => c.notNull().check(sql`level between 1 and 4`))
    .addColumn('member_count', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`member_count >= 0`),
    )
    // First day the unit no longer exists (exclusive), e.g. district federations on 2025-07-01.
    .addColumn('dissolved_on', 'date')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  // A unit has at most one parent on any day: re-parenting closes one row and opens the next.
  await db.schema
    .createTable('unit_parents')
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id').onDelete('cascade'))
    .addColumn('parent_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('valid_from', 'date', (c) => c.notNull())
    .addColumn('valid_to', 'date')
    .addPrimaryKeyConstraint('unit_parents_pk', ['unit_id', 'valid_from'])
    .addCheckConstraint('unit_parents_not_self', sql`unit_id <> parent_id`)
    .addCheckConstraint('unit_parents_valid_range', sql`valid_to is null or valid_to > valid_from`)
    .execute();
  await sql`alter table unit_parents add constraint unit_parents_no_overlap
    exclude using gist (unit_id with =, daterange(valid_from, valid_to, '[)') with &&)`.execute(db);
  await db.schema.createIndex('unit_parents_parent_idx').on('unit_parents').columns(['parent_id']).execute();

  await db.schema
    .createTable('rule_sets')
    .addColumn('version', 'text', (c) => c.primaryKey())
    .addColumn('effective_from', 'date', (c) => c.notNull())
    .addColumn('effective_to', 'date')
    .addColumn('body', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('rule_sets_valid_range', sql`effective_to is null or effective_to > effective_from`)
    .execute();

  await db.schema
    .createTable('campaigns')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in (${sql.join(CAMPAIGN_KINDS.map((k) => sql.lit(k)))})`),
    )
    .addColumn('rule_set_version', 'text', (c) => c.notNull().references('rule_sets.version'))
    .addColumn('award_codes', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('opens_on', 'date', (c) => c.notNull())
    .addColumn('closes_on', 'date', (c) => c.notNull())
    .addColumn('cutoffs', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('campaigns_valid_range', sql`closes_on >= opens_on`)
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('username', 'text', (c) => c.notNull())
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  // Usernames are matched case-insensitively, so uniqueness must be too.
  await sql`create unique index users_username_key on users (lower(username))`.execute(db);

  await db.schema
    .createTable('user_roles')
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in (${sql.join(ROLES.map((r) => sql.lit(r)))})`))
    .addColumn('valid_from', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('valid_to', 'timestamptz')
    .addPrimaryKeyConstraint('user_roles_pk', ['user_id', 'unit_id', 'role', 'valid_from'])
    .addCheckConstraint('user_roles_valid_range', sql`valid_to is null or valid_to > valid_from`)
    .execute();
  await db.schema.createIndex('user_roles_unit_role_idx').on('user_roles').columns(['unit_id', 'role']).execute();

  // Failed logins per (username, client address) window; shared by every API replica.
  await db.schema
    .createTable('login_throttle')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('window_started_at', 'timestamptz', (c) => c.notNull())
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen against Kysely<any>
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['login_throttle', 'user_roles', 'users', 'campaigns', 'rule_sets', 'unit_parents', 'units']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
