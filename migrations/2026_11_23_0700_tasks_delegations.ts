import { sql, type Kysely } from 'kysely';

/*
 * Approvers (issue 5): who holds a task, delegation while on leave, conflict of interest.
 *
 * inbox_tasks.holder_*: the task's holder as the nominations projection folds it (claimed or
 *   assigned); null while the unit's pool holds it. Indexed for the inbox's `holder=` filter.
 * users.person_key: the user's own person key (e.g. union member number), matched against a
 *   nominee's `personKey` to refuse acting on a nomination of oneself. Unique when set.
 * delegations: a user's approver roles at one unit lent to a colleague for [starts_at, ends_at);
 *   revoked early by setting revoked_*. Each row is on the record as events of `delegation-<id>`
 *   appended in the same transaction. `create_key` makes a retried POST find its row.
 * relative_declarations: people a user declared as relatives (conflict of interest); each is also
 *   an event of `relatives-<user id>`.
 * Frozen: never edit after it has shipped, add a new migration.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen against Kysely<any>
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table inbox_tasks
      add column holder_user_id text,
      add column holder_name text,
      add column claimed_at timestamptz`.execute(db);
  await sql`create index inbox_tasks_holder_idx on inbox_tasks (holder_user_id)`.execute(db);

  await db.schema.alterTable('users').addColumn('person_key', 'text').execute();
  await sql`create unique index users_person_key_key on users (person_key) where person_key is not null`.execute(db);

  await db.schema
    .createTable('delegations')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('delegator_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('delegate_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('roles', sql`text[]`, (c) => c.notNull())
    .addColumn('starts_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ends_at', 'timestamptz', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('create_key', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('revoked_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('revoke_reason', 'text')
    .addCheckConstraint('delegations_period_check', sql`ends_at > starts_at`)
    .addCheckConstraint('delegations_not_self_check', sql`delegator_id <> delegate_id`)
    .addUniqueConstraint('delegations_create_key', ['delegator_id', 'create_key'])
    .execute();
  // Loaded on every authenticated request of the delegate: their delegations not revoked.
  await sql`create index delegations_delegate_idx on delegations (delegate_id, ends_at) where revoked_at is null`.execute(
    db,
  );
  await db.schema
    .createIndex('delegations_delegator_idx')
    .on('delegations')
    .columns(['delegator_id', 'unit_id'])
    .execute();

  await db.schema
    .createTable('relative_declarations')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('person_key', 'text', (c) => c.notNull())
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('relation', 'text', (c) => c.notNull())
    .addColumn('declared_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('relative_declarations_user_person_key', ['user_id', 'person_key'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen against Kysely<any>
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('relative_declarations').ifExists().execute();
  await db.schema.dropTable('delegations').ifExists().execute();
  await sql`drop index if exists users_person_key_key`.execute(db);
  await db.schema.alterTable('users').dropColumn('person_key').execute();
  await sql`drop index if exists inbox_tasks_holder_idx`.execute(db);
  await sql`
    alter table inbox_tasks drop column holder_user_id, drop column holder_name, drop column claimed_at`.execute(db);
}
