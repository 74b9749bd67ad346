import type { ColumnType, Insertable, JSONColumnType, Selectable } from 'kysely';

/** A versioned rule set (award catalogue and procedure parameters) stored as validated JSON. */
export interface RuleSetsTable {
  version: string;
  effective_from: string;
  effective_to: string | null;
  body: JSONColumnType<Record<string, unknown>, string, string>;
  created_at: ColumnType<Date, never, never>;
}

/** A rule set row as read; `body` must be parsed with the domain's schema before use. */
export type RuleSetRow = Selectable<RuleSetsTable>;
/** A rule set row to insert (`body` as `JSON.stringify(...)`). */
export type NewRuleSetRow = Insertable<RuleSetsTable>;
