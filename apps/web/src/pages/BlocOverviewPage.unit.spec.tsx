/** @jest-environment ./apps/web/src/testing/jsdom-environment.js */
import { screen, within } from '@testing-library/react';
import type { BlocView } from '@vinhdanh/api';
import { installMatchMedia, installResizeObserver, renderAt } from '../testing/render';
import { BlocOverviewPage, overviewRows } from './BlocOverviewPage';

// The upper level's overview: every bloc it runs, the bloc whose flag went round (luân phiên,
// domain-sources §5) first with its alerts named, the winners year by year in names.
const summary = (id: string, name: string, alerts: number) => ({
  id,
  name,
  level: 2,
  organiserUnitId: 'ldld-cao-bang',
  currentMembers: 3,
  latestYear: 2026,
  alerts,
});
const khoiI = {
  id: 'khoi-i',
  name: 'Khối I',
  years: [{ year: 2026, phaseLabel: { vi: 'Đang chấm điểm' } }],
  winnerHistory: [
    { year: 2024, winnerName: 'Công đoàn Viên chức tỉnh' },
    { year: 2025, winnerName: 'Công đoàn ngành Giáo dục' },
  ],
  alerts: [
    { kind: 'rotation', year: 2025, label: { vi: 'Dấu hiệu luân phiên' } },
    { kind: 'winner_not_top_scorer', year: 2025, label: { vi: 'Đơn vị được suy tôn không dẫn đầu về điểm' } },
  ],
} as unknown as BlocView;
const khoiII = { id: 'khoi-ii', name: 'Khối II', years: [], winnerHistory: [], alerts: [] } as unknown as BlocView;

describe('BlocOverviewPage', () => {
  const fetchMock = jest.fn<Promise<Response>, [Request]>();
  const json = (body: unknown) =>
    new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
  beforeAll(() => {
    installMatchMedia();
    installResizeObserver();
    globalThis.fetch = fetchMock as unknown as typeof fetch;
  });

  it('builds rows from the summaries and the loaded blocs (a bloc not loaded yet keeps its summary)', () => {
    const rows = overviewRows(
      [summary('khoi-i', 'Khối I', 2), summary('khoi-ii', 'Khối II', 0)],
      new Map([['khoi-i', khoiI]]),
    );
    expect(rows[0]).toMatchObject({
      phase: 'Đang chấm điểm',
      lastWinner: 'Công đoàn ngành Giáo dục',
      winners: ['2024: Công đoàn Viên chức tỉnh', '2025: Công đoàn ngành Giáo dục'],
      alertLabels: ['Dấu hiệu luân phiên 2025', 'Đơn vị được suy tôn không dẫn đầu về điểm 2025'],
    });
    expect(rows[1]).toMatchObject({ phase: null, winners: [], alertLabels: [] });
  });

  it('lists the blocs with alerts first, naming the alerts and winners', async () => {
    fetchMock.mockImplementation(async (request) => {
      const path = new URL(request.url).pathname;
      if (path === '/api/blocs')
        return json({ items: [summary('khoi-ii', 'Khối II', 0), summary('khoi-i', 'Khối I', 2)] });
      if (path === '/api/blocs/khoi-i') return json(khoiI);
      if (path === '/api/blocs/khoi-ii') return json(khoiII);
      return json({});
    });
    renderAt(<BlocOverviewPage />, '/blocs/overview');
    const table = await screen.findByRole('table');
    expect(await within(table).findByText('Dấu hiệu luân phiên 2025')).toBeTruthy();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]?.textContent)).toEqual(['Khối I', 'Khối II']);
    expect(within(rows[0]!).getByText('2024: Công đoàn Viên chức tỉnh; 2025: Công đoàn ngành Giáo dục')).toBeTruthy();
    expect(within(rows[1]!).getByText('Không có')).toBeTruthy();
  });
});
