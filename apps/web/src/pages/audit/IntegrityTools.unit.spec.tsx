/** @jest-environment ./apps/web/src/testing/jsdom-environment.js */
import { fireEvent, screen } from '@testing-library/react';
import { mockApi } from '../../testing/api-mock';
import { installMatchMedia, installResizeObserver, renderAt } from '../../testing/render';
import { IntegrityTools } from './IntegrityTools';

describe('IntegrityTools', () => {
  beforeAll(() => {
    installMatchMedia();
    installResizeObserver();
  });

  it('says whether the workflow replays and whether the store still matches today’s signed anchor', async () => {
    mockApi({
      'GET /api/audit/nominations/n-1/replay-check': () => ({
        ok: false,
        historyEvents: 42,
        replay: { ok: true },
        stateComparison: { ok: false },
      }),
      'POST /api/audit/anchors': () => ({ id: 'a-1', day: '2026-06-15' }),
      'GET /api/audit/anchors/a-1/check': () => ({ ok: true, streamsChecked: 120, problemCount: 0 }),
    });
    renderAt(<IntegrityTools nominationId="n-1" />, '/audit/nominations/n-1');
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra phát lại quy trình' }));
    const replay = await screen.findByTestId('replay-result');
    expect(replay.getAttribute('data-ok')).toBe('false');
    expect(replay.textContent).toContain('Phát lại không khớp');
    expect(replay.textContent).toContain('trạng thái quy trình KHÁC dữ liệu sự kiện');

    fireEvent.click(screen.getByRole('button', { name: 'Tạo neo hôm nay và đối chiếu' }));
    const anchor = await screen.findByTestId('anchor-result');
    expect(anchor.textContent).toBe('Đối chiếu khớpNeo ngày 15/06/2026: 120 luồng sự kiện, 0 sai lệch.');
  });
});
