import type { Transaction } from 'kysely';
import type { Database, UserRole } from '@vinhdanh/db';
import type { UserAccountEvent } from '@vinhdanh/domain';
import { bumpTokenVersion, requirePasswordChange } from '../auth/credentials';
import type { StoredEvent } from '../core/command-handler';

/**
 * The `users` and `user_roles` rows of an account's new events. The initial password hash is a
 * credential, never an event: the service hands it over for `UserCreated`. Locking, unlocking and
 * every revoked grant bump the token version, so tokens carrying the old roles stop working at once.
 */
export async function projectUserEvents(
  trx: Transaction<Database>,
  userId: string,
  events: readonly StoredEvent<UserAccountEvent>[],
  credentials?: { passwordHash: string },
): Promise<void> {
  for (const { event } of events) {
    switch (event.type) {
      case 'UserRecorded':
        break;
      case 'UserCreated': {
        if (!credentials) throw new Error(`UserCreated for ${userId} without its initial password`);
        const d = event.data;
        await trx
          .insertInto('users')
          .values({
            id: userId,
            username: d.username,
            full_name: d.fullName,
            password_hash: credentials.passwordHash,
            email: d.email ?? null,
          })
          .execute();
        await requirePasswordChange(trx, userId);
        break;
      }
      case 'UserRoleGranted':
        await trx
          .insertInto('user_roles')
          .values({
            user_id: userId,
            unit_id: event.data.unitId,
            role: event.data.role as UserRole,
            valid_from: new Date(event.data.validFrom),
          })
          .execute();
        break;
      case 'UserRoleRevoked':
        await trx
          .updateTable('user_roles')
          .set({ valid_to: new Date(event.data.validTo) })
          .where('user_id', '=', userId)
          .where('unit_id', '=', event.data.unitId)
          .where('role', '=', event.data.role as UserRole)
          .where('valid_from', '=', new Date(event.data.validFrom))
          .execute();
        // A role ended by its unit's dissolution leaves the tokens alone: roles are read per request.
        if (!event.data.dissolution) await bumpTokenVersion(trx, userId);
        break;
      case 'UserDeactivated':
      case 'UserReactivated':
        await trx
          .updateTable('users')
          .set({ active: event.type === 'UserReactivated' })
          .where('id', '=', userId)
          .execute();
        await bumpTokenVersion(trx, userId);
        break;
    }
  }
}

/** What the tables hold for an account, as the event that adopts it into its stream (none when unknown). */
export async function recordedUser(trx: Transaction<Database>, userId: string): Promise<UserAccountEvent[]> {
  const user = await trx
    .selectFrom('users')
    .select(['username', 'full_name', 'email', 'active'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user) return [];
  const grants = await trx
    .selectFrom('user_roles')
    .select(['role', 'unit_id', 'valid_from', 'valid_to'])
    .where('user_id', '=', userId)
    .orderBy('valid_from')
    .execute();
  return [
    {
      type: 'UserRecorded',
      data: {
        username: user.username,
        fullName: user.full_name,
        email: user.email,
        active: user.active,
        grants: grants.map((g) => ({
          role: g.role,
          unitId: g.unit_id,
          validFrom: g.valid_from.toISOString(),
          validTo: g.valid_to ? g.valid_to.toISOString() : null,
        })),
      },
    },
  ];
}
