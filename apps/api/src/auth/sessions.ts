import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '@vinhdanh/db';
import { credentialsOf } from './credentials';
import { withAuthTables } from './sessions.table';

/** A login session and its current refresh token (returned once, stored only as a hash). */
export interface IssuedSession {
  sessionId: string;
  refreshToken: string;
  expiresAt: Date;
}

/** Why a refresh was refused: unknown or ended session, or a token presented a second time. */
export type RefreshRefusal = 'invalid' | 'reused';

function hashOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function newRefreshToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Opens a session for a login at the user's current token version. */
export async function openSession(
  db: Kysely<Database>,
  userId: string,
  tokenVersion: number,
  now: Date,
  ttlSeconds: number,
): Promise<IssuedSession> {
  const sessionId = randomUUID();
  const refreshToken = newRefreshToken();
  const expiresAt = new Date(now.getTime() + ttlSeconds * 1000);
  await db.transaction().execute(async (trx) => {
    const auth = withAuthTables(trx);
    await auth
      .insertInto('auth_sessions')
      .values({ id: sessionId, user_id: userId, token_version: tokenVersion, created_at: now, expires_at: expiresAt })
      .execute();
    await auth
      .insertInto('refresh_tokens')
      .values({ token_hash: hashOf(refreshToken), session_id: sessionId, issued_at: now })
      .execute();
  });
  return { sessionId, refreshToken, expiresAt };
}

/**
 * Exchanges a refresh token for a new one in the same session (rotation). A token already used
 * is a sign of theft: the whole session is revoked, so neither the thief nor the owner can go on.
 */
export async function rotateRefreshToken(
  db: Kysely<Database>,
  refreshToken: string,
  now: Date,
): Promise<
  { ok: true; userId: string; tokenVersion: number; session: IssuedSession } | { ok: false; reason: RefreshRefusal }
> {
  return db.transaction().execute(async (trx) => {
    const auth = withAuthTables(trx);
    const row = await auth
      .selectFrom('refresh_tokens as t')
      .innerJoin('auth_sessions as s', 's.id', 't.session_id')
      .select(['t.token_hash', 't.used_at', 's.id', 's.user_id', 's.token_version', 's.expires_at', 's.revoked_at'])
      .where('t.token_hash', '=', hashOf(refreshToken))
      .forUpdate()
      .executeTakeFirst();
    if (!row || row.revoked_at !== null || row.expires_at <= now) return { ok: false, reason: 'invalid' } as const;
    if (row.used_at !== null) {
      await auth.updateTable('auth_sessions').set({ revoked_at: now }).where('id', '=', row.id).execute();
      return { ok: false, reason: 'reused' } as const;
    }
    const { tokenVersion } = await credentialsOf(trx, row.user_id);
    if (tokenVersion !== row.token_version) return { ok: false, reason: 'invalid' } as const;
    await auth.updateTable('refresh_tokens').set({ used_at: now }).where('token_hash', '=', row.token_hash).execute();
    const next = newRefreshToken();
    await auth
      .insertInto('refresh_tokens')
      .values({ token_hash: hashOf(next), session_id: row.id, issued_at: now })
      .execute();
    return {
      ok: true,
      userId: row.user_id,
      tokenVersion,
      session: { sessionId: row.id, refreshToken: next, expiresAt: row.expires_at },
    } as const;
  });
}

/** Ends a session (logout): its access tokens and refresh tokens stop working at once. */
export async function revokeSession(db: Kysely<Database>, sessionId: string, userId: string, now: Date): Promise<void> {
  await withAuthTables(db)
    .updateTable('auth_sessions')
    .set({ revoked_at: now })
    .where('id', '=', sessionId)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .execute();
}
