/** @jest-environment ./apps/web/src/testing/jsdom-environment.js */
import { configure, fireEvent, screen, within } from '@testing-library/react';
import { ApiError, saveToken } from '../api/client';
import { sheetProblems } from '../lib/batch-import';
import { installMatchMedia, installResizeObserver, renderAt } from '../testing/render';
import { BatchImportPage } from './BatchImportPage';

const BATCH = '7d0c2f9e-3b1a-4c55-8e21-2026b0000002';
const CAMPAIGN = '0b6f3a52-7c1e-4c43-9a55-2026a0000001';
const SHA = 'ab'.repeat(32);

// antd forms in jsdom are slow on a shared machine: wait generously for what should appear.
configure({ asyncUtilTimeout: 10_000 });

type Handler = (req: Request) => Promise<Response> | Response;

describe('BatchImportPage', () => {
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
  const base: Record<string, Handler> = {
    'GET /api/me': () =>
      json({
        id: 'u1',
        fullName: 'Hoàng Thị Hạnh',
        roles: [{ role: 'nominator', unitId: 'cdcs-snv' }],
        delegated: [],
        capabilities: { 'batch.submit': ['cdcs-snv'] },
      }),
    'GET /api/units': () =>
      json({ roots: [{ id: 'cdcs-snv', code: 'SNV', name: 'Công đoàn cơ sở Sở Nội vụ', level: 1, children: [] }] }),
    'GET /api/campaigns': () =>
      json({ items: [{ id: CAMPAIGN, name: 'Giỏi việc nước 2026', ruleSetVersion: '2025.1', awardCodes: ['GK'] }] }),
    'POST /api/attachments': () =>
      json({ id: '3c9d5a10-1111-4a2b-8c3d-2026f0000001', sha256: SHA, sizeBytes: 2048, fileName: 'to-trinh.pdf' }, 201),
  };
  function serve(imports: Handler[]) {
    fetchMock.mockImplementation(async (input, init) => {
      const req = input instanceof Request ? input : new Request(String(input), init);
      requests.push(req);
      const url = new URL(req.url);
      const key = `${req.method} ${url.pathname}`;
      if (key === 'POST /api/submission-batches/import') {
        const next = imports.shift();
        if (!next) throw new Error('one import request too many');
        return next(req);
      }
      const handler = base[key];
      if (!handler) throw new Error(`unexpected ${key}`);
      return handler(req);
    });
  }
  const invalidRows = () =>
    json(
      {
        status: 400,
        code: 'REQUEST.INVALID_ROWS',
        detail: 'Tệp có 2 lỗi; không dòng nào được nhập.',
        errors: [
          {
            field: 'rows[3].Năm sinh',
            rule: 'number-format',
            message: 'Dòng 3, cột "Năm sinh": "12-03-26" không phải là số',
          },
          {
            field: 'rows[4].Giới tính',
            rule: 'choice',
            message: 'Dòng 4, cột "Giới tính": "không rõ" không hợp lệ; ghi "Nam" hoặc "Nữ"',
          },
        ],
      },
      400,
    );
  const preview = () =>
    json({
      dryRun: true,
      rows: 1,
      nominees: [{ row: 2, nomineeName: 'Hoàng Văn Sơn', nomineeKind: 'person', awardName: 'Giấy khen' }],
      skipped: [
        { row: 3, column: 'Năm sinh', rule: 'number-format', message: '"12-03-26" không phải là số' },
        { row: 4, column: 'Giới tính', rule: 'choice', message: '"không rõ" không hợp lệ; ghi "Nam" hoặc "Nữ"' },
      ],
      summary: 'Sẽ gửi đề nghị gồm 1 hồ sơ (1 cá nhân, 0 tập thể), bỏ qua 2 dòng có lỗi; chưa ghi gì.',
    });

  it('checks the uploaded list, names each bad row and column, and creates the đề nghị only after a clean dry run', async () => {
    serve([invalidRows, preview, () => json({ id: BATCH })]);
    renderAt(<BatchImportPage />, '/submission-batches/import');
    await screen.findByText('Công đoàn cơ sở Sở Nội vụ');
    fireEvent.mouseDown(screen.getByLabelText('Đợt thi đua'));
    fireEvent.click(await screen.findByText('Giỏi việc nước 2026'));
    fireEvent.change(screen.getByLabelText('Số tờ trình'), { target: { value: ' 16/TTr-CĐCS ' } });
    const toTrinh = screen
      .getByRole('button', { name: 'Chọn tệp: tờ trình' })
      .closest('span')!
      .querySelector('input[type=file]')!;
    fireEvent.change(toTrinh, {
      target: { files: [new File(['%PDF-1.7'], 'to-trinh.pdf', { type: 'application/pdf' })] },
    });
    await screen.findByText('to-trinh.pdf');
    const check = screen.getByRole('button', { name: 'Kiểm tra (chạy thử)' });
    expect(check.hasAttribute('disabled')).toBe(true);
    const list = screen
      .getByRole('button', { name: 'Chọn tệp danh sách (.xlsx)' })
      .closest('span')!
      .querySelector('input[type=file]')!;
    fireEvent.change(list, { target: { files: [new File(['PK'], 'danh-sach.xlsx')] } });
    await screen.findByText('danh-sach.xlsx');

    // First check: refused, every bad cell in the table by row, column and rule in words.
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra (chạy thử)' }));
    await screen.findByText('Tệp có lỗi; chưa có gì được ghi.');
    const bad = screen.getByText('"12-03-26" không phải là số').closest('tr') as HTMLElement;
    expect(within(bad).getByText('3')).toBeTruthy();
    expect(within(bad).getByText('Năm sinh')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Tạo đề nghị' }).hasAttribute('disabled')).toBe(true);
    const first = new URL(requests.find((r) => r.url.includes('/import'))!.url);
    expect(Object.fromEntries(first.searchParams)).toEqual({
      submittingUnitId: 'cdcs-snv',
      campaignId: CAMPAIGN,
      submissionLetterNumber: '16/TTr-CĐCS',
      toTrinhId: '3c9d5a10-1111-4a2b-8c3d-2026f0000001',
      dryRun: 'true',
      skipInvalidRows: 'false',
    });

    // The user chooses to leave the bad rows out: the dry run shows what would be created and skipped.
    fireEvent.click(screen.getByRole('checkbox', { name: /Bỏ qua các dòng có lỗi/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra (chạy thử)' }));
    await screen.findByText('Sẽ gửi đề nghị gồm 1 hồ sơ (1 cá nhân, 0 tập thể), bỏ qua 2 dòng có lỗi; chưa ghi gì.');
    expect(screen.getByText('Hoàng Văn Sơn')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Các dòng sẽ bỏ qua' })).toBeTruthy();
    expect(screen.getByText('"không rõ" không hợp lệ; ghi "Nam" hoặc "Nữ"')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Tạo đề nghị' }));
    await screen.findByTestId('landed');
    const imports = requests.filter((r) => r.url.includes('/import'));
    expect(imports).toHaveLength(3);
    const created = new URL(imports[2]!.url).searchParams;
    expect([created.get('dryRun'), created.get('skipInvalidRows')]).toEqual(['false', 'true']);
    expect(imports[2]!.headers.get('Content-Type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(imports[2]!.headers.get('Authorization')).toBe('Bearer test-token');
  }, 180_000);

  it('reads a refusal into rows and columns; a query field gets its Vietnamese name', () => {
    const err = new ApiError(400, {
      errors: [
        { field: 'rows[6].Mã đơn vị (tập thể)', message: 'Dòng 6, cột "Mã đơn vị (tập thể)": không có đơn vị mã "X"' },
        { field: 'submissionLetterNumber', message: 'submissionLetterNumber (số tờ trình) không được để trống.' },
      ],
    });
    expect(sheetProblems(err)).toEqual([
      { row: 6, column: 'Mã đơn vị (tập thể)', message: 'không có đơn vị mã "X"' },
      { row: null, column: 'Số tờ trình', message: 'submissionLetterNumber (số tờ trình) không được để trống.' },
    ]);
    expect(sheetProblems(new Error('mạng'))).toEqual([]);
  });
});
