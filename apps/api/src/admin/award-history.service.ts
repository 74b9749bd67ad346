import { Inject, Injectable } from '@nestjs/common';
import { sql, type Kysely } from 'kysely';
import { upsertAwardHistory, type Database } from '@vinhdanh/db';
import {
  csvToRows,
  validateAwardHistoryRows,
  type AwardHistoryImportRow,
  type AwardHistoryRowError,
} from '@vinhdanh/domain';
import type { Principal } from '../auth/principal';
import { DB } from '../core/tokens';
import { ApiError } from '../errors/api-error';

/** At most this many rows per import (a province's paper book fits; a national dump goes in several files). */
export const MAX_IMPORT_ROWS = 10_000;

/** What an import did: rows read, new and replaced (a re-import of the same file replaces, never duplicates). */
export interface AwardHistoryImportResult {
  rows: number;
  inserted: number;
  updated: number;
  /** Present and true for a dry run: the counts say what an import would do; nothing was written. */
  dryRun?: true;
}

/** 400: some rows (or the header) are invalid; nothing was imported. Each error names its row and field. */
export class AwardHistoryRowsInvalidError extends ApiError {
  constructor(errors: readonly AwardHistoryRowError[]) {
    const shown = errors.slice(0, 200);
    super(
      'REQUEST.INVALID_ROWS',
      `Tệp có ${errors.length} lỗi; không dòng nào được nhập. ${shown
        .slice(0, 3)
        .map((e) => `Dòng ${e.row}, cột ${e.field}: ${e.message}`)
        .join('; ')}`,
      `${errors.length} error(s); nothing was imported. ${shown
        .slice(0, 3)
        .map((e) => `Row ${e.row}, ${e.field}: ${e.message}`)
        .join('; ')}`,
      { rowErrors: shown, total: errors.length },
      shown.map((e) => ({
        field: e.row === 0 ? `header.${e.field}` : `rows[${e.row}].${e.field}`,
        in: 'body' as const,
        rule: 'award_history_row',
        message: e.row === 0 ? `Tiêu đề cột ${e.field}: ${e.message}` : `Dòng ${e.row}, cột ${e.field}: ${e.message}`,
        message_en: e.row === 0 ? `Header ${e.field}: ${e.message}` : `Row ${e.row}, ${e.field}: ${e.message}`,
      })),
    );
  }
}

/** Imports paper award records (CSV or JSON rows): all rows valid or none imported; upserts on the natural key. */
@Injectable()
export class AwardHistoryService {
  constructor(@Inject(DB) private readonly db: Kysely<Database>) {}

  /** Validates every row first (all errors reported at once), then upserts them in one transaction. */
  async importRows(
    user: Principal,
    input: { csv: string } | { rows: unknown[] } | { records: AwardHistoryImportRow[] },
    options: { dryRun?: boolean } = {},
  ): Promise<AwardHistoryImportResult> {
    // Records already validated (an .xlsx read by award-history.xlsx.ts).
    if ('records' in input) return this.write(user, input.records, options);
    const { rows, errors: headerErrors } = 'csv' in input ? csvToRows(input.csv) : { rows: input.rows, errors: [] };
    if (rows.length > MAX_IMPORT_ROWS) {
      throw new AwardHistoryRowsInvalidError([
        { row: MAX_IMPORT_ROWS + 1, field: '(file)', message: `at most ${MAX_IMPORT_ROWS} rows per import` },
      ]);
    }
    const { records, errors } = validateAwardHistoryRows(rows);
    const all = [...headerErrors, ...errors];
    if (rows.length === 0 && all.length === 0) all.push({ row: 0, field: '(file)', message: 'no data rows' });
    if (all.length > 0) throw new AwardHistoryRowsInvalidError(all);
    return this.write(user, records, options);
  }

  private async write(
    user: Principal,
    records: AwardHistoryImportRow[],
    options: { dryRun?: boolean },
  ): Promise<AwardHistoryImportResult> {
    if (options.dryRun) {
      // What the upsert would do: rows whose natural key exists are updates, the rest inserts.
      const keys = records.map((r) => ({ p: r.personKey, a: r.awardCode, y: r.year, t: r.theme ?? '' }));
      const { rows } = await sql<{ existing: number }>`
        select count(distinct (h.person_key, h.award_code, h.year, h.theme))::int as existing
          from jsonb_to_recordset(${JSON.stringify(keys)}::jsonb) as k(p text, a text, y int, t text)
          join award_history h on h.person_key = k.p and h.award_code = k.a and h.year = k.y and h.theme = k.t`.execute(
        this.db,
      );
      const distinct = new Set(keys.map((k) => JSON.stringify(k))).size;
      const existing = rows[0]?.existing ?? 0;
      return {
        rows: records.length,
        inserted: distinct - existing,
        updated: records.length - (distinct - existing),
        dryRun: true,
      };
    }
    const result = await upsertAwardHistory(this.db, records, `${user.username} (${user.fullName})`);
    return { rows: records.length, ...result };
  }
}
