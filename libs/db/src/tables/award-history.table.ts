import type { ColumnType, Insertable, Selectable } from 'kysely';

/**
 * Awards a person received outside this engine (paper records), imported by administrators;
 * the natural key is (person_key, award_code, year, theme), theme '' when not thematic.
 */
export interface AwardHistoryTable {
  person_key: string;
  award_code: string;
  year: number;
  theme: ColumnType<string, string | undefined, string>;
  decision_number: string | null;
  issuer: string | null;
  /** Where the record comes from (e.g. "Sổ khen thưởng LĐLĐ tỉnh Cao Bằng 2019"). */
  source: string;
  imported_by: string;
  imported_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

/** An imported award as read. */
export type AwardHistoryRow = Selectable<AwardHistoryTable>;
/** An imported award to write. */
export type NewAwardHistoryRow = Insertable<AwardHistoryTable>;
