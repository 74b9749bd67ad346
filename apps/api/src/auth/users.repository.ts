import type { Kysely } from 'kysely';
import type { Database } from '@vinhdanh/db';
import { loadAccessFacts, principalAt } from './access-facts';
import type { Principal } from './principal';

/** The row needed to check a login. */
export interface LoginCandidate {
  id: string;
  username: string;
  passwordHash: string;
  active: boolean;
}

/** Finds a user by username, case-insensitively (the unique index is on `lower(username)`). */
export async function findLoginCandidate(db: Kysely<Database>, username: string): Promise<LoginCandidate | undefined> {
  const row = await db
    .selectFrom('users')
    .select(['id', 'username', 'password_hash', 'active'])
    .where((eb) => eb(eb.fn('lower', ['username']), '=', username.toLowerCase()))
    .executeTakeFirst();
  return row && { id: row.id, username: row.username, passwordHash: row.password_hash, active: row.active };
}

/** Loads an active user with the role grants valid at `at`; undefined when missing or disabled. */
export async function loadPrincipal(db: Kysely<Database>, userId: string, at: Date): Promise<Principal | undefined> {
  const facts = await loadAccessFacts(db, userId);
  return facts && principalAt(facts, at);
}
