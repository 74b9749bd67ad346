import type { Labels } from '@vinhdanh/api';
import type { Campaign, InboxTask } from '@vinhdanh/db';
import { bulkItems, emptyText, filtersActive, inboxSummary, isGranting, nextTask } from './inbox';

const labels = {
  ruleSets: [
    {
      version: '2024',
      awards: [
        { code: 'GK', grantingLevel: 2 },
        { code: 'BK_TLD', grantingLevel: 4 },
      ],
    },
    { version: '2026', awards: [{ code: 'GK', grantingLevel: 3 }] },
  ],
} as unknown as Labels;
const campaigns = [
  { id: 'c2024', ruleSetVersion: '2024' },
  { id: 'c2026', ruleSetVersion: '2026' },
] as Campaign[];

function task(over: Partial<InboxTask>): InboxTask {
  return {
    nominationId: 'n1',
    unitId: 'u',
    level: 2,
    kind: 'review',
    taskSeq: 3,
    awardCode: 'GK',
    campaignId: 'c2024',
    nomineeName: 'Nguyễn Văn A',
    ...over,
  } as InboxTask;
}

describe('inbox rules', () => {
  it('knows the granting level from the campaign’s rule-set version', () => {
    expect(isGranting(task({ level: 2 }), labels, campaigns)).toBe(true);
    expect(isGranting(task({ level: 2, campaignId: 'c2026' }), labels, campaigns)).toBe(false);
    expect(isGranting(task({ level: 3, campaignId: 'c2026' }), labels, campaigns)).toBe(true);
    expect(isGranting(task({ level: 2, awardCode: 'BK_TLD' }), labels, campaigns)).toBe(false);
  });

  it('gives the batch’s one decision number to the approvals that grant, and to nothing else', () => {
    const grants = task({ nominationId: 'a', level: 2 });
    const forwards = task({ nominationId: 'b', level: 1 });
    const granting = (t: InboxTask) => isGranting(t, labels, campaigns);
    expect(bulkItems([grants, forwards], 'approve', { decisionNumber: '16/QĐ-CĐ', granting })).toEqual([
      { nominationId: 'a', taskSeq: 3, decision: 'approve', decisionNumber: '16/QĐ-CĐ' },
      { nominationId: 'b', taskSeq: 3, decision: 'approve' },
    ]);
    expect(bulkItems([grants], 'return', { decisionNumber: '16/QĐ-CĐ', reason: 'Thiếu biên bản', granting })).toEqual([
      { nominationId: 'a', taskSeq: 3, decision: 'return', reason: 'Thiếu biên bản' },
    ]);
  });

  it('counts what matches the filters beside the whole inbox, so an empty list never contradicts the counter', () => {
    expect(filtersActive({ sort: 'due' })).toBe(false);
    expect(filtersActive({ overdue: 'true' })).toBe(true);
    expect(inboxSummary({ total: 12, shown: 12, more: false, filtered: false })).toBe('Hộp việc có 12 việc.');
    expect(inboxSummary({ total: 12, shown: 0, more: false, filtered: true })).toBe(
      '0 việc khớp bộ lọc (trong tổng số 12 việc).',
    );
    expect(inboxSummary({ total: 300, shown: 100, more: true, filtered: true })).toContain('ít nhất 100');
    expect(emptyText(12, true)).toContain('khớp bộ lọc');
    expect(emptyText(0, false)).toContain('Hộp việc trống');
  });

  it('goes to the next task after a decision, wrapping round, never back to the same one', () => {
    const list = [{ nominationId: 'a' }, { nominationId: 'b' }, { nominationId: 'c' }];
    expect(nextTask(list, 'a')?.nominationId).toBe('b');
    expect(nextTask(list, 'c')?.nominationId).toBe('a');
    // The decided one has already left the inbox: start from the top.
    expect(nextTask(list, 'x')?.nominationId).toBe('a');
    expect(nextTask([{ nominationId: 'a' }], 'a')).toBeUndefined();
  });
});
