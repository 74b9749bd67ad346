/** @jest-environment ./apps/web/src/testing/jsdom-environment.js */
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { saveToken } from '../api/client';
import { installMatchMedia, installResizeObserver, renderAt } from '../testing/render';
import { SubmissionBatchPage, SubmissionBatchesPage, batchRequest } from './SubmissionBatchesPage';

const BATCH = '7d0c2f9e-3b1a-4c55-8e21-2026b0000001';
const CAMPAIGN = '0b6f3a52-7c1e-4c43-9a55-2026a0000001';
const DOC = '5a1e4d22-9c0b-4f1e-8d3a-2026d0000001';
const SHA = 'ab'.repeat(32);

// antd forms in jsdom are slow on a shared machine: wait generously for what should appear.
configure({ asyncUtilTimeout: 10_000 });

type Handler = (req: Request) => Promise<Response> | Response;

describe('SubmissionBatchesPage', () => {
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

  const json = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'Content-Type': status < 400 ? 'application/json' : 'application/problem+json' },
    });

  const me = {
    id: 'u1',
    fullName: 'Hoàng Thị Hạnh',
    roles: [{ role: 'nominator', unitId: 'cdcs-snv' }],
    delegated: [],
    capabilities: {
      'nomination.submit': ['cdcs-snv'],
      'batch.submit': ['cdcs-snv'],
      'batch.writeDocuments': ['cdcs-snv'],
    } as Record<string, string[] | 'anywhere'>,
  };
  const units = {
    roots: [
      {
        id: 'cdcs-snv',
        code: 'SNV',
        name: 'Công đoàn cơ sở Sở Nội vụ',
        level: 1,
        children: [{ id: 'to-cd-1', code: 'T1', name: 'Tổ công đoàn Văn phòng', level: 0, children: [] }],
      },
    ],
  };
  const labels = {
    ruleSets: [
      { version: '2025.1', awards: [{ code: 'BK_TINH', requiredAttachments: ['TO_TRINH', 'BAO_CAO_THANH_TICH'] }] },
    ],
    awards: { BK_TINH: { vi: 'Bằng khen của Ban Chấp hành LĐLĐ tỉnh', en: 'Province' } },
    attachmentKinds: {
      TO_TRINH: { vi: 'Tờ trình', en: 'Letter' },
      BAO_CAO_THANH_TICH: { vi: 'Báo cáo thành tích', en: 'Report' },
    },
    statuses: {},
    events: {},
    roles: {},
    levels: {},
    anomalyKinds: {},
  };
  const campaigns = {
    items: [{ id: CAMPAIGN, name: 'Giỏi việc nước 2026', ruleSetVersion: '2025.1', awardCodes: ['BK_TINH'] }],
  };

  const progress = (pending: number) => ({
    total: 3,
    started: 3 - pending,
    refused: 0,
    pending,
    byStatus: pending ? { FORWARDED: 3 - pending } : { FORWARDED: 2, RETURNED: 1 },
    summary: pending
      ? `${3 - pending}/3 đã chuyển cấp trên, ${pending} đang khởi tạo`
      : '2/3 đã chuyển cấp trên, 1 bị trả lại',
    summary_en: '',
  });
  const batch = (pending: number) => ({
    id: BATCH,
    submittingUnit: { id: 'cdcs-snv', name: 'Công đoàn cơ sở Sở Nội vụ' },
    campaign: { id: CAMPAIGN, name: 'Giỏi việc nước 2026' },
    submissionLetterNumber: '15/TTr-CĐCS',
    submittedBy: 'Hoàng Thị Hạnh',
    submittedAt: '2026-11-20T02:30:00.000Z',
    skipped: 0,
    progress: progress(pending),
    rows: [
      ['Đàm Văn Khải', 'FORWARDED', 'Đã chuyển cấp trên'],
      ['Nông Thị Thanh Hương', pending ? null : 'RETURNED', pending ? 'Đang khởi tạo' : 'Bị trả lại'],
      ['Tổ công đoàn Văn phòng', 'FORWARDED', 'Đã chuyển cấp trên'],
    ].map(([name, status, label], i) => ({
      row: i + 1,
      nominationId: `nom-${i + 1}`,
      nomineeName: name,
      nomineeKind: i === 2 ? 'collective' : 'person',
      awardCode: 'BK_TINH',
      awardName: 'Bằng khen của Ban Chấp hành LĐLĐ tỉnh',
      status,
      statusLabel: label,
      refusal: null,
    })),
    skippedRows: [],
    documents: [
      { batchId: BATCH, documentId: DOC, kind: 'to-trinh', format: 'pdf', sha256: SHA, size: 1200, inputs: {} },
    ],
    decisions: [] as unknown[],
  });

  function serve(routes: Record<string, Handler>) {
    fetchMock.mockImplementation(async (input, init) => {
      const req = input instanceof Request ? input : new Request(String(input), init);
      requests.push(req);
      const url = new URL(req.url);
      const key = `${req.method} ${url.pathname}`;
      const base: Record<string, Handler> = {
        'GET /api/me': () => json(me),
        'GET /api/units': () => json(units),
        'GET /api/directory/labels': () => json(labels),
        'GET /api/campaigns': () => json(campaigns),
      };
      const handler = routes[key] ?? base[key];
      if (!handler) throw new Error(`unexpected ${key}`);
      return handler(req);
    });
  }

  it('shows a batch’s rows by name with their statuses, and follows the progress while rows start', async () => {
    let calls = 0;
    serve({ [`GET /api/submission-batches/${BATCH}`]: () => json(batch(calls++ === 0 ? 1 : 0)) });
    renderAt(<SubmissionBatchPage />, `/submission-batches/${BATCH}`, '/submission-batches/:id');
    await screen.findByText('Đề nghị số 15/TTr-CĐCS');
    expect(screen.getByText('2/3 đã chuyển cấp trên, 1 đang khởi tạo')).toBeTruthy();
    expect(screen.getByText('Đã khởi tạo 2/3 hồ sơ')).toBeTruthy();
    expect(screen.getByText('20/11/2026 09:30')).toBeTruthy();
    const row = screen.getByText('Tổ công đoàn Văn phòng').closest('tr') as HTMLElement;
    expect(within(row).getByText('Đã chuyển cấp trên')).toBeTruthy();
    // The page looks again while a row is still starting, and stops once none is.
    await screen.findByText('2/3 đã chuyển cấp trên, 1 bị trả lại', undefined, { timeout: 10_000 });
    expect(screen.queryByText(/Đã khởi tạo/)).toBeNull();
    const row2 = screen.getByText('Nông Thị Thanh Hương').closest('tr') as HTMLElement;
    expect(within(row2).getByText('Bị trả lại')).toBeTruthy();
    expect(screen.queryByText(/nom-\d|FORWARDED|RETURNED/)).toBeNull();
  });

  it('returns the rows an upper-level approver ticks, with the reason, and tells what each nominee’s workflow did', async () => {
    me.roles = [{ role: 'chair', unitId: 'ldld-cao-bang' }];
    const nominatorCapabilities = me.capabilities;
    me.capabilities = { 'inbox.bulkDecide': 'anywhere', 'batch.writeDocuments': [] };
    const returned = {
      ...batch(0),
      decisions: [
        {
          batchId: BATCH,
          decisionId: 'd-1',
          decision: 'return',
          reason: 'Thiếu biên bản họp bình xét.',
          whole: false,
          decidedBy: { userId: 'u2', name: 'Lý Văn Thắng' },
          at: '2026-11-25T03:00:00.000Z',
          covered: [
            { nominationId: 'nom-1', taskSeq: 2 },
            { nominationId: 'nom-3', taskSeq: 2 },
          ],
          notOpen: [],
          decided: ['nom-1'],
          refused: [
            { nominationId: 'nom-3', nomineeName: 'Tổ công đoàn Văn phòng', message: 'Hồ sơ đã được quyết định.' },
          ],
        },
      ],
    };
    serve({
      [`GET /api/submission-batches/${BATCH}`]: () => json(batch(0)),
      [`POST /api/submission-batches/${BATCH}/decisions`]: () => json({ ...returned, decisionId: 'd-1', unknown: [] }),
    });
    try {
      renderAt(<SubmissionBatchPage />, `/submission-batches/${BATCH}`, '/submission-batches/:id');
      fireEvent.click(await screen.findByLabelText('Chọn Đàm Văn Khải'));
      fireEvent.click(screen.getByLabelText('Chọn Tổ công đoàn Văn phòng'));
      await screen.findByText('Áp dụng cho: 2 người / tập thể đã chọn.');
      fireEvent.click(screen.getByLabelText('Trả lại'));
      fireEvent.click(await screen.findByRole('button', { name: 'Trả lại (2)' }));
      // No reason: nothing is sent.
      await screen.findByText('Nhập lý do trả lại.');
      expect(requests.some((r) => r.method === 'POST')).toBe(false);
      fireEvent.change(screen.getByLabelText('Lý do trả lại'), { target: { value: ' Thiếu biên bản họp bình xét. ' } });
      fireEvent.click(screen.getByRole('button', { name: 'Trả lại (2)' }));
      await screen.findByText('Trả lại những người / tập thể được chọn: 1 hồ sơ — Lý Văn Thắng, 25/11/2026 10:00');
      const sent = requests.find((r) => r.method === 'POST')!;
      expect(sent.headers.get('Idempotency-Key')).toBeTruthy();
      expect(await sent.clone().json()).toEqual({
        decision: 'return',
        reason: 'Thiếu biên bản họp bình xét.',
        nominationIds: ['nom-1', 'nom-3'],
      });
      expect(screen.getByText('Tổ công đoàn Văn phòng: Hồ sơ đã được quyết định.')).toBeTruthy();
      // The selection is cleared: the next decision covers the whole list.
      await screen.findByText('Áp dụng cho: cả danh sách đang chờ đơn vị bạn xét.');
    } finally {
      me.roles = [{ role: 'nominator', unitId: 'cdcs-snv' }];
      me.capabilities = nominatorCapabilities;
    }
  });

  it('downloads the tờ trình with the bearer token under the server’s file name, and generates one', async () => {
    const created: string[] = [];
    const createObjectURL = jest.fn(() => 'blob:to-trinh');
    Object.assign(URL, { createObjectURL, revokeObjectURL: () => undefined });
    const clicked = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      created.push(this.download);
    });
    serve({
      [`GET /api/submission-batches/${BATCH}`]: () => json(batch(0)),
      [`GET /api/submission-batches/${BATCH}/documents/${DOC}`]: () =>
        new Response('%PDF-1.7', {
          headers: {
            'Content-Type': 'application/pdf',
            'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent('Tờ trình 15-TTr-CĐCS.pdf')}`,
          },
        }),
      [`POST /api/submission-batches/${BATCH}/to-trinh`]: () => json(batch(0)),
    });
    renderAt(<SubmissionBatchPage />, `/submission-batches/${BATCH}`, '/submission-batches/:id');
    fireEvent.click(await screen.findByRole('button', { name: 'Tải Tờ trình (PDF)' }));
    await waitFor(() => expect(created).toEqual(['Tờ trình 15-TTr-CĐCS.pdf']));
    const download = requests.find((r) => r.url.endsWith(`/documents/${DOC}`))!;
    expect(download.headers.get('Authorization')).toBe('Bearer test-token');

    fireEvent.change(screen.getByLabelText('Địa danh'), { target: { value: 'Cao Bằng' } });
    fireEvent.change(screen.getByLabelText('Kính gửi'), { target: { value: 'Công đoàn Viên chức tỉnh Cao Bằng' } });
    fireEvent.change(screen.getByLabelText('Họ tên người ký'), { target: { value: 'Lý Văn Thắng' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lập tờ trình (PDF và Word)' }));
    await waitFor(() => expect(requests.some((r) => r.url.endsWith('/to-trinh'))).toBe(true));
    const sent = (await requests
      .find((r) => r.url.endsWith('/to-trinh'))!
      .clone()
      .json()) as Record<string, unknown>;
    expect(sent).toEqual({
      place: 'Cao Bằng',
      recipient: 'Công đoàn Viên chức tỉnh Cao Bằng',
      signer: { capacity: 'TM. Ban Chấp hành', title: 'Chủ tịch', name: 'Lý Văn Thắng' },
    });
    clicked.mockRestore();
  });

  it('lists the unit’s batches with the server’s progress sentence', async () => {
    serve({
      'GET /api/submission-batches': () => json([{ ...batch(0), rows: undefined }]),
    });
    renderAt(<SubmissionBatchesPage />, '/submission-batches');
    const link = await screen.findByRole('link', { name: '15/TTr-CĐCS' });
    expect(link.getAttribute('href')).toBe(`/submission-batches/${BATCH}`);
    const row = link.closest('tr') as HTMLElement;
    expect(within(row).getByText('2/3 đã chuyển cấp trên, 1 bị trả lại')).toBeTruthy();
    expect(within(row).getByText('Công đoàn cơ sở Sở Nội vụ')).toBeTruthy();
  });

  it('sends a new batch with its nominee list and shows every bad row the server names', async () => {
    serve({
      'GET /api/submission-batches': () => json([]),
      'POST /api/attachments': () =>
        json(
          { id: '3c9d5a10-1111-4a2b-8c3d-2026f0000001', sha256: SHA, sizeBytes: 2048, fileName: 'to-trinh.pdf' },
          201,
        ),
      'POST /api/submission-batches': () =>
        json(
          {
            status: 422,
            code: 'BATCH.INVALID_ROWS',
            detail: 'Danh sách có 1 dòng không hợp lệ (dòng 1); không dòng nào được gửi.',
            errors: [
              {
                field: 'rows[0].attachments',
                message: 'Dòng 1: hồ sơ còn thiếu báo cáo thành tích.',
                message_en: 'Row 1: the dossier lacks BAO_CAO_THANH_TICH.',
              },
            ],
          },
          422,
        ),
    });
    renderAt(<SubmissionBatchesPage />, '/submission-batches');
    fireEvent.click(await screen.findByRole('button', { name: 'Lập đề nghị mới' }));
    await screen.findByText('Công đoàn cơ sở Sở Nội vụ');
    fireEvent.mouseDown(screen.getByLabelText('Đợt thi đua'));
    fireEvent.click(await screen.findByText('Giỏi việc nước 2026'));
    fireEvent.change(screen.getByLabelText('Số tờ trình'), { target: { value: ' 15/TTr-CĐCS ' } });
    const file = new File(['%PDF-1.7'], 'to-trinh.pdf', { type: 'application/pdf' });
    const input = screen
      .getByRole('button', { name: 'Chọn tệp: tờ trình' })
      .closest('span')!
      .querySelector('input[type=file]')!;
    fireEvent.change(input, { target: { files: [file] } });
    await screen.findByText('to-trinh.pdf');

    fireEvent.change(screen.getByLabelText('Họ và tên'), { target: { value: 'Nông Thị Thanh Hương' } });
    fireEvent.change(screen.getByLabelText('Năm sinh'), { target: { value: '1985' } });
    fireEvent.change(screen.getByLabelText('Chức vụ, đơn vị công tác'), { target: { value: 'Chuyên viên' } });
    // The campaign's one award: open the list and take its first option with the keyboard.
    const award = screen.getByLabelText('Hình thức khen thưởng');
    fireEvent.mouseDown(award);
    fireEvent.keyDown(award, { key: 'Enter', keyCode: 13 });
    await screen.findByText('Hồ sơ cần có: Tờ trình, Báo cáo thành tích', undefined, { timeout: 10_000 });
    fireEvent.change(screen.getByLabelText('Tóm tắt thành tích'), {
      target: { value: 'Hoàn thành xuất sắc nhiệm vụ.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Gửi đề nghị' }));

    await screen.findByText('Dòng 1: hồ sơ còn thiếu báo cáo thành tích.');
    expect(screen.getByText('Danh sách có 1 dòng không hợp lệ (dòng 1); không dòng nào được gửi.')).toBeTruthy();
    const post = requests.find((r) => r.method === 'POST' && r.url.endsWith('/api/submission-batches'))!;
    const body = (await post.clone().json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      submittingUnitId: 'cdcs-snv',
      campaignId: CAMPAIGN,
      submissionLetterNumber: '15/TTr-CĐCS',
      skipInvalidRows: false,
      sharedAttachments: [{ kind: 'TO_TRINH', name: 'to-trinh.pdf', sha256: SHA, sizeBytes: 2048 }],
      rows: [
        {
          awardCode: 'BK_TINH',
          nominee: {
            kind: 'person',
            fullName: 'Nông Thị Thanh Hương',
            gender: 'female',
            birthYear: 1985,
            position: 'Chuyên viên',
          },
          achievements: 'Hoàn thành xuất sắc nhiệm vụ.',
          attachments: [],
        },
      ],
    });
    const firstKey = post.headers.get('Idempotency-Key');

    // The user chooses to send the good rows without the bad ones: a new request, flagged.
    fireEvent.click(screen.getByRole('checkbox', { name: 'Gửi các dòng hợp lệ, bỏ qua các dòng lỗi' }));
    fireEvent.click(screen.getByRole('button', { name: 'Gửi đề nghị' }));
    await waitFor(() =>
      expect(requests.filter((r) => r.method === 'POST' && r.url.endsWith('/api/submission-batches'))).toHaveLength(2),
    );
    const second = requests.filter((r) => r.method === 'POST' && r.url.endsWith('/api/submission-batches'))[1]!;
    expect(((await second.clone().json()) as { skipInvalidRows: boolean }).skipInvalidRows).toBe(true);
    expect(second.headers.get('Idempotency-Key')).not.toBe(firstKey);
    // A form of many antd fields in jsdom on a loaded machine: generous, never a timing assertion.
  }, 180_000);

  it('turns a collective row into the unit it names, with the women’s share between 0 and 1', () => {
    const body = batchRequest(
      {
        submittingUnitId: 'cdcs-snv',
        campaignId: CAMPAIGN,
        submissionLetterNumber: '15/TTr-CĐCS',
        rows: [
          {
            kind: 'collective',
            unitId: 'to-cd-1',
            memberCount: 12,
            womenSharePercent: 75,
            awardCode: 'BK_TINH',
            achievements: ' x ',
          },
        ],
      },
      (id) => (id === 'to-cd-1' ? 'Tổ công đoàn Văn phòng' : ''),
      false,
    );
    expect((body.rows as unknown[])[0]).toEqual({
      awardCode: 'BK_TINH',
      nominee: {
        kind: 'collective',
        unitId: 'to-cd-1',
        name: 'Tổ công đoàn Văn phòng',
        memberCount: 12,
        womenShare: 0.75,
      },
      achievements: 'x',
      initiatives: [],
      attachments: [],
    });
  });
});
