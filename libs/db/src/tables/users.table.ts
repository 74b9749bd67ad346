import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/** A person who logs in; roles live in `user_roles`, scoped to units. */
export interface UsersTable {
  id: Generated<string>;
  username: string;
  full_name: string;
  /** `scrypt$N$r$p$salt$hash` (base64url parts); never returned by the API. */
  password_hash: string;
  active: Generated<boolean>;
  /** Where notifications are e-mailed (when SMTP_URL is set); null for in-app only. */
  email: Generated<string | null>;
  /** The user's own person key, matched against nominees' `personKey` for conflicts of interest. */
  person_key: Generated<string | null>;
  created_at: ColumnType<Date, never, never>;
}

/** A user row as read. */
export type UserRow = Selectable<UsersTable>;
/** A user row to insert. */
export type NewUserRow = Insertable<UsersTable>;
/** A user row update. */
export type UserUpdate = Updateable<UsersTable>;
