/** The inbox's rules that do not need a screen: granting level, bulk items, counters, next task. */
import type { InboxTask, Campaign } from '@vinhdanh/db';
import type { Labels } from '@vinhdanh/api';

/** The inbox filters (the API's query names). */
export interface InboxFilters {
  search?: string;
  kind?: 'review' | 'revision';
  status?: string;
  overdue?: 'true';
  holder?: 'me' | 'unassigned';
  awardCode?: string;
  campaignId?: string;
  sort?: 'due' | 'opened';
}

/** The level at which the task's award is granted (from the campaign's rule-set version), or undefined. */
export function grantingLevelOf(
  task: Pick<InboxTask, 'awardCode' | 'campaignId'>,
  labels: Labels | undefined,
  campaigns: readonly Campaign[] | undefined,
): number | undefined {
  const version = campaigns?.find((c) => c.id === task.campaignId)?.ruleSetVersion;
  const ruleSet = labels?.ruleSets.find((r) => r.version === version) ?? labels?.ruleSets.at(-1);
  return ruleSet?.awards.find((a) => a.code === task.awardCode)?.grantingLevel;
}

/** True when approving the task grants the award (a decision number is then required). */
export function isGranting(
  task: Pick<InboxTask, 'awardCode' | 'campaignId' | 'level'>,
  labels: Labels | undefined,
  campaigns: readonly Campaign[] | undefined,
): boolean {
  return grantingLevelOf(task, labels, campaigns) === task.level;
}

/** One decision of a bulk request. */
export interface BulkItem {
  nominationId: string;
  taskSeq: number;
  decision: 'approve' | 'return';
  reason?: string;
  decisionNumber?: string;
}

/**
 * The items of a bulk decision: one decision number for the batch, given to the items whose approval
 * grants the award (lower levels take none).
 */
export function bulkItems(
  tasks: readonly InboxTask[],
  decision: 'approve' | 'return',
  options: { reason?: string; decisionNumber?: string; granting: (t: InboxTask) => boolean },
): BulkItem[] {
  return tasks.map((t) => ({
    nominationId: t.nominationId,
    taskSeq: t.taskSeq,
    decision,
    ...(options.reason ? { reason: options.reason } : {}),
    ...(decision === 'approve' && options.decisionNumber && options.granting(t)
      ? { decisionNumber: options.decisionNumber }
      : {}),
  }));
}

/** True when any filter narrows the inbox (sorting does not). */
export function filtersActive(filters: InboxFilters): boolean {
  return Object.entries(filters).some(([k, v]) => k !== 'sort' && v !== undefined && v !== '');
}

/**
 * The sentence above the list: the count that matches the filters (exact once every page is
 * loaded, "at least" before) beside the whole inbox, so an empty filtered list never contradicts
 * the counter.
 */
export function inboxSummary(input: { total: number; shown: number; more: boolean; filtered: boolean }): string {
  const { total, shown, more, filtered } = input;
  if (!filtered) return `Hộp việc có ${total} việc.`;
  const matched = more ? `ít nhất ${shown}` : `${shown}`;
  return `${matched} việc khớp bộ lọc (trong tổng số ${total} việc).`;
}

/** The empty state: says why nothing is listed. */
export function emptyText(total: number, filtered: boolean): string {
  if (filtered && total > 0) return 'Không có việc nào khớp bộ lọc. Hãy bỏ bớt điều kiện lọc.';
  return 'Hộp việc trống: không có việc nào chờ bạn xử lý.';
}

/** The task after `nominationId` in the list (wrapping to the first), never the same nomination. */
export function nextTask<T extends { nominationId: string }>(list: readonly T[], nominationId: string): T | undefined {
  const i = list.findIndex((t) => t.nominationId === nominationId);
  const rest = [...list.slice(i + 1), ...list.slice(0, Math.max(i, 0))];
  return rest.find((t) => t.nominationId !== nominationId);
}
