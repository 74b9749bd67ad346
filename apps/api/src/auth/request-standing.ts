import { sql, type Kysely } from 'kysely';
import type { Database } from '@vinhdanh/db';

/** What one request learns in its one round trip besides the token: is the session live, and the access generation. */
export interface RequestStanding {
  live: boolean;
  mustChangePassword: boolean;
  /** The access generation (see `AccessCache`), as text: compared, never computed with. */
  generation: string;
}

/**
 * The session and credentials of a token's claims and the current access generation, in one
 * statement (the session exists, belongs to the user, is neither
 * revoked nor expired, and both it and the user's credentials are at the token's version).
 */
export async function requestStanding(
  db: Kysely<Database>,
  claims: { sub: string; sid: string; ver: number },
  now: Date,
): Promise<RequestStanding> {
  const { rows } = await sql<{
    user_id: string | null;
    token_version: number | null;
    expires_at: Date | null;
    revoked_at: Date | null;
    credential_version: number | null;
    must_change_password: boolean | null;
    generation: string;
  }>`select s.user_id, s.token_version, s.expires_at, s.revoked_at,
       c.token_version as credential_version, c.must_change_password,
       (select value::text from access_generation where id = 1) as generation
     from (values (1)) as one (x)
     left join auth_sessions s on s.id = ${claims.sid}
     left join user_credentials c on c.user_id = ${claims.sub}`.execute(db);
  const row = rows[0];
  const live =
    row !== undefined &&
    row.user_id === claims.sub &&
    row.revoked_at === null &&
    row.expires_at !== null &&
    row.expires_at > now &&
    row.token_version === claims.ver &&
    (row.credential_version ?? 0) === claims.ver;
  return { live, mustChangePassword: row?.must_change_password ?? false, generation: row?.generation ?? '0' };
}
