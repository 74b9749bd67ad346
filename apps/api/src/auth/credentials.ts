import { sql, type Kysely } from 'kysely';
import type { Database } from '@vinhdanh/db';
import { withAuthTables } from './sessions.table';

/** A user's token version (0 when never bumped) and whether they must change their password. */
export interface CredentialState {
  tokenVersion: number;
  mustChangePassword: boolean;
}

/** The credential state of a user. */
export async function credentialsOf(db: Kysely<Database>, userId: string): Promise<CredentialState> {
  const row = await withAuthTables(db)
    .selectFrom('user_credentials')
    .select(['token_version', 'must_change_password'])
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return { tokenVersion: row?.token_version ?? 0, mustChangePassword: row?.must_change_password ?? false };
}

/**
 * Ends every access and refresh token of the user (they carry the old version). Called on
 * deactivation, reactivation, password change and role revocation; pass the transaction that
 * makes the change, so both happen or neither.
 */
export async function bumpTokenVersion(db: Kysely<Database>, userId: string): Promise<void> {
  await withAuthTables(db)
    .insertInto('user_credentials')
    .values({ user_id: userId, token_version: 1 })
    .onConflict((oc) =>
      oc.column('user_id').doUpdateSet({ token_version: sql<number>`user_credentials.token_version + 1` }),
    )
    .execute();
}

/** Marks a password set by an administrator: the user must choose their own before anything else. */
export async function requirePasswordChange(db: Kysely<Database>, userId: string): Promise<void> {
  await withAuthTables(db)
    .insertInto('user_credentials')
    .values({ user_id: userId, must_change_password: true })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ must_change_password: true }))
    .execute();
}

/** Records the user's own new password hash: clears the forced change and ends all earlier tokens. */
export async function storeOwnPassword(
  db: Kysely<Database>,
  userId: string,
  passwordHash: string,
  now: Date,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', userId).execute();
    await withAuthTables(trx)
      .insertInto('user_credentials')
      .values({ user_id: userId, token_version: 1, must_change_password: false, password_changed_at: now })
      .onConflict((oc) =>
        oc.column('user_id').doUpdateSet({
          token_version: sql<number>`user_credentials.token_version + 1`,
          must_change_password: false,
          password_changed_at: now,
        }),
      )
      .execute();
  });
}
