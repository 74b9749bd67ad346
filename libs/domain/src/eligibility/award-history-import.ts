import { z } from 'zod';
import { AwardCode } from '../rules/rule-set.schema';
import { Text } from '../shared/text';

const text = Text;
const optional = (field: string, max: number) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), text(field, max).optional());

/** One imported award (a paper record): who, which award, which year, and where the record comes from. */
export const AwardHistoryImportRow = z.object({
  personKey: text('personKey', 128),
  awardCode: AwardCode,
  year: z.coerce
    .number({ error: 'year must be a year' })
    .int({ error: 'year must be a whole year' })
    .min(1900, { error: 'year must be 1900 or later' })
    .max(2100, { error: 'year must be 2100 or earlier' }),
  theme: optional('theme', 200),
  decisionNumber: optional('decisionNumber', 64),
  issuer: optional('issuer', 300),
  source: text('source', 300),
});
/** One imported award. */
export type AwardHistoryImportRow = z.infer<typeof AwardHistoryImportRow>;

/** A row that failed validation: its 1-based number among the data rows, the field and why. */
export interface AwardHistoryRowError {
  row: number;
  field: string;
  message: string;
}

/** CSV header names (snake_case, as exported by spreadsheets) → row fields. */
const COLUMNS: Readonly<Record<string, keyof AwardHistoryImportRow>> = {
  person_key: 'personKey',
  award_code: 'awardCode',
  year: 'year',
  theme: 'theme',
  decision_number: 'decisionNumber',
  issuer: 'issuer',
  source: 'source',
};

/** Splits RFC 4180 CSV into records (quoted fields, doubled quotes, CRLF or LF); blank lines are skipped. */
export function parseCsv(input: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  const text = input.replace(/^\uFEFF/, '');
  const endRecord = () => {
    record.push(field);
    if (record.some((f) => f !== '')) records.push(record);
    record = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
    } else field += c;
  }
  endRecord();
  return records;
}

/** CSV with a header row → raw rows keyed by field; an unknown or missing column is a row-0 error. */
export function csvToRows(input: string): { rows: Record<string, string>[]; errors: AwardHistoryRowError[] } {
  const [header, ...data] = parseCsv(input);
  if (!header) return { rows: [], errors: [{ row: 0, field: 'header', message: 'the file is empty' }] };
  const names = header.map((h) => h.trim().toLowerCase());
  const errors: AwardHistoryRowError[] = names
    .filter((n) => !(n in COLUMNS))
    .map((n) => ({ row: 0, field: n, message: `unknown column; expected ${Object.keys(COLUMNS).join(', ')}` }));
  for (const required of ['person_key', 'award_code', 'year', 'source']) {
    if (!names.includes(required)) errors.push({ row: 0, field: required, message: 'required column is missing' });
  }
  const rows = data.map((cells) => {
    const row: Record<string, string> = {};
    names.forEach((n, i) => {
      const key = COLUMNS[n];
      if (key) row[key] = cells[i] ?? '';
    });
    return row;
  });
  return { rows, errors };
}

/** Validates every row; returns the good rows, or every problem with its row number and field. */
export function validateAwardHistoryRows(rows: readonly unknown[]): {
  records: AwardHistoryImportRow[];
  errors: AwardHistoryRowError[];
} {
  const records: AwardHistoryImportRow[] = [];
  const errors: AwardHistoryRowError[] = [];
  rows.forEach((raw, i) => {
    const parsed = AwardHistoryImportRow.safeParse(raw);
    if (parsed.success) records.push(parsed.data);
    else
      for (const issue of parsed.error.issues)
        errors.push({ row: i + 1, field: issue.path.join('.') || '(row)', message: issue.message });
  });
  return { records, errors };
}
