/** @jest-environment ./apps/web/src/testing/jsdom-environment.js */
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { saveToken } from '../api/client';
import { installMatchMedia, installResizeObserver, renderAt } from '../testing/render';
import { CouncilSessionPage, CouncilSessionsPage, ballotProblem } from './CouncilSessionPage';

// antd tables in jsdom are slow on a shared machine: wait generously for what should appear.
configure({ asyncUtilTimeout: 10_000 });

const SESSION = '9e4b1c7a-2d3f-4a5b-8c6d-2026c0000001';
const DOC = '5a1e4d22-9c0b-4f1e-8d3a-2026d0000002';

describe('CouncilSessionPage', () => {
  const fetchMock = jest.fn<Promise<Response>, [RequestInfo | URL, RequestInit?]>();
  const requests: Request[] = [];
  beforeAll(() => {
    installMatchMedia();
    installResizeObserver();
    globalThis.fetch = fetchMock as unknown as typeof fetch;
    saveToken('test-token');
  });
  beforeEach(() => {
    fetchMock.mockReset();
    requests.length = 0;
  });

  const json = (body: unknown) =>
    new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });

  const members = [
    ['cb-hd-1', 'Nông Văn Đức', 'chair'],
    ['cb-hd-2', 'Hà Thị Mai', 'secretary'],
    ['cb-hd-3', 'Đàm Thị Lan', 'member'],
    ['cb-hd-4', 'Bế Văn Hùng', 'member'],
    ['cb-hd-5', 'Lục Thị Thu', 'member'],
    ['cb-hd-6', 'Triệu Văn Sáng', 'member'],
    ['cb-hd-7', 'Lương Thị Mến', 'member'],
  ].map(([memberId, name, role]) => ({ memberId, name, role, position: 'Ủy viên' }));
  const candidates = [
    { nominationId: 'n1', name: 'Đàm Văn Khải', unitName: 'CĐCS Sở Nội vụ', kind: 'person', gender: 'male' },
    { nominationId: 'n2', name: 'Nông Thị Thanh Hương', unitName: 'CĐCS Sở Nội vụ', kind: 'person', gender: 'female' },
    { nominationId: 'n3', name: 'Lương Văn Bảo', unitName: 'CĐCS Cục Thống kê', kind: 'person', gender: 'male' },
  ];
  const present = members.slice(0, 6).map((m) => m.memberId);
  const base = {
    id: SESSION,
    convened: {
      sessionId: SESSION,
      councilUnitId: 'ldld-cb',
      councilUnitName: 'Liên đoàn Lao động tỉnh Cao Bằng',
      title: 'Phiên họp xét tặng Bằng khen năm 2026',
      rosterAsOf: '2026-12-10',
      members,
      campaignId: 'c1',
      awardCode: 'BK_TINH',
      awardName: 'Bằng khen của Ban Chấp hành LĐLĐ tỉnh',
      threshold: { minShare: 0.7 },
      quorumShare: 2 / 3,
      slots: 2,
      maxRounds: 2,
      candidates,
    },
    status: 'open',
    present,
    rounds: [],
    ranking: null,
    concluded: null,
    adjournments: [],
    documents: [],
    required: 5,
    quorum: 5,
  };
  const ballot = (nominationId: string, votesFor: number, passed: boolean) => ({
    nominationId,
    votesFor,
    votesAgainst: 6 - votesFor,
    writtenFor: 0,
    writtenAgainst: 1,
    invalid: 0,
    votesForTotal: votesFor,
    passed,
  });
  const tallied = {
    ...base,
    rounds: [
      {
        sessionId: SESSION,
        round: 1,
        membersTotal: 7,
        present: 6,
        required: 5,
        ballots: [ballot('n1', 6, true), ballot('n2', 5, true), ballot('n3', 5, true)],
      },
    ],
    ranking: {
      sessionId: SESSION,
      required: 5,
      ranked: [
        { nominationId: 'n1', name: 'Đàm Văn Khải', votesFor: 6, passed: true, rank: 1, selected: true, note: '' },
        {
          nominationId: 'n2',
          name: 'Nông Thị Thanh Hương',
          votesFor: 5,
          passed: true,
          rank: 2,
          selected: false,
          note: 'Bằng phiếu',
        },
        {
          nominationId: 'n3',
          name: 'Lương Văn Bảo',
          votesFor: 5,
          passed: true,
          rank: 2,
          selected: false,
          note: 'Bằng phiếu',
        },
      ],
      chairMustChoose: ['n2', 'n3'],
    },
  };

  function serve(routes: Record<string, (req: Request) => Response | Promise<Response>>) {
    fetchMock.mockImplementation(async (input, init) => {
      const req = input instanceof Request ? input : new Request(String(input), init);
      requests.push(req);
      const url = new URL(req.url);
      const key = `${req.method} ${url.pathname}`;
      if (key === 'GET /api/me')
        return json({
          id: 'u',
          fullName: 'Nông Văn Đức',
          roles: [{ role: 'chair', unitId: 'ldld-cb' }],
          delegated: [],
          capabilities: {
            'councilSession.run': ['ldld-cb'],
            'nomination.decide': ['ldld-cb'],
            'inbox.bulkDecide': 'anywhere',
            'awardDecision.issue': ['ldld-cb'],
            'batch.writeDocuments': ['ldld-cb'],
          },
        });
      const handler = routes[key];
      if (!handler) throw new Error(`unexpected ${key}`);
      return handler(req);
    });
  }
  const bodyOf = async (path: string) =>
    (await requests
      .find((r) => r.method === 'POST' && r.url.endsWith(path))!
      .clone()
      .json()) as Record<string, unknown>;

  it('checks each typed ballot against those present and sends the round; the chair then breaks the tie', async () => {
    let state: unknown = base;
    serve({
      [`GET /api/council-sessions/${SESSION}`]: () => json(state),
      [`POST /api/council-sessions/${SESSION}/ballots`]: () => ((state = tallied), json(tallied)),
      [`POST /api/council-sessions/${SESSION}/tie-break`]: () => json(tallied),
    });
    renderAt(<CouncilSessionPage />, `/council-sessions/${SESSION}`, '/council-sessions/:id');
    await screen.findByText('Phiên họp xét tặng Bằng khen năm 2026');
    expect(screen.getByText('Ít nhất 5/7 thành viên đồng ý')).toBeTruthy();
    expect(screen.getByText('Có mặt 6/7 thành viên (cần ít nhất 5).')).toBeTruthy();
    expect(screen.getByText('10/12/2026')).toBeTruthy();

    const send = screen.getByRole('button', { name: 'Ghi kết quả kiểm phiếu' }) as HTMLButtonElement;
    const votes: Record<string, [number, number, number]> = {
      'Đàm Văn Khải': [6, 0, 1],
      'Nông Thị Thanh Hương': [5, 1, 1],
      'Lương Văn Bảo': [5, 0, 1],
    };
    for (const [name, [forVotes, against, writtenAgainst]] of Object.entries(votes)) {
      fireEvent.change(screen.getByLabelText(`Đồng ý — ${name}`), { target: { value: String(forVotes) } });
      fireEvent.change(screen.getByLabelText(`Không đồng ý — ${name}`), { target: { value: String(against) } });
      fireEvent.change(screen.getByLabelText(`Văn bản không đồng ý — ${name}`), {
        target: { value: String(writtenAgainst) },
      });
    }
    // Lương Văn Bảo's room votes add up to 5 while 6 are present: the round cannot be sent.
    const row = screen.getByText('Lương Văn Bảo', { selector: 'td' }).closest('tr') as HTMLElement;
    await within(row).findByText('Số phiếu tại phiên (5) khác số thành viên có mặt (6).');
    expect(send.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Không đồng ý — Lương Văn Bảo'), { target: { value: '1' } });
    await waitFor(() => expect(send.disabled).toBe(false));
    fireEvent.click(send);

    await screen.findByText('Kết quả kiểm phiếu vòng 1');
    expect((await bodyOf('/ballots')).ballots).toEqual([
      { nominationId: 'n1', votesFor: 6, votesAgainst: 0, writtenFor: 0, writtenAgainst: 1, invalid: 0 },
      { nominationId: 'n2', votesFor: 5, votesAgainst: 1, writtenFor: 0, writtenAgainst: 1, invalid: 0 },
      { nominationId: 'n3', votesFor: 5, votesAgainst: 1, writtenFor: 0, writtenAgainst: 1, invalid: 0 },
    ]);
    expect(screen.getByText('Bằng phiếu ở suất cuối: Chủ tịch Hội đồng quyết định')).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Nông Thị Thanh Hương' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ghi quyết định của Chủ tịch' }));
    await waitFor(async () => expect(await bodyOf('/tie-break')).toEqual({ chosen: ['n2'] }));
  }, 120_000);

  it('shows the results in words and downloads the biên bản', async () => {
    const concluded = {
      ...tallied,
      status: 'concluded',
      ranking: { ...tallied.ranking, chairMustChoose: [] },
      concluded: {
        sessionId: SESSION,
        minutesNumber: '07/BB-HĐTĐKT',
        results: [
          { nominationId: 'n1', outcome: 'selected', round: 1, votesForTotal: 6, required: 5 },
          { nominationId: 'n2', outcome: 'selected', round: 1, votesForTotal: 5, required: 5 },
          { nominationId: 'n3', outcome: 'over-quota', round: 1, votesForTotal: 5, required: 5 },
        ],
      },
      documents: [
        {
          sessionId: SESSION,
          documentId: DOC,
          kind: 'bien-ban-hoi-dong',
          format: 'docx',
          sha256: 'cd'.repeat(32),
          size: 9000,
          inputs: {},
        },
      ],
    };
    const names: string[] = [];
    Object.assign(URL, { createObjectURL: () => 'blob:x', revokeObjectURL: () => undefined });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    serve({
      [`GET /api/council-sessions/${SESSION}`]: () => json(concluded),
      [`GET /api/council-sessions/${SESSION}/documents/${DOC}`]: () =>
        new Response('PK', {
          headers: {
            'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent('Biên bản 07-BB-HĐTĐKT.docx')}`,
          },
        }),
    });
    renderAt(<CouncilSessionPage />, `/council-sessions/${SESSION}`, '/council-sessions/:id');
    await screen.findByText('Biên bản số 07/BB-HĐTĐKT.');
    const results = screen.getByRole('table', { name: 'Kết quả từng đề nghị' });
    const bao = within(results).getByText('Lương Văn Bảo').closest('tr') as HTMLElement;
    expect(within(bao).getByText('Đạt nhưng ngoài số suất')).toBeTruthy();
    expect(within(bao).getByText('5 (cần 5)')).toBeTruthy();
    expect(within(results).getAllByText('Được đề nghị khen thưởng')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Ghi kết quả kiểm phiếu' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Tải Biên bản họp Hội đồng (Word (DOCX))' }));
    await waitFor(() => expect(names).toEqual(['Biên bản 07-BB-HĐTĐKT.docx']));
    click.mockRestore();
  }, 120_000);

  it('convenes from the screen with the council’s roster in force on the day, over the chosen đề nghị', async () => {
    const BATCH = '7d0c2f9e-3b1a-4c55-8e21-2026b0000009';
    serve({
      'GET /api/council-sessions': () => json([]),
      'GET /api/units': () =>
        json({
          roots: [{ id: 'ldld-cb', code: 'CB', name: 'Liên đoàn Lao động tỉnh Cao Bằng', level: 3, children: [] }],
        }),
      'GET /api/campaigns': () =>
        json({ items: [{ id: 'c1', name: 'Giỏi việc nước 2026', ruleSetVersion: '2025.1', awardCodes: ['BK_TINH'] }] }),
      'GET /api/directory/labels': () =>
        json({
          ruleSets: [],
          awards: { BK_TINH: { vi: 'Bằng khen của Ban Chấp hành LĐLĐ tỉnh', en: '' } },
          attachmentKinds: {},
          statuses: {},
          events: {},
          roles: {},
          levels: {},
          anomalyKinds: {},
        }),
      'GET /api/council-rosters/ldld-cb': () =>
        json({ unitId: 'ldld-cb', asOf: '2026-12-10', members: members.slice(0, 3), memberships: members }),
      'GET /api/submission-batches': () =>
        json([
          {
            id: BATCH,
            submittingUnit: { id: 'cdcs-snv', name: 'Công đoàn cơ sở Sở Nội vụ' },
            campaign: { id: 'c1', name: 'Giỏi việc nước 2026' },
            submissionLetterNumber: '15/TTr-CĐCS',
          },
        ]),
      'POST /api/council-sessions': () => json(base),
      [`GET /api/council-sessions/${SESSION}`]: () => json(base),
    });
    renderAt(<CouncilSessionsPage />, '/council-sessions', '/council-sessions');
    fireEvent.click(await screen.findByRole('button', { name: 'Triệu tập phiên họp' }));
    await screen.findByText('Thành phần Hội đồng hiệu lực ngày họp (3 thành viên):');
    expect(screen.getByText('Nông Văn Đức – Ủy viên (Chủ tịch Hội đồng)')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Tên phiên họp'), {
      target: { value: ' Phiên họp xét tặng Bằng khen năm 2026 ' },
    });
    fireEvent.mouseDown(screen.getByLabelText('Đợt thi đua'));
    fireEvent.click(await screen.findByText('Giỏi việc nước 2026'));
    fireEvent.mouseDown(screen.getByLabelText('Hình thức'));
    fireEvent.click(await screen.findByText('Bằng khen của Ban Chấp hành LĐLĐ tỉnh'));
    const batches = screen.getByLabelText('Các đề nghị được xét');
    fireEvent.mouseDown(batches);
    fireEvent.click(await screen.findByText('15/TTr-CĐCS – Công đoàn cơ sở Sở Nội vụ'));
    fireEvent.click(screen.getByRole('button', { name: 'Triệu tập' }));
    await new Promise((r) => setTimeout(r, 3000));
    console.log(
      'DEBUG',
      [...document.querySelectorAll('.ant-form-item-explain-error, .ant-select-selection-item')].map(
        (e) => e.textContent,
      ),
    );
    await waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    const body = await bodyOf('/api/council-sessions');
    expect(body).toMatchObject({
      councilUnitId: 'ldld-cb',
      title: 'Phiên họp xét tặng Bằng khen năm 2026',
      campaignId: 'c1',
      awardCode: 'BK_TINH',
      batchIds: [BATCH],
      slots: 1,
      maxRounds: 2,
    });
    expect(body['rosterAsOf']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // No member list: the session sits with the roster the server holds for the day.
    expect(body).not.toHaveProperty('members');
  }, 60_000);

  it('names what does not add up in a ballot', () => {
    expect(ballotProblem({ nominationId: 'n', votesFor: 4, votesAgainst: 2 }, 6, 7)).toBeNull();
    expect(
      ballotProblem({ nominationId: 'n', votesFor: 4, votesAgainst: 2, writtenFor: 1, writtenAgainst: 1 }, 6, 7),
    ).toBe('Phiếu bằng văn bản (2) nhiều hơn số vắng mặt (1).');
  });
});
