import type { Kysely } from 'kysely';
import type { Database, UserRole } from '@vinhdanh/db';
import { loadDelegatedGrants } from '../delegations/delegated-grants';
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
  const user = await db
    .selectFrom('users')
    .select(['id', 'username', 'full_name'])
    .where('id', '=', userId)
    .where('active', '=', true)
    .executeTakeFirst();
  if (!user) return undefined;
  const roles = await db
    .selectFrom('user_roles as r')
    .innerJoin('units as u', 'u.id', 'r.unit_id')
    .select(['r.role', 'r.unit_id', 'u.code', 'u.name', 'r.valid_from', 'r.valid_to'])
    .where('r.user_id', '=', userId)
    .where('r.valid_from', '<=', at)
    .where((eb) => eb.or([eb('r.valid_to', 'is', null), eb('r.valid_to', '>', at)]))
    .orderBy('u.level', 'desc')
    .orderBy('u.code')
    .orderBy('r.role')
    .execute();
  // Issue 5: approver roles lent by colleagues on leave, valid at `at` (the request's clock).
  const delegated = await loadDelegatedGrants(db, userId, at);
  return {
    id: user.id,
    username: user.username,
    fullName: user.full_name,
    ...(delegated.length > 0 ? { delegated } : {}),
    roles: roles.map((r) => ({
      role: r.role as UserRole,
      unitId: r.unit_id,
      unitCode: r.code,
      unitName: r.name,
      validFrom: r.valid_from.toISOString(),
      validTo: r.valid_to ? r.valid_to.toISOString() : null,
    })),
  };
}
