import { sql, type Kysely } from 'kysely';
import type { Database } from '../database';

/** One imported award, as the importer writes it. */
export interface AwardHistoryRecord {
  personKey: string;
  awardCode: string;
  year: number;
  /** The theme of a thematic award; '' (or absent) otherwise. */
  theme?: string;
  decisionNumber?: string | null;
  issuer?: string | null;
  source: string;
}

/**
 * Upserts imported awards on their natural key in one transaction; returns how many rows were new
 * and how many replaced an earlier import (so a re-import of the same file changes nothing).
 */
export async function upsertAwardHistory(
  db: Kysely<Database>,
  records: readonly AwardHistoryRecord[],
  importedBy: string,
): Promise<{ inserted: number; updated: number }> {
  if (records.length === 0) return { inserted: 0, updated: 0 };
  return db.transaction().execute(async (trx) => {
    let inserted = 0;
    let updated = 0;
    for (const r of records) {
      const values = {
        person_key: r.personKey,
        award_code: r.awardCode,
        year: r.year,
        theme: r.theme ?? '',
        decision_number: r.decisionNumber ?? null,
        issuer: r.issuer ?? null,
        source: r.source,
        imported_by: importedBy,
      };
      const row = await trx
        .insertInto('award_history')
        .values(values)
        .onConflict((oc) =>
          oc.columns(['person_key', 'award_code', 'year', 'theme']).doUpdateSet({
            decision_number: values.decision_number,
            issuer: values.issuer,
            source: values.source,
            imported_by: importedBy,
            imported_at: sql<Date>`now()` as unknown as Date,
          }),
        )
        // xmax = 0 only for a freshly inserted row: tells an insert from an update.
        .returning(sql<boolean>`xmax = 0`.as('inserted'))
        .executeTakeFirstOrThrow();
      if (row.inserted) inserted++;
      else updated++;
    }
    return { inserted, updated };
  });
}

/** A person's imported awards, oldest first. */
export async function listAwardHistory(
  db: Kysely<Database>,
  personKey: string,
): Promise<{ awardCode: string; year: number; theme: string; decisionNumber: string | null }[]> {
  const rows = await db
    .selectFrom('award_history')
    .select(['award_code', 'year', 'theme', 'decision_number'])
    .where('person_key', '=', personKey)
    .orderBy('year')
    .orderBy('award_code')
    .execute();
  return rows.map((r) => ({
    awardCode: r.award_code,
    year: r.year,
    theme: r.theme,
    decisionNumber: r.decision_number,
  }));
}
