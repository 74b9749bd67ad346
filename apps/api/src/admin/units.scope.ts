import type { Kysely } from 'kysely';
import { loadOrgTree, type Database } from '@vinhdanh/db';
import type { OrgTree } from '@vinhdanh/domain';
import { mayAnywhere, unitsWhere } from '../auth/policy';
import type { Principal } from '../auth/principal';

/**
 * What an administrator may administer today: a system admin everything; a unit admin the units
 * in the subtree of the units where they are unit admin (their own included).
 */
export interface AdminScope {
  readonly all: boolean;
  readonly units: ReadonlySet<string>;
  readonly today: string;
  /** The whole effective-dated tree, loaded once per request. */
  readonly tree: OrgTree;
}

/** Builds the caller's scope from the org tree as of `today` (YYYY-MM-DD, Vietnam). */
export async function adminScopeOf(db: Kysely<Database>, user: Principal, today: string): Promise<AdminScope> {
  const tree = await loadOrgTree(db);
  if (mayAnywhere(user, 'admin.org')) return { all: true, units: new Set(), today, tree };
  const adminAt = new Set(unitsWhere(user, 'admin.org'));
  const units = new Set<string>();
  if (adminAt.size > 0) {
    for (const unit of tree.units) {
      if (!tree.isActiveAsOf(unit.id, today)) continue;
      if (tree.ancestryAsOf(unit.id, today).some((a) => adminAt.has(a.id))) units.add(unit.id);
    }
  }
  return { all: false, units, today, tree };
}

/** True when the scope covers the unit. */
export function inScope(scope: AdminScope, unitId: string): boolean {
  return scope.all || scope.units.has(unitId);
}
