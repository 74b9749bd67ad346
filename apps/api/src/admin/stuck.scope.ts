import { sql, type Kysely, type RawBuilder } from 'kysely';
import { loadOrgTree, type Database } from '@vinhdanh/db';
import { vietnamDateOf } from '@vinhdanh/domain';
import { ForbiddenError } from '../auth/auth.errors';
import { mayAnywhere, POLICY, rolesFor, unitsWhere } from '../auth/policy';
import { unitsWithRole, type Principal } from '../auth/principal';

/**
 * What an administrator oversees: everything (system admin), or each unit under one of their
 * unit-admin units as of today, mapped to that admin unit (the nearest one, the unit included).
 */
export type AdminScope = { all: true; adminUnitId: string } | { all: false; adminUnitOf: ReadonlyMap<string, string> };

/** The caller's scope; a caller with neither role sees nothing. */
export async function adminScopeOf(db: Kysely<Database>, user: Principal, now: Date): Promise<AdminScope> {
  if (mayAnywhere(user, 'admin.stuck')) {
    return { all: true, adminUnitId: unitsWithRole(user, POLICY['admin.stuck'].anywhereFor)[0] ?? '' };
  }
  const roots = new Set(unitsWhere(user, 'admin.stuck'));
  const adminUnitOf = new Map<string, string>();
  if (roots.size === 0) return { all: false, adminUnitOf };
  const today = vietnamDateOf(now.toISOString());
  const tree = await loadOrgTree(db, { asOf: today });
  for (const unit of tree.data.units) {
    // ancestryAsOf lists the unit itself first, then its parents upwards.
    const admin = tree.ancestryAsOf(unit.id, today).find((a) => roots.has(a.id));
    if (admin) adminUnitOf.set(unit.id, admin.id);
  }
  return { all: false, adminUnitOf };
}

/** The unit an administrator acts for on `unitId`'s work; 403 outside their scope. */
export function adminUnitFor(scope: AdminScope, unitId: string): string {
  if (scope.all) return scope.adminUnitId || unitId;
  const admin = scope.adminUnitOf.get(unitId);
  if (!admin) throw new ForbiddenError(rolesFor('admin.stuck'), unitId);
  return admin;
}

/** SQL restricting `t.unit_id` (an inbox task) to the scope, optionally to one unit in it (403 outside). */
export function scopeSql(scope: AdminScope, unitId: string | undefined): RawBuilder<unknown> {
  if (unitId) {
    if (!scope.all) adminUnitFor(scope, unitId);
    return sql`t.unit_id = ${unitId}`;
  }
  return scope.all ? sql`true` : sql`t.unit_id = any(${[...scope.adminUnitOf.keys()]}::text[])`;
}
