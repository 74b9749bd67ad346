import { sql, type Kysely } from 'kysely';
import type { Database, UserRole } from '@vinhdanh/db';
import type { DelegatedGrant } from '../auth/principal';

/** The roles a delegation may lend: a colleague stands in as an approver, never as an administrator. */
export const DELEGABLE_ROLES: readonly UserRole[] = ['reviewer', 'chair'];

/**
 * The approver roles lent to `userId` at `at`: delegations not revoked whose period contains `at`,
 * intersected with the roles the delegator (still active) holds at that unit at `at`. Checked on
 * every request with the API clock, so a delegation ends by itself.
 */
export async function loadDelegatedGrants(db: Kysely<Database>, userId: string, at: Date): Promise<DelegatedGrant[]> {
  const rows = await db
    .selectFrom('delegations as d')
    .innerJoin('users as u', 'u.id', 'd.delegator_id')
    .innerJoin('user_roles as r', (join) =>
      join.onRef('r.user_id', '=', 'd.delegator_id').onRef('r.unit_id', '=', 'd.unit_id'),
    )
    .innerJoin('units as un', 'un.id', 'd.unit_id')
    .select([
      'd.id',
      'd.delegator_id',
      'u.full_name',
      'd.unit_id',
      'un.code',
      'un.name',
      'r.role',
      'd.starts_at',
      'd.ends_at',
    ])
    .where('d.delegate_id', '=', userId)
    .where('d.revoked_at', 'is', null)
    .where('d.starts_at', '<=', at)
    .where('d.ends_at', '>', at)
    .where('u.active', '=', true)
    .where('r.role', 'in', DELEGABLE_ROLES)
    .where(sql<boolean>`r.role = any(d.roles)`)
    .where('r.valid_from', '<=', at)
    .where((eb) => eb.or([eb('r.valid_to', 'is', null), eb('r.valid_to', '>', at)]))
    .orderBy('d.ends_at')
    .execute();
  return rows.map((r) => ({
    role: r.role as UserRole,
    unitId: r.unit_id,
    unitCode: r.code,
    unitName: r.name,
    validFrom: r.starts_at.toISOString(),
    validTo: r.ends_at.toISOString(),
    delegationId: r.id,
    delegator: { userId: r.delegator_id, fullName: r.full_name },
    endsAt: r.ends_at.toISOString(),
  }));
}
