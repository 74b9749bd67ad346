import type { ColumnType, Insertable, Selectable, Updateable } from 'kysely';

/** Roles a user can hold at a unit. */
export const USER_ROLES = ['nominator', 'reviewer', 'chair', 'unit_admin', 'auditor', 'system_admin'] as const;

/** A role a user can hold at a unit. */
export type UserRole = (typeof USER_ROLES)[number];

/** A time-boxed grant of one role at one unit: `[valid_from, valid_to)`, `valid_to` null while open-ended. */
export interface UserRolesTable {
  user_id: string;
  unit_id: string;
  role: UserRole;
  valid_from: ColumnType<Date, Date | string | undefined, Date | string>;
  valid_to: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

/** A role grant as read. */
export type UserRoleRow = Selectable<UserRolesTable>;
/** A role grant to insert. */
export type NewUserRoleRow = Insertable<UserRolesTable>;
/** A role grant update (ending a grant sets `valid_to`). */
export type UserRoleUpdate = Updateable<UserRolesTable>;
