import { sql, type Kysely } from 'kysely';

/*
 * A counter of changes to who may do what: users, their roles, units (names shown with roles) and
 * delegations. The API caches each user's roles and delegated grants in-process and checks this
 * counter in the request's one session round trip, so a revoked role or delegation is never used
 * after its transaction committed, in any API process. A statement trigger bumps it in the writing
 * transaction (whoever writes: projection, administration or seed) and NOTIFYs `vinhdanh_access`
 * at commit, so idle caches drop early. BEFORE STATEMENT: the counter row is locked before the
 * statement's own rows, so two writers queue on it rather than deadlock.
 * Frozen: never edit after it has shipped, add a new migration.
 */

const TABLES = ['users', 'user_roles', 'units', 'delegations'];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen against Kysely<any>
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table access_generation (
    id smallint primary key default 1 check (id = 1),
    value bigint not null default 0
  )`.execute(db);
  await sql`insert into access_generation (id, value) values (1, 0)`.execute(db);
  await sql`create function bump_access_generation() returns trigger language plpgsql as $$
    begin
      update access_generation set value = value + 1 where id = 1;
      perform pg_notify('vinhdanh_access', tg_table_name);
      return null;
    end $$`.execute(db);
  for (const table of TABLES) {
    await sql`create trigger ${sql.raw(`${table}_access_generation`)}
      before insert or update or delete or truncate on ${sql.table(table)}
      for each statement execute function bump_access_generation()`.execute(db);
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen against Kysely<any>
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of TABLES) {
    await sql`drop trigger if exists ${sql.raw(`${table}_access_generation`)} on ${sql.table(table)}`.execute(db);
  }
  await sql`drop function if exists bump_access_generation()`.execute(db);
  await sql`drop table if exists access_generation`.execute(db);
}
