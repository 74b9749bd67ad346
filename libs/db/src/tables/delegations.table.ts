import type { ColumnType, Insertable, Selectable } from 'kysely';

type Timestamp = ColumnType<Date, string, string>;

/** A user's approver roles at one unit lent to a colleague for a time box; on the record as `delegation-<id>` events. */
export interface DelegationsTable {
  id: string;
  delegator_id: string;
  delegate_id: string;
  unit_id: string;
  /** The delegator's approver roles at the unit when it was created (still checked against their roles at each request). */
  roles: string[];
  starts_at: Timestamp;
  ends_at: Timestamp;
  reason: string;
  created_at: Timestamp;
  /** The Idempotency-Key of the creating request, unique per delegator. */
  create_key: string;
  revoked_at: ColumnType<Date | null, string | null | undefined, string | null>;
  revoked_by: string | null;
  revoke_reason: string | null;
}

/** A delegation row as read. */
export type DelegationRow = Selectable<DelegationsTable>;
/** A delegation row to insert. */
export type NewDelegationRow = Insertable<DelegationsTable>;

/** A person a user declared as a relative (conflict of interest); on the record as `relatives-<user id>` events. */
export interface RelativeDeclarationsTable {
  id: string;
  user_id: string;
  person_key: string;
  full_name: string;
  relation: string;
  declared_at: Timestamp;
}

/** A relative declaration as read. */
export type RelativeDeclarationRow = Selectable<RelativeDeclarationsTable>;
