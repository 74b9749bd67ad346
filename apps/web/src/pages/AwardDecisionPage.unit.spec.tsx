/** @jest-environment ./apps/web/src/testing/jsdom-environment.js */
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { saveToken } from '../api/client';
import { installMatchMedia, installResizeObserver, renderAt } from '../testing/render';
import { AwardDecisionPage, AwardDecisionsPage, issueRequest } from './AwardDecisionPage';

// antd tables in jsdom are slow on a shared machine: wait generously for what should appear.
configure({ asyncUtilTimeout: 10_000 });

const DECISION = '4f2a9b1c-8d7e-4c6b-9a5d-2026e0000001';

describe('AwardDecisionPage', () => {
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
  const people = ['Nông Thị Hoa', 'Lý Văn Thắng', 'Hoàng Văn Minh', 'Triệu Thị Yến'];
  const view = (printed: number) => ({
    decisionId: DECISION,
    number: '1/QĐ-TLĐ',
    date: '2026-12-20',
    issuingUnitId: 'tong-ldld',
    issuingUnitName: 'Tổng Liên đoàn Lao động Việt Nam',
    signer: { capacity: 'TM. Đoàn Chủ tịch', title: 'Chủ tịch', name: 'Trần Văn Thành' },
    subject: 'Về việc tặng Bằng khen năm 2026',
    legalBases: [],
    totalAmount: 5_960_000,
    revocations: [],
    annex: people.map((nomineeName, i) => ({
      line: i + 1,
      nominationId: `n${i + 1}`,
      nomineeName,
      nomineeKind: 'person',
      unitName: 'LĐLĐ tỉnh Cao Bằng',
      awardName: 'Bằng khen',
      amount: 1_490_000,
      granted: true,
      revokedBy: null,
      certificate:
        i < printed
          ? {
              registerNumber: `${i + 1}/BK`,
              pdfUrl: `/api/award-decisions/${DECISION}/documents/c${i}-pdf`,
              docxUrl: `/api/award-decisions/${DECISION}/documents/c${i}-docx`,
            }
          : null,
    })),
    progress: {
      covered: 4,
      granted: 4,
      certificatesPrinted: printed,
      summary: `Đã khen thưởng 4/4; đã in ${printed}/4 bằng, giấy khen`,
    },
    documents: [],
    signedCopies: [],
  });

  function serve(routes: Record<string, (req: Request) => Response | Promise<Response>>) {
    fetchMock.mockImplementation(async (input, init) => {
      const req = input instanceof Request ? input : new Request(String(input), init);
      requests.push(req);
      const url = new URL(req.url);
      const key = `${req.method} ${url.pathname}`;
      if (key === 'GET /api/me')
        return json({
          id: 'u',
          fullName: 'Trần Văn Thành',
          roles: [{ role: 'chair', unitId: 'tong-ldld' }],
          delegated: [],
          capabilities: {
            'awardDecision.issue': ['tong-ldld'],
            'awardDecision.file': ['tong-ldld'],
            'councilSession.run': ['tong-ldld'],
          },
        });
      if (key === 'GET /api/units')
        return json({
          roots: [{ id: 'tong-ldld', code: 'TLD', name: 'Tổng Liên đoàn Lao động Việt Nam', level: 4, children: [] }],
        });
      const handler = routes[key];
      if (!handler) throw new Error(`unexpected ${key}`);
      return handler(req);
    });
  }

  it('starts the print run and follows it until every certificate can be downloaded as PDF or Word', async () => {
    let printed = 0;
    serve({
      [`GET /api/award-decisions/${DECISION}`]: () => {
        const v = view(printed);
        // Each look after the start finds another certificate printed.
        if (printed > 0 && printed < 4) printed++;
        return json(v);
      },
      [`POST /api/award-decisions/${DECISION}/certificates`]: () => (
        (printed = 1),
        json({ workflowId: 'w', progress: {} }, 202)
      ),
      [`GET /api/award-decisions/${DECISION}/documents/c3-pdf`]: () =>
        new Response('%PDF', {
          headers: {
            'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent('Bằng khen Triệu Thị Yến.pdf')}`,
          },
        }),
    });
    const names: string[] = [];
    Object.assign(URL, { createObjectURL: () => 'blob:x', revokeObjectURL: () => undefined });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    renderAt(<AwardDecisionPage />, `/award-decisions/${DECISION}`, '/award-decisions/:id');
    await screen.findByText('Quyết định số 1/QĐ-TLĐ');
    expect(screen.getByText('20/12/2026')).toBeTruthy();
    expect(screen.getByText('5.960.000 đ')).toBeTruthy();
    expect(screen.getByText('Đã in 0/4 bằng, giấy khen')).toBeTruthy();
    expect(screen.getAllByText('Chưa in')).toHaveLength(4);

    fireEvent.click(screen.getByRole('button', { name: 'In bằng, giấy khen' }));
    await screen.findByText('Đã in 4/4 bằng, giấy khen', undefined, { timeout: 30_000 });
    expect(screen.queryByText('Chưa in')).toBeNull();
    expect(screen.queryByRole('button', { name: /In bằng, giấy khen|Đang in/ })).toBeNull();
    const yen = screen.getByText('Triệu Thị Yến').closest('tr') as HTMLElement;
    expect(within(yen).getByText('Số vào sổ 4/BK')).toBeTruthy();
    fireEvent.click(within(yen).getByRole('button', { name: 'Tải bằng của Triệu Thị Yến (PDF)' }));
    await waitFor(() => expect(names).toEqual(['Bằng khen Triệu Thị Yến.pdf']));
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    click.mockRestore();
  }, 120_000);

  it('uploads the signed and stamped scan and links it to the decision, showing its checksum', async () => {
    const ATTACHMENT = '9c1d2e3f-4a5b-4c6d-8e7f-2026f0000001';
    const SHA = 'cd'.repeat(32);
    let linked = false;
    serve({
      [`GET /api/award-decisions/${DECISION}`]: () => json(view(4)),
      'POST /api/attachments': () =>
        json({ id: ATTACHMENT, sha256: SHA, sizeBytes: 8, fileName: 'QĐ 1-QĐ-TLĐ bản ký.pdf' }, 201),
      [`POST /api/award-decisions/${DECISION}/signed-copy`]: () => {
        linked = true;
        return json({
          ...view(4),
          signedCopies: [{ attachmentId: ATTACHMENT, sha256: SHA, fileName: 'QĐ 1-QĐ-TLĐ bản ký.pdf' }],
        });
      },
    });
    renderAt(<AwardDecisionPage />, `/award-decisions/${DECISION}`, '/award-decisions/:id');
    await screen.findByRole('button', { name: 'Tải lên bản ký, đóng dấu (bản quét)' });
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    const scan = new File(['%PDF-1.7'], 'QĐ 1-QĐ-TLĐ bản ký.pdf', { type: 'application/pdf' });
    fireEvent.change(input, { target: { files: [scan] } });
    await screen.findByText('Bản ký, đóng dấu: QĐ 1-QĐ-TLĐ bản ký.pdf');
    expect(linked).toBe(true);
    expect(screen.getByText(`SHA-256 ${SHA.slice(0, 12)}…`)).toBeTruthy();
    const upload = requests.find((r) => r.url.endsWith('/api/attachments'))!;
    expect(upload.headers.get('X-File-Name')).toBe(encodeURIComponent('QĐ 1-QĐ-TLĐ bản ký.pdf'));
    const link = requests.find((r) => r.url.endsWith('/signed-copy'))!;
    expect(await link.clone().json()).toEqual({ attachmentId: ATTACHMENT });
    expect(link.headers.get('Idempotency-Key')).toBeTruthy();
  }, 60_000);

  it('offers the nominations ready at the unit, issues over the chosen ones, and names those the server refuses', async () => {
    serve({
      'GET /api/award-decisions': () => json([]),
      'GET /api/award-decisions/ready-nominations': () =>
        json(
          people.slice(0, 2).map((nomineeName, i) => ({
            nominationId: `n${i + 1}`,
            nomineeName,
            nomineeKind: 'person',
            unitName: 'CĐCS Sở Nội vụ',
            awardCode: 'BK_TLD',
            awardName: 'Bằng khen',
          })),
        ),
      'POST /api/award-decisions': () =>
        json(
          {
            status: 422,
            code: 'AWARD_DECISION.NOT_READY',
            detail: 'Có 1 đề nghị chưa sẵn sàng để ban hành quyết định.',
            errors: [{ field: 'nominationIds[0]', message: 'Nông Thị Hoa: Đề nghị đã kết thúc (Đã khen thưởng).' }],
          },
          422,
        ),
    });
    renderAt(<AwardDecisionsPage />, '/award-decisions');
    fireEvent.click(await screen.findByRole('button', { name: 'Ban hành quyết định mới' }));
    await screen.findByText('Có 2 đề nghị chờ quyết định; đã chọn 0 vào phụ lục.');
    const asked = new URL(requests.find((r) => r.url.includes('ready-nominations'))!.url);
    expect(asked.searchParams.get('issuingUnitId')).toBe('tong-ldld');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Chọn Nông Thị Hoa' }));
    await screen.findByText('Có 2 đề nghị chờ quyết định; đã chọn 1 vào phụ lục.');
    for (const [label, value] of [
      ['Địa danh', 'Hà Nội'],
      ['Họ tên người ký', 'Trần Văn Thành'],
      ['Trích yếu', 'Về việc tặng Bằng khen năm 2026'],
      ['Xét đề nghị của', 'Xét đề nghị của Hội đồng Thi đua – Khen thưởng Tổng Liên đoàn,'],
      ['Hình thức khen thưởng', 'Bằng khen của Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam'],
      ['Lý do (thành tích)', 'đã có thành tích xuất sắc.'],
    ]) {
      fireEvent.change(screen.getByLabelText(label as string), { target: { value } });
    }
    fireEvent.click(screen.getByRole('button', { name: 'Ban hành quyết định (1 đề nghị)' }));
    await screen.findByText('Nông Thị Hoa: Đề nghị đã kết thúc (Đã khen thưởng).');
    const sent = (await requests
      .find((r) => r.method === 'POST')!
      .clone()
      .json()) as Record<string, unknown>;
    expect(sent).toMatchObject({
      issuingUnitId: 'tong-ldld',
      place: 'Hà Nội',
      signer: { capacity: 'TM. Đoàn Chủ tịch', title: 'Chủ tịch', name: 'Trần Văn Thành' },
      nominationIds: ['n1'],
    });
    expect(sent.legalBases).toHaveLength(2);
    expect(sent.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }, 120_000);

  it('builds the request: legal bases one a line, the date as yyyy-mm-dd, no symbol unless typed', () => {
    const body = issueRequest(
      { issuingUnitId: 'ldld-cb', date: dayjs('2026-12-20'), legalBases: ' Căn cứ A;\n\nCăn cứ B; ', symbol: ' ' },
      ['n1'],
    );
    expect(body).toMatchObject({ date: '2026-12-20', legalBases: ['Căn cứ A;', 'Căn cứ B;'], nominationIds: ['n1'] });
    expect(body).not.toHaveProperty('symbol');
  });
});
