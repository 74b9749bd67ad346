import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/** An org unit (công đoàn cơ sở, LĐLĐ huyện/tỉnh, Tổng LĐLĐ); its kind fixes its level. */
export interface UnitsTable {
  /** A stable slug for seeded units (`ldld-cao-bang`), a uuid for units created later. */
  id: Generated<string>;
  code: string;
  name: string;
  kind: string;
  level: number;
  member_count: Generated<number>;
  /** `YYYY-MM-DD`, exclusive; select as `dissolved_on::text` (node-pg turns `date` into a local Date). */
  dissolved_on: string | null;
  created_at: ColumnType<Date, never, never>;
}

/** A unit row as read. */
export type UnitRow = Selectable<UnitsTable>;
/** A unit row to insert. */
export type NewUnitRow = Insertable<UnitsTable>;
/** A unit row update. */
export type UnitUpdate = Updateable<UnitsTable>;
