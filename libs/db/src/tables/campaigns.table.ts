import type { ColumnType, Generated, Insertable, JSONColumnType, Selectable, Updateable } from 'kysely';

/** Campaign kinds: the annual round, a thematic (chuyên đề) round, or ad-hoc (đột xuất). */
export type CampaignKind = 'annual' | 'thematic' | 'adhoc';

/** An emulation campaign (phong trào / đợt thi đua) with its awards and per-level cut-off dates. */
export interface CampaignsTable {
  id: Generated<string>;
  code: string;
  name: string;
  kind: CampaignKind;
  rule_set_version: string;
  award_codes: string[];
  opens_on: string;
  closes_on: string;
  /** Cut-off date per level, e.g. `{ "1": "2026-10-31", "3": "2026-11-30" }`. */
  cutoffs: JSONColumnType<Record<string, string>, string, string>;
  created_at: ColumnType<Date, never, never>;
}

/** A campaign row as read. */
export type CampaignRow = Selectable<CampaignsTable>;
/** A campaign row to insert. */
export type NewCampaignRow = Insertable<CampaignsTable>;
/** A campaign row update. */
export type CampaignUpdate = Updateable<CampaignsTable>;
