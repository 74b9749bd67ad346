import type { BatchImportPreview, SubmissionBatchView } from '@vinhdanh/api';
import { ApiError, token, type Problem } from '../api/client';

/** The đề nghị an uploaded list is for (the import's query). */
export interface BatchImportTarget {
  submittingUnitId: string;
  campaignId: string;
  submissionLetterNumber: string;
  toTrinhId?: string;
  bienBanId?: string;
}

/** One bad cell as the screen lists it: the sheet's row number, the column, what is wrong. */
export interface SheetProblem {
  row: number | null;
  column: string;
  message: string;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Sends the filled template as the raw body (`POST /api/submission-batches/import`): a dry run
 * answers the preview, otherwise the submitted batch. A refusal is an `ApiError` whose field errors
 * name each bad row and column.
 */
export async function importBatchXlsx(
  file: Blob,
  target: BatchImportTarget,
  options: { dryRun: boolean; skipInvalidRows: boolean },
): Promise<BatchImportPreview | SubmissionBatchView> {
  const query = new URLSearchParams({
    ...Object.fromEntries(Object.entries(target).filter(([, v]) => v !== undefined && v !== '')),
    dryRun: String(options.dryRun),
    skipInvalidRows: String(options.skipInvalidRows),
  });
  const res = await fetch(`${location.origin}/api/submission-batches/import?${query.toString()}`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token() ?? ''}`,
      Accept: 'application/json, application/problem+json',
      'Content-Type': XLSX,
    },
    body: file,
  });
  const body = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  if (!res.ok) throw new ApiError(res.status, body as Problem);
  return body as unknown as BatchImportPreview | SubmissionBatchView;
}

/** The form's fields the query errors name, as the screen labels them. */
const FIELD_NAMES: Readonly<Record<string, string>> = {
  submittingUnitId: 'Đơn vị đề nghị',
  campaignId: 'Đợt thi đua',
  submissionLetterNumber: 'Số tờ trình',
  toTrinhId: 'Tờ trình',
  bienBanId: 'Biên bản họp',
  '(body)': 'Tệp danh sách',
};

/** The problems of a refused upload, one per bad cell (`rows[3].Năm sinh` → row 3, "Năm sinh"). */
export function sheetProblems(err: unknown): SheetProblem[] {
  if (!(err instanceof ApiError)) return [];
  return err.fieldErrors.map((e) => {
    const cell = /^rows\[(?<row>\d+)\]\.(?<column>.+)$/.exec(e.field)?.groups;
    // The server's sentence starts with the row and column the table shows beside it.
    const message = e.message.replace(/^Dòng \d+, cột "[^"]*": /, '');
    if (cell?.['row'] && cell['column']) return { row: Number(cell['row']), column: cell['column'], message };
    return { row: null, column: FIELD_NAMES[e.field] ?? e.field, message };
  });
}
