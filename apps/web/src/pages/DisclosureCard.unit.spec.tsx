/** @jest-environment ./apps/web/src/testing/jsdom-environment.js */
import { screen } from '@testing-library/react';
import type { NominationForCaller } from '@vinhdanh/api';
import { installMatchMedia, installResizeObserver, renderAt } from '../testing/render';
import { DisclosureCard, disclosurePeriod } from './DisclosureCard';

describe('DisclosureCard', () => {
  const fetchMock = jest.fn<Promise<Response>, [Request]>();
  beforeAll(() => {
    installMatchMedia();
    installResizeObserver();
    globalThis.fetch = fetchMock as unknown as typeof fetch;
    sessionStorage.setItem('vinhdanh.token', 'test-token');
  });

  it('says the period in Vietnam time with its working days', () => {
    expect(
      disclosurePeriod({ postedAt: '2026-06-15T02:00:00.000Z', endsAt: '2026-06-22T10:00:00.000Z', workingDays: 5 }),
    ).toBe('từ 15/06/2026 đến 22/06/2026 17:00 (5 ngày làm việc)');
    expect(disclosurePeriod({ postedAt: null, endsAt: null, workingDays: 5 })).toBe('5 ngày làm việc, chưa niêm yết');
  });

  it('lists the objections and offers the record form only where the capabilities allow it', async () => {
    fetchMock.mockImplementation(
      async () =>
        new Response(JSON.stringify({ id: 'u-1', roles: [], capabilities: { 'objection.answer': ['cdcs'] } }), {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        }),
    );
    const n = {
      id: 'nom-1',
      nominatingUnitId: 'cdcs',
      disclosure: {
        state: 'open',
        label: { vi: 'Đang công khai', en: 'Posted' },
        endsAt: '2026-06-22T10:00:00.000Z',
        postedAt: '2026-06-15T02:00:00.000Z',
        endedAt: null,
        workingDays: 5,
        unanswered: 1,
        objections: [
          {
            id: 'o-1',
            text: 'Thành tích đã được khen ở đợt khác.',
            objectorName: 'Trần Văn Phản',
            recordedBy: { userId: 'u-2', name: 'Đỗ Thị Thanh Hà', unitId: 'cdcs' },
            recordedAt: '2026-06-15T03:00:00.000Z',
          },
        ],
      },
    } as unknown as NominationForCaller;
    const { container } = renderAt(<DisclosureCard n={n} />, '/nominations/nom-1');
    await screen.findByText('Trả lời ý kiến');
    expect(container.querySelector('li.objection')?.getAttribute('data-answered')).toBe('false');
    expect(screen.getByText('1 ý kiến chưa được trả lời.')).toBeTruthy();
    // May answer (objection.answer) but not record (no objection.record): no record form.
    expect(screen.queryByRole('button', { name: 'Ghi nhận ý kiến' })).toBeNull();
  });
});
