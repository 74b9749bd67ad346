/** @jest-environment ./apps/web/src/testing/jsdom-environment.js */
import { screen, within } from '@testing-library/react';
import type { BlocView } from '@vinhdanh/api';
import { installMatchMedia, renderAt } from '../testing/render';
import { BlocsPage } from './BlocsPage';

// A bloc whose flag went round (luân phiên [S16][S45]): the page must put the alert, the winner
// history and the year's covenant and score tables in front of the upper level's office.
const year2026 = {
  year: 2026,
  imported: false,
  awardCode: 'CO_TINH',
  ruleSetVersion: '2025.1',
  phase: 'scoring',
  phaseLabel: { vi: 'Đang chấm điểm', en: 'Scoring open' },
  criteria: [],
  criteriaSource: 'Biểu chấm điểm mặc định theo Nghị quyết 07/NQ-TLĐ',
  maxTotal: 100,
  covenantDeadline: '2026-03-31',
  head: { unitId: 'a', unitName: 'Công đoàn xã Nguyên Bình' },
  deputy: { unitId: 'b', unitName: 'Công đoàn xã Thạch An' },
  covenants: [
    {
      unitId: 'a',
      unitName: 'Công đoàn xã Nguyên Bình',
      registeredOn: '2026-02-25',
      signedOn: '2026-03-10',
      status: 'signed',
      statusLabel: 'Đã ký giao ước',
    },
    {
      unitId: 'b',
      unitName: 'Công đoàn xã Thạch An',
      registeredOn: null,
      signedOn: null,
      status: 'missed',
      statusLabel: 'Không ký giao ước đúng hạn',
    },
  ],
  scores: [
    {
      rank: 1,
      unitId: 'a',
      unitName: 'Công đoàn xã Nguyên Bình',
      score: 90.5,
      selfTotal: 95,
      crossTotal: 90.5,
      crossCount: 2,
      evidenceAttachmentIds: ['x'],
      byCriterion: [],
      crossScores: [],
    },
  ],
  review: null,
  meeting: null,
  reason: null,
};
const bloc = {
  id: 'cao-bang-khoi-i',
  name: 'Khối I – Công đoàn Viên chức và công đoàn ngành tỉnh',
  level: 2,
  organiserUnitId: 'ldld-cao-bang',
  formedOn: '2020-01-01',
  version: 9,
  members: [
    {
      unitId: 'a',
      unitName: 'Công đoàn xã Nguyên Bình',
      from: '2025-07-01',
      to: null,
      leftReason: null,
      dissolved: false,
      current: true,
    },
    {
      unitId: 'h',
      unitName: 'Liên đoàn Lao động huyện Hòa An',
      from: '2015-01-01',
      to: '2025-07-01',
      leftReason: 'Giải thể',
      dissolved: true,
      current: false,
    },
  ],
  years: [year2026],
  winnerHistory: [
    {
      year: 2024,
      winnerUnitId: 'g',
      winnerName: 'Công đoàn ngành Giáo dục tỉnh Cao Bằng',
      topScorerUnitId: 'v',
      topScorerName: 'Công đoàn Viên chức tỉnh Cao Bằng',
      reason: null,
    },
  ],
  alerts: [
    {
      kind: 'rotation',
      label: { vi: 'Dấu hiệu luân phiên', en: 'Rotation pattern' },
      year: 2025,
      unitIds: ['v', 'g', 'y'],
      unitNames: [],
      details: {},
      explanation: {
        vi: 'Từ 2023 đến 2025, mỗi đơn vị trong khối lần lượt được suy tôn một lần (dấu hiệu luân phiên).',
        en: '',
      },
      streamVersion: 5,
      foundAt: '2026-12-01T03:00:00.000Z',
    },
  ],
} as unknown as BlocView;

describe('BlocsPage', () => {
  const fetchMock = jest.fn<Promise<Response>, [Request]>();
  const json = (body: unknown) =>
    new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
  beforeAll(() => {
    installMatchMedia();
    globalThis.fetch = fetchMock as unknown as typeof fetch;
  });

  it('shows the first bloc: the rotation alert, the winner history, members, covenants and scores in Vietnamese', async () => {
    fetchMock.mockImplementation(async (request) => {
      const path = new URL(request.url).pathname;
      if (path === '/api/blocs')
        return json({
          items: [
            {
              id: bloc.id,
              name: bloc.name,
              level: 2,
              organiserUnitId: 'ldld-cao-bang',
              currentMembers: 1,
              latestYear: 2026,
              alerts: 1,
            },
          ],
        });
      if (path === `/api/blocs/${bloc.id}`) return json(bloc);
      return new Response('{}', { status: 404 });
    });
    renderAt(<BlocsPage />, '/blocs');
    await screen.findByText('Dấu hiệu luân phiên — năm 2025');
    expect(screen.getByText(/lần lượt được suy tôn/)).toBeTruthy();
    const history = screen.getByRole('table', { name: 'Lịch sử suy tôn' });
    expect(within(history).getByText('Công đoàn ngành Giáo dục tỉnh Cao Bằng')).toBeTruthy();
    const members = screen.getByRole('table', { name: 'Thành viên của khối' });
    expect(within(members).getByText('Đã giải thể')).toBeTruthy();
    expect(within(members).getAllByText('01/07/2025')).toHaveLength(2);
    const covenants = screen.getByRole('table', { name: 'Giao ước thi đua năm 2026' });
    expect(within(covenants).getByText('Không ký giao ước đúng hạn')).toBeTruthy();
    expect(within(covenants).getByText('10/03/2026')).toBeTruthy();
    const scores = screen.getByRole('table', { name: 'Bảng điểm năm 2026' });
    expect(within(scores).getAllByText('90,5')).toHaveLength(2);
    expect(within(scores).getByText('95')).toBeTruthy();
    expect(screen.queryByText(/cao-bang|ldld-|rotation/)).toBeNull();
  });
});
