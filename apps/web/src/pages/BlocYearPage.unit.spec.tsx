/** @jest-environment ./apps/web/src/testing/jsdom-environment.js */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { BlocView } from '@vinhdanh/api';
import { installMatchMedia, installResizeObserver, renderAt } from '../testing/render';
import { BlocYearPage, blocRankingOption } from './BlocYearPage';

// jsdom has no canvas for ECharts to draw on: the chart stands in as its labelled image (what the
// option says is checked on its own below; the browser journey sees the drawing).
jest.mock('../reports/Chart', () => ({
  Chart: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));

// One bloc year as the workflow runs it: the self round open with its deadlines, a missed covenant
// escalated to the organiser, the ranking self against cross, and the score sheet that sends the
// points and evidence. A refusal is shown with the rule the server named (score range, [S45]).
const criteria = [
  { code: 'PHONG_TRAO', titleVi: 'Tổ chức các phong trào thi đua', maxPoints: 30, weight: 1 },
  { code: 'TAI_CHINH', titleVi: 'Tài chính công đoàn và kiểm tra', maxPoints: 15, weight: 1 },
];
const score = (rank: number, unitId: string, unitName: string, self: number | null, cross: number | null) => ({
  rank,
  unitId,
  unitName,
  score: cross ?? self,
  selfTotal: self,
  crossTotal: cross,
  crossCount: cross === null ? 0 : 2,
  evidenceAttachmentIds: [],
  byCriterion: [],
  crossScores: [],
});
const year = {
  year: 2026,
  imported: false,
  awardCode: 'CO_TINH',
  ruleSetVersion: '2025.1',
  phase: 'scoring',
  phaseLabel: { vi: 'Đang chấm điểm', en: 'Scoring open' },
  criteria,
  criteriaSource: 'Biểu chấm điểm theo Nghị quyết 07/NQ-TLĐ',
  maxTotal: 45,
  covenantDeadline: '2026-03-31',
  head: { unitId: 'nb', unitName: 'Công đoàn xã Nguyên Bình' },
  deputy: { unitId: 'ta', unitName: 'Công đoàn xã Thạch An' },
  covenants: [
    {
      unitId: 'nb',
      unitName: 'Công đoàn xã Nguyên Bình',
      registeredOn: null,
      signedOn: '2026-03-10',
      status: 'signed',
      statusLabel: 'Đã ký',
    },
    {
      unitId: 'ta',
      unitName: 'Công đoàn xã Thạch An',
      registeredOn: null,
      signedOn: '2026-03-11',
      status: 'signed',
      statusLabel: 'Đã ký',
    },
    {
      unitId: 'hq',
      unitName: 'Công đoàn xã Hà Quảng',
      registeredOn: null,
      signedOn: null,
      status: 'missed',
      statusLabel: 'Không ký',
    },
  ],
  scores: [score(1, 'nb', 'Công đoàn xã Nguyên Bình', 44, 38), score(2, 'ta', 'Công đoàn xã Thạch An', null, null)],
  review: null,
  schedule: {
    workflowId: 'bloc-year:khoi-ii:2026',
    selfScoreDeadline: '2026-12-17',
    crossScoreDeadline: '2026-12-24',
    reviewDeadline: '2026-12-27',
    meetingDeadline: '2026-12-31',
    remindAtShare: 0.75,
  },
  round: 'self',
  reminders: [],
  missed: [
    {
      stage: 'covenant',
      dueAt: '2026-03-31T17:00:00.000Z',
      unitIds: ['hq'],
      unitNames: ['Công đoàn xã Hà Quảng'],
      escalatedToUnitId: 'ldld-cao-bang',
    },
  ],
  proposal: null,
  meeting: null,
  reason: null,
};
// The caller acts for Nguyên Bình only (the API's allowedActions): the sheet offers no other unit.
const bloc = {
  id: 'khoi-ii',
  name: 'Khối II',
  years: [year],
  allowedActions: { organise: false, actForUnitIds: ['nb'] },
} as unknown as BlocView;

describe('BlocYearPage', () => {
  const fetchMock = jest.fn<Promise<Response>, [Request]>();
  const json = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
    });
  const sent: { path: string; body: unknown }[] = [];
  beforeAll(() => {
    installMatchMedia();
    installResizeObserver();
    globalThis.fetch = fetchMock as unknown as typeof fetch;
  });

  it('draws self against cross for each unit, ranked best first', () => {
    const option = blocRankingOption(year.scores as never) as {
      yAxis: { data: string[] };
      series: { name: string; data: (number | null)[] }[];
    };
    // Bars are drawn bottom-up: the best unit last, at the top.
    expect(option.yAxis.data).toEqual(['Công đoàn xã Thạch An', 'Công đoàn xã Nguyên Bình']);
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ['Tự chấm', [null, 44]],
      ['Chấm chéo (trung bình)', [null, 38]],
    ]);
  });

  it('shows the deadlines and the escalated miss, and sends a self sheet; the refusal names the rule', async () => {
    fetchMock.mockImplementation(async (request) => {
      const path = new URL(request.url).pathname;
      if (request.method === 'POST') {
        sent.push({ path, body: await request.json() });
        return json(
          {
            type: 'urn:vinhdanh:problem:BLOC.SCORE_OUT_OF_RANGE',
            title: 'Điểm ngoài thang',
            status: 422,
            code: 'BLOC.SCORE_OUT_OF_RANGE',
            detail: 'Điểm tiêu chí "Tổ chức các phong trào thi đua" phải từ 0 đến 30 (Hướng dẫn 1349/BTĐKT-VI [S45]).',
          },
          422,
        );
      }
      if (path === '/api/blocs/khoi-ii') return json(bloc);
      return json({}, 404);
    });
    renderAt(<BlocYearPage />, '/blocs/khoi-ii/years/2026', '/blocs/:id/years/:year');
    expect(await screen.findByText('Khối II – năm 2026')).toBeTruthy();
    expect(screen.getByText(/Vòng tự chấm điểm/)).toBeTruthy();
    expect(screen.getByText('17/12/2026')).toBeTruthy();
    expect(screen.getByText(/Quá hạn ký giao ước .*Công đoàn xã Hà Quảng — đã báo đơn vị tổ chức khối/)).toBeTruthy();
    expect(screen.getByRole('img', { name: /Biểu đồ điểm tự chấm và chấm chéo của 2 đơn vị/ })).toBeTruthy();

    // In the self round only the self sheet is offered.
    expect(screen.queryByText('Chấm chéo đơn vị khác')).toBeNull();
    const sheet = screen.getByText('Biểu chấm điểm').closest('.ant-card') as HTMLElement;
    fireEvent.mouseDown(within(sheet).getByRole('combobox', { name: 'Đơn vị tự chấm' }));
    fireEvent.click(await screen.findByTitle('Công đoàn xã Nguyên Bình'));
    expect(screen.queryByTitle('Công đoàn xã Thạch An')).toBeNull();
    fireEvent.change(within(sheet).getByRole('spinbutton', { name: 'Tổ chức các phong trào thi đua' }), {
      target: { value: '28' },
    });
    fireEvent.change(within(sheet).getByRole('spinbutton', { name: 'Tài chính công đoàn và kiểm tra' }), {
      target: { value: '14' },
    });
    fireEvent.click(within(sheet).getByRole('button', { name: 'Ghi biểu chấm điểm' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      path: '/api/blocs/khoi-ii/years/2026/self-scores',
      body: { unitId: 'nb', points: { PHONG_TRAO: 28, TAI_CHINH: 14 }, evidenceAttachmentIds: [] },
    });
    expect(await screen.findByText(/phải từ 0 đến 30 \(Hướng dẫn 1349\/BTĐKT-VI \[S45\]\)/)).toBeTruthy();
  });

  it('offers no score sheet to someone who acts for no member (the organiser’s office records paper sheets)', async () => {
    fetchMock.mockImplementation(async () =>
      json({ ...bloc, id: 'khoi-iii', allowedActions: { organise: false, actForUnitIds: [] } }),
    );
    renderAt(<BlocYearPage />, '/blocs/khoi-iii/years/2026', '/blocs/:id/years/:year');
    expect(await screen.findByText('Khối II – năm 2026')).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Giao ước thi đua năm 2026' })).toBeTruthy();
    expect(screen.queryByText('Biểu chấm điểm')).toBeNull();
  });
});
