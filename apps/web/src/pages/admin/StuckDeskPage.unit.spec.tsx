/** @jest-environment ./apps/web/src/testing/jsdom-environment.js */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { installMatchMedia, installResizeObserver, renderAt } from '../../testing/render';
import { StuckDeskPage } from './StuckDeskPage';

const row = (name: string, extra: Record<string, unknown>) => ({
  nominationId: `id-${name.split(' ').at(-1)?.toLowerCase()}`,
  nomineeName: name,
  awardCode: 'BK_TINH',
  campaignId: 'c',
  status: 'FORWARDED',
  level: 3,
  unitId: 'ldld-cao-bang',
  unitName: 'Liên đoàn Lao động tỉnh Cao Bằng',
  taskKind: 'review',
  taskSeq: 2,
  step: null,
  openedAt: '2026-10-28T02:00:00.000Z',
  dueAt: '2026-11-10T10:00:00.000Z',
  lastEventAt: '2026-11-18T02:00:00.000Z',
  daysWaiting: 23,
  reasons: ['overdue'],
  daysLate: 9,
  daysIdle: null,
  heldSince: null,
  failure: null,
  allowedActions: ['open', 'extend'],
  ...extra,
});

describe('StuckDeskPage', () => {
  const fetchMock = jest.fn<Promise<Response>, [Request]>();
  const posted: unknown[] = [];
  beforeAll(() => {
    installMatchMedia();
    installResizeObserver();
    globalThis.fetch = fetchMock as unknown as typeof fetch;
  });
  const json = (body: unknown) =>
    new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
  beforeEach(() => {
    posted.length = 0;
    fetchMock.mockReset();
    fetchMock.mockImplementation(async (req: Request) => {
      const url = new URL(req.url);
      if (url.pathname === '/api/directory/labels') {
        return json({
          awards: { BK_TINH: { vi: 'Bằng khen của LĐLĐ tỉnh', en: '' } },
          levels: { 3: { vi: 'LĐLĐ tỉnh, thành phố', en: '' } },
          stuckReasons: { overdue: { vi: 'Quá hạn', en: '' }, no_assignee: { vi: 'Không có người xử lý', en: '' } },
          procedureSteps: {},
          taskKinds: { review: { vi: 'Xét duyệt', en: '' } },
        });
      }
      if (url.pathname === '/api/admin/stuck') {
        return json({
          items: [
            row('Nguyễn Văn Mở', {}),
            row('Trần Thị Ngoài', { allowedActions: [], reasons: ['no_assignee'], daysLate: null, dueAt: null }),
          ],
          failing: [],
          nextCursor: null,
          asOf: '2026-11-20T03:00:00.000Z',
        });
      }
      if (url.pathname === '/api/admin/stuck/aging') {
        return json({
          asOf: '2026-11-20T03:00:00.000Z',
          items: [
            {
              level: 3,
              unitId: 'ldld-cao-bang',
              unitName: 'Liên đoàn Lao động tỉnh Cao Bằng',
              total: 4,
              overdue: 1,
              buckets: { upTo5: 1, d6to10: 0, d11to20: 1, over20: 2 },
            },
          ],
        });
      }
      if (url.pathname === '/api/admin/interventions/bulk') {
        const body = await req.json();
        posted.push(body);
        return json({
          dryRun: true,
          action: body.action,
          count: 2,
          nominationIds: ['id-a', 'id-b'],
          items: [
            {
              nominationId: 'id-a',
              nomineeName: 'Lê Văn A',
              awardCode: 'GK',
              unitName: 'Công đoàn xã Đan Phượng',
              level: 1,
            },
            {
              nominationId: 'id-b',
              nomineeName: 'Phạm Thị B',
              awardCode: 'GK',
              unitName: 'Công đoàn xã Đan Phượng',
              level: 1,
            },
          ],
          truncated: false,
          selectionToken: 't',
          expiresAt: '2026-11-20T03:10:00.000Z',
        });
      }
      throw new Error(`unexpected ${url.pathname}`);
    });
  });

  it('offers on each row only what the API allows, says lateness in words, and colours the aging bar by it', async () => {
    renderAt(<StuckDeskPage />, '/admin/desk');
    const allowed = (await screen.findByText('Nguyễn Văn Mở')).closest('tr') as HTMLElement;
    expect(within(allowed).getByRole('link', { name: 'Nguyễn Văn Mở' }).getAttribute('href')).toBe(
      '/nominations/id-mở',
    );
    expect(within(allowed).getByRole('button', { name: 'Gia hạn hồ sơ của Nguyễn Văn Mở' })).toBeTruthy();
    expect(
      within(allowed)
        .getByText('đã chờ 23 ngày, quá hạn 9 ngày')
        .closest('[data-lateness]')
        ?.getAttribute('data-lateness'),
    ).toBe('late');

    const refused = screen.getByText('Trần Thị Ngoài').closest('tr') as HTMLElement;
    expect(within(refused).queryByRole('link')).toBeNull();
    expect(within(refused).queryByRole('button')).toBeNull();
    expect(within(refused).getByText('Ngoài quyền của bạn')).toBeTruthy();
    expect(within(refused).getByText('Không có người xử lý')).toBeTruthy();

    const bar = await screen.findByRole('img', { name: /4 việc đang chờ, 1 quá hạn/ });
    expect(bar.querySelector('.aging-late')).not.toBeNull();
    expect(bar.querySelector('.aging-on-time')).not.toBeNull();
    expect(screen.queryByText(/ldld-cao-bang|BK_TINH|overdue/)).toBeNull();
  });

  it('previews a bulk intervention by the names it would touch', async () => {
    renderAt(<StuckDeskPage />, '/admin/desk?reason=no_assignee');
    await screen.findByText('Nguyễn Văn Mở');
    fireEvent.change(screen.getByLabelText('Lý do', { selector: 'textarea' }), {
      target: { value: 'Đơn vị chưa có người xét duyệt.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Xem trước' }));
    await screen.findByText('Lê Văn A · Công đoàn xã Đan Phượng');
    expect(screen.getByText('Phạm Thị B · Công đoàn xã Đan Phượng')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Nhắc việc 2 hồ sơ này' })).toBeTruthy();
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toMatchObject({ dryRun: true, action: 'remind', filter: { reason: 'no_assignee' } });
  });
});
