import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/** An org unit (công đoàn cơ sở, LĐLĐ huyện/tỉnh, Tổng LĐLĐ); its kind fixes its level. */
export interface UnitsTable {
  id: Generated<string>;
  code: string;
  name: string;
  kind: string;
  level: number;
  member_count: Generated<number>;
  created_at: ColumnType<Date, never, never>;
}

/** A unit row as read. */
export type UnitRow = Selectable<UnitsTable>;
/** A unit row to insert. */
export type NewUnitRow = Insertable<UnitsTable>;
/** A unit row update. */
export type UnitUpdate = Updateable<UnitsTable>;
