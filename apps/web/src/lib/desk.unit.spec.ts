import { agingBar, agingText, latenessOf, waitingText } from './desk';

const AS_OF = '2026-11-20T03:00:00.000Z';

describe('the desk’s time words and colours', () => {
  it('colours a row by its real lateness, not by how long it waited', () => {
    expect(latenessOf({ dueAt: '2026-11-10T10:00:00Z', reasons: ['overdue'], daysLate: 9 }, AS_OF)).toEqual({
      tone: 'late',
      days: 9,
    });
    // Waited long (idle) but due in a week: on time.
    expect(latenessOf({ dueAt: '2026-11-27T10:00:00Z', reasons: ['idle'], daysLate: null }, AS_OF).tone).toBe(
      'on_time',
    );
    expect(latenessOf({ dueAt: '2026-11-21T10:00:00Z', reasons: ['idle'], daysLate: null }, AS_OF).tone).toBe('soon');
    expect(latenessOf({ dueAt: null, reasons: ['no_assignee'], daysLate: null }, AS_OF).tone).toBe('none');
    // Marked overdue by the deadline ladder while the stored due time is ahead.
    expect(latenessOf({ dueAt: '2026-11-25T10:00:00Z', reasons: ['overdue'], daysLate: null }, AS_OF)).toEqual({
      tone: 'late',
      days: null,
    });
  });

  it('never says "waited 0 days" beside "27 days late"', () => {
    expect(waitingText({ daysWaiting: 23, daysLate: 9, reasons: ['overdue'] })).toBe('đã chờ 23 ngày, quá hạn 9 ngày');
    expect(waitingText({ daysWaiting: 0, daysLate: 27, reasons: ['overdue'] })).toBe(
      'nhận hôm nay; hạn đã qua 27 ngày trước khi nhận',
    );
    expect(waitingText({ daysWaiting: 3, daysLate: null, reasons: ['overdue'] })).toBe(
      'đã chờ 3 ngày, đã bị đánh dấu quá hạn',
    );
    expect(waitingText({ daysWaiting: 12, daysLate: null, reasons: ['idle'] })).toBe('đã chờ 12 ngày');
  });

  it('splits an aging bar into overdue and on-time parts scaled to the widest cell', () => {
    expect(agingBar({ total: 4, overdue: 1 }, 8)).toEqual({ late: 12.5, onTime: 37.5 });
    expect(agingBar({ total: 8, overdue: 8 }, 8)).toEqual({ late: 100, onTime: 0 });
    expect(agingBar({ total: 0, overdue: 0 }, 0)).toEqual({ late: 0, onTime: 0 });
    const cell = {
      level: 3,
      unitId: 'u',
      unitName: 'LĐLĐ tỉnh Cao Bằng',
      total: 5,
      overdue: 0,
      buckets: { upTo5: 1, d6to10: 2, d11to20: 1, over20: 1 },
    };
    expect(agingText(cell)).toBe(
      '5 việc đang chờ, không việc nào quá hạn; theo thời gian chờ: ≤ 5 ngày 1, 6–10 ngày 2, 11–20 ngày 1, trên 20 ngày 1',
    );
  });
});
