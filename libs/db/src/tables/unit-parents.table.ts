import type { Insertable, Selectable, Updateable } from 'kysely';

/**
 * An effective-dated parent link: `[valid_from, valid_to)`, `valid_to` null while current.
 * Dates are `YYYY-MM-DD`; node-pg parses a bare `date` column to a local-midnight `Date`, so
 * repositories select date columns as `col::text` to get the string typed here.
 */
export interface UnitParentsTable {
  unit_id: string;
  parent_id: string;
  valid_from: string;
  valid_to: string | null;
}

/** A parent link as read. */
export type UnitParentRow = Selectable<UnitParentsTable>;
/** A parent link to insert. */
export type NewUnitParentRow = Insertable<UnitParentsTable>;
/** A parent link update (closing a link sets `valid_to`). */
export type UnitParentUpdate = Updateable<UnitParentsTable>;
