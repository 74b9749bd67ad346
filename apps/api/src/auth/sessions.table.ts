import type { Generated, Kysely } from 'kysely';
import type { Database } from '@vinhdanh/db';

/** Per user: the token version and whether an administrator-set password must be changed (migration 0800). */
export interface UserCredentialsTable {
  user_id: string;
  token_version: Generated<number>;
  must_change_password: Generated<boolean>;
  password_changed_at: Date | null;
}

/** One login: its refresh tokens rotate; revoked by logout, superseded by a token version bump. */
export interface AuthSessionsTable {
  id: string;
  user_id: string;
  token_version: number;
  created_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
}

/** A refresh token (only its SHA-256), used at most once. */
export interface RefreshTokensTable {
  token_hash: string;
  session_id: string;
  issued_at: Date;
  used_at: Date | null;
}

/** The session tables (kept here: only the auth module and the users' administration touch them). */
export type AuthTables = {
  user_credentials: UserCredentialsTable;
  auth_sessions: AuthSessionsTable;
  refresh_tokens: RefreshTokensTable;
};

/** The shared Kysely instance (or a transaction), typed with the session tables. */
export function withAuthTables(db: Kysely<Database>): Kysely<Database & AuthTables> {
  return db.withTables<AuthTables>();
}
