/** Rules of the administrators' desk that are worth testing on their own: lateness, its colour, the aging bars. */
import type { AgingCell, StuckRow } from '@vinhdanh/api';

/** How late a row's task is: past due (by how many days), due within two days, or on time. */
export type Lateness =
  { tone: 'late'; days: number | null } | { tone: 'soon' } | { tone: 'on_time' } | { tone: 'none' };

const DAY_MS = 86_400_000;

/**
 * The row's real lateness on the desk's clock (`asOf`): the due time passed, or the deadline ladder
 * marked it overdue (then how many days is unknown); not how long it has waited.
 */
export function latenessOf(row: Pick<StuckRow, 'dueAt' | 'reasons' | 'daysLate'>, asOf: string): Lateness {
  if (row.reasons.includes('overdue')) return { tone: 'late', days: row.daysLate };
  if (!row.dueAt) return { tone: 'none' };
  const left = new Date(row.dueAt).getTime() - new Date(asOf).getTime();
  return left <= 2 * DAY_MS ? { tone: 'soon' } : { tone: 'on_time' };
}

/** Colours of lateness (Ant Design tag colours), the same on rows and on the aging bars. */
export const LATENESS_COLOUR = { late: 'red', soon: 'gold', on_time: 'green', none: 'default' } as const;

/**
 * What a row says about time, without contradicting itself: the wait counts from when the task
 * opened, the lateness from its due time; a task that opened after its due time (a due time carried
 * over) says so instead of "waited 0 days, 27 days late".
 */
export function waitingText(row: Pick<StuckRow, 'daysWaiting' | 'daysLate' | 'reasons'>): string {
  const waited = row.daysWaiting === 0 ? 'nhận hôm nay' : `đã chờ ${row.daysWaiting} ngày`;
  if (!row.reasons.includes('overdue')) return waited;
  if (row.daysLate === null) return `${waited}, đã bị đánh dấu quá hạn`;
  if (row.daysLate > row.daysWaiting) return `${waited}; hạn đã qua ${row.daysLate} ngày trước khi nhận`;
  return `${waited}, quá hạn ${row.daysLate} ngày`;
}

/** One aging bar: the overdue part and the part still on time, as shares of the widest cell. */
export function agingBar(cell: Pick<AgingCell, 'total' | 'overdue'>, widest: number): { late: number; onTime: number } {
  const scale = widest > 0 ? 100 / widest : 0;
  const late = Math.min(cell.overdue, cell.total);
  return { late: late * scale, onTime: (cell.total - late) * scale };
}

/** The sentence read for an aging bar (screen readers, and the text beside it). */
export function agingText(cell: AgingCell): string {
  const b = cell.buckets;
  const late = cell.overdue > 0 ? `${cell.overdue} quá hạn` : 'không việc nào quá hạn';
  return (
    `${cell.total} việc đang chờ, ${late}; theo thời gian chờ: ` +
    `≤ 5 ngày ${b.upTo5}, 6–10 ngày ${b.d6to10}, 11–20 ngày ${b.d11to20}, trên 20 ngày ${b.over20}`
  );
}
