import { sql, type Kysely } from 'kysely';
import type { Database, UserRole } from '@vinhdanh/db';
import { containsPattern } from '@vinhdanh/db';
import type { ListUsersQuery, RoleGrantView, UserPage, UserView } from './users.schemas';

/** Users with their grants (current and ended), as administrators see them. */
export async function loadUserViews(db: Kysely<Database>, ids: readonly string[], now: Date): Promise<UserView[]> {
  if (ids.length === 0) return [];
  const users = await db
    .selectFrom('users')
    .select(['id', 'username', 'full_name', 'email', 'active', 'created_at'])
    .where('id', 'in', [...ids])
    .execute();
  const grants = await db
    .selectFrom('user_roles as r')
    .innerJoin('units as u', 'u.id', 'r.unit_id')
    .select(['r.user_id', 'r.role', 'r.unit_id', 'u.name', 'r.valid_from', 'r.valid_to'])
    .where('r.user_id', 'in', [...ids])
    .orderBy('r.valid_from')
    .orderBy('r.role')
    .execute();
  const byId = new Map(users.map((u) => [u.id, u]));
  return ids.flatMap((id) => {
    const u = byId.get(id);
    if (!u) return [];
    const roles: RoleGrantView[] = grants
      .filter((g) => g.user_id === id)
      .map((g) => ({
        role: g.role,
        unitId: g.unit_id,
        unitName: g.name,
        validFrom: g.valid_from.toISOString(),
        validTo: g.valid_to ? g.valid_to.toISOString() : null,
        current: g.valid_from <= now && (g.valid_to === null || g.valid_to > now),
      }));
    return [
      {
        id: u.id,
        username: u.username,
        fullName: u.full_name,
        email: u.email,
        active: u.active,
        createdAt: u.created_at.toISOString(),
        roles,
      },
    ];
  });
}

/**
 * One page of users, newest usernames sorted alphabetically. `scopeUnits` (a unit admin's subtree)
 * keeps users with a current grant inside it; `undefined` lists everyone.
 */
export async function listUsers(
  db: Kysely<Database>,
  query: ListUsersQuery,
  now: Date,
  scopeUnits: readonly string[] | undefined,
): Promise<UserPage> {
  let q = db.selectFrom('users');
  if (query.q) {
    const pattern = containsPattern(query.q);
    q = q.where((eb) => eb.or([eb('username', 'ilike', pattern), eb('full_name', 'ilike', pattern)]));
  }
  if (query.active) q = q.where('active', '=', query.active === 'true');
  const grantFilter = query.unitId !== undefined || query.role !== undefined || scopeUnits !== undefined;
  if (grantFilter) {
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('user_roles as r')
          .select('r.user_id')
          .whereRef('r.user_id', '=', 'users.id')
          .where('r.valid_from', '<=', now)
          .where((e) => e.or([e('r.valid_to', 'is', null), e('r.valid_to', '>', now)]))
          .$if(query.unitId !== undefined, (s) => s.where('r.unit_id', '=', query.unitId ?? ''))
          .$if(query.role !== undefined, (s) => s.where('r.role', '=', query.role as UserRole))
          .$if(scopeUnits !== undefined, (s) =>
            s.where('r.unit_id', '=', sql<string>`any(${scopeUnits ?? []}::text[])`),
          ),
      ),
    );
  }
  const [{ total } = { total: 0 }] = await q.select((eb) => eb.fn.countAll<number>().as('total')).execute();
  const rows = await q.select('id').orderBy('username').limit(query.limit).offset(query.offset).execute();
  const items = await loadUserViews(
    db,
    rows.map((r) => r.id),
    now,
  );
  return { items, total: Number(total), limit: query.limit, offset: query.offset };
}
