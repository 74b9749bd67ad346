import { sql, type Kysely } from 'kysely';
import type { Database, UserRole } from '@vinhdanh/db';
import { DELEGABLE_ROLES } from '../delegations/delegated-grants';
import type { DelegatedGrant, Principal, RoleGrant } from './principal';

/**
 * Everything a principal is made of, independent of the time of the request: the user, every role
 * grant with its validity, and every delegation to them that is not revoked, joined with the
 * delegator's grants at that unit. `principalAt` picks what is valid at an instant, so one load
 * serves every request until the access generation moves.
 */
export interface AccessFacts {
  user: { id: string; username: string; fullName: string };
  roles: readonly (RoleGrant & { from: number; to: number })[];
  delegations: readonly DelegationFact[];
}

interface DelegationFact {
  delegationId: string;
  delegator: { userId: string; fullName: string };
  role: UserRole;
  roles: readonly string[];
  unitId: string;
  unitCode: string;
  unitName: string;
  startsAt: Date;
  endsAt: Date;
  roleFrom: number;
  roleTo: number;
}

const FOREVER = Number.POSITIVE_INFINITY;

/** Loads the access facts of an active user (three reads); undefined when missing or disabled. */
export async function loadAccessFacts(db: Kysely<Database>, userId: string): Promise<AccessFacts | undefined> {
  const [user, roles, delegations] = await Promise.all([
    db
      .selectFrom('users')
      .select(['id', 'username', 'full_name'])
      .where('id', '=', userId)
      .where('active', '=', true)
      .executeTakeFirst(),
    db
      .selectFrom('user_roles as r')
      .innerJoin('units as u', 'u.id', 'r.unit_id')
      .select(['r.role', 'r.unit_id', 'u.code', 'u.name', 'r.valid_from', 'r.valid_to'])
      .where('r.user_id', '=', userId)
      .orderBy('u.level', 'desc')
      .orderBy('u.code')
      .orderBy('r.role')
      .execute(),
    db
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
        'd.roles',
        'd.starts_at',
        'd.ends_at',
        'r.valid_from',
        'r.valid_to',
      ])
      .where('d.delegate_id', '=', userId)
      .where('d.revoked_at', 'is', null)
      .where('u.active', '=', true)
      .where('r.role', 'in', DELEGABLE_ROLES)
      .where(sql<boolean>`r.role = any(d.roles)`)
      .orderBy('d.ends_at')
      .execute(),
  ]);
  if (!user) return undefined;
  return {
    user: { id: user.id, username: user.username, fullName: user.full_name },
    roles: roles.map((r) => ({
      role: r.role as UserRole,
      unitId: r.unit_id,
      unitCode: r.code,
      unitName: r.name,
      validFrom: r.valid_from.toISOString(),
      validTo: r.valid_to ? r.valid_to.toISOString() : null,
      from: r.valid_from.getTime(),
      to: r.valid_to ? r.valid_to.getTime() : FOREVER,
    })),
    delegations: delegations.map((d) => ({
      delegationId: d.id,
      delegator: { userId: d.delegator_id, fullName: d.full_name },
      role: d.role as UserRole,
      roles: d.roles as string[],
      unitId: d.unit_id,
      unitCode: d.code,
      unitName: d.name,
      startsAt: d.starts_at,
      endsAt: d.ends_at,
      roleFrom: d.valid_from.getTime(),
      roleTo: d.valid_to ? d.valid_to.getTime() : FOREVER,
    })),
  };
}

/**
 * The principal at `at`: role grants valid then, and the approver roles lent to the user at `at`:
 * delegations not revoked whose period contains `at`, intersected with the roles the delegator
 * (still active) holds at that unit at `at`. Applied with the request's clock, so a delegation
 * or a role ends by itself without any change to the cache.
 */
export function principalAt(facts: AccessFacts, at: Date): Principal {
  const t = at.getTime();
  const delegated: DelegatedGrant[] = facts.delegations
    .filter((d) => d.startsAt.getTime() <= t && d.endsAt.getTime() > t && d.roleFrom <= t && d.roleTo > t)
    .map((d) => ({
      role: d.role,
      unitId: d.unitId,
      unitCode: d.unitCode,
      unitName: d.unitName,
      validFrom: d.startsAt.toISOString(),
      validTo: d.endsAt.toISOString(),
      delegationId: d.delegationId,
      delegator: d.delegator,
      endsAt: d.endsAt.toISOString(),
    }));
  return {
    ...facts.user,
    ...(delegated.length > 0 ? { delegated } : {}),
    roles: facts.roles
      .filter((r) => r.from <= t && r.to > t)
      .map(({ role, unitId, unitCode, unitName, validFrom, validTo }) => ({
        role,
        unitId,
        unitCode,
        unitName,
        validFrom,
        validTo,
      })),
  };
}
