import { sql, type Kysely } from 'kysely';
import type { Database } from '@vinhdanh/db';

/** Where a delegation stands at a moment. */
export type DelegationStatus = 'scheduled' | 'active' | 'ended' | 'revoked';

/** A delegation as the API shows it. */
export interface DelegationView {
  id: string;
  delegator: { userId: string; name: string };
  delegate: { userId: string; name: string };
  unitId: string;
  unitName: string;
  roles: string[];
  startsAt: string;
  endsAt: string;
  reason: string;
  createdAt: string;
  revoked: { at: string; byUserId: string | null; reason: string | null } | null;
  status: DelegationStatus;
}

function delegationsQuery(db: Kysely<Database>) {
  return db
    .selectFrom('delegations as d')
    .innerJoin('users as a', 'a.id', 'd.delegator_id')
    .innerJoin('users as b', 'b.id', 'd.delegate_id')
    .innerJoin('units as un', 'un.id', 'd.unit_id')
    .select([
      'd.id',
      'd.delegator_id',
      'a.full_name as delegator_name',
      'd.delegate_id',
      'b.full_name as delegate_name',
      'd.unit_id',
      'un.name as unit_name',
      'd.roles',
      'd.starts_at',
      'd.ends_at',
      'd.reason',
      'd.created_at',
      'd.revoked_at',
      'd.revoked_by',
      'd.revoke_reason',
    ]);
}
type Row = Awaited<ReturnType<ReturnType<typeof delegationsQuery>['executeTakeFirstOrThrow']>>;

function toView(r: Row, now: Date): DelegationView {
  const status: DelegationStatus = r.revoked_at
    ? 'revoked'
    : r.ends_at <= now
      ? 'ended'
      : r.starts_at > now
        ? 'scheduled'
        : 'active';
  return {
    id: r.id,
    delegator: { userId: r.delegator_id, name: r.delegator_name },
    delegate: { userId: r.delegate_id, name: r.delegate_name },
    unitId: r.unit_id,
    unitName: r.unit_name,
    roles: r.roles,
    startsAt: r.starts_at.toISOString(),
    endsAt: r.ends_at.toISOString(),
    reason: r.reason,
    createdAt: r.created_at.toISOString(),
    revoked: r.revoked_at ? { at: r.revoked_at.toISOString(), byUserId: r.revoked_by, reason: r.revoke_reason } : null,
    status,
  };
}

/** One delegation, or undefined. */
export async function findDelegation(db: Kysely<Database>, id: string, now: Date): Promise<DelegationView | undefined> {
  const row = await delegationsQuery(db).where('d.id', '=', id).executeTakeFirst();
  return row && toView(row, now);
}

/** The delegations a user gave and received, newest first. */
export async function delegationsOf(
  db: Kysely<Database>,
  userId: string,
  now: Date,
): Promise<{ given: DelegationView[]; received: DelegationView[] }> {
  const rows = await delegationsQuery(db)
    .where((eb) => eb.or([eb('d.delegator_id', '=', userId), eb('d.delegate_id', '=', userId)]))
    .orderBy(sql`d.starts_at`, 'desc')
    .orderBy('d.id')
    .execute();
  const views = rows.map((r) => toView(r, now));
  return {
    given: views.filter((v) => v.delegator.userId === userId),
    received: views.filter((v) => v.delegate.userId === userId),
  };
}
