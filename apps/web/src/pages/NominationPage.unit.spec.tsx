/** @jest-environment ./apps/web/src/testing/jsdom-environment.js */
import { screen } from '@testing-library/react';
import type { NominationAction, TaskAction } from '@vinhdanh/api';
import { installMatchMedia, installResizeObserver, renderAt } from '../testing/render';
import { NominationPage } from './NominationPage';

// The page offers what the API's allowedActions and taskActions list, and nothing it derives from the
// user's roles: the stand-in API's user holds every role at the unit, and no capability.
describe('NominationPage', () => {
  const fetchMock = jest.fn<Promise<Response>, [Request]>();
  beforeAll(() => {
    installMatchMedia();
    installResizeObserver();
    globalThis.fetch = fetchMock as unknown as typeof fetch;
    // Signed in, so the page could ask who the user is: it must still offer only what the API lists.
    sessionStorage.setItem('vinhdanh.token', 'test-token');
  });
  beforeEach(() => fetchMock.mockReset());

  const json = (body: unknown) =>
    new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
  const nomination = (allowedActions: NominationAction[], level = 1) => ({
    id: 'nom-1',
    status: 'AWAITING_INTAKE',
    statusLabel: { vi: 'Chờ tiếp nhận', en: 'Awaiting intake' },
    awardCode: 'BK_TLD',
    campaignId: 'c-1',
    nominatingUnitId: 'cdcs-bvdk-dan-phuong',
    nominee: { name: 'Nguyễn Thị Lan' },
    submittedAt: '2026-06-15T02:00:00.000Z',
    decisionNumber: null,
    dossier: {
      nominee: { kind: 'person', position: 'Điều dưỡng' },
      achievements: 'Hoàn thành xuất sắc.',
      attachments: [],
    },
    route: [
      { level: 1, unitId: 'cdcs-bvdk-dan-phuong', unitName: 'CĐCS BVĐK Đan Phượng', state: 'current' },
      { level: 2, unitId: 'ldld-dan-phuong', unitName: 'LĐLĐ huyện Đan Phượng', state: 'pending' },
    ],
    currentTask: { kind: 'review', level, unitId: 'cdcs-bvdk-dan-phuong', taskSeq: 1 },
    procedure: null,
    history: [],
    allowedActions,
    taskActions: [] as TaskAction[],
    taskHolder: null,
    recusals: [],
  });

  function serve(body: unknown) {
    fetchMock.mockImplementation(async (req: Request) => {
      const { pathname } = new URL(req.url);
      if (pathname === '/api/nominations/nom-1') return json(body);
      if (pathname === '/api/campaigns') return json({ items: [] });
      if (pathname === '/api/units') return json({ roots: [] });
      if (pathname === '/api/me')
        return json({
          id: 'u-1',
          fullName: 'Nguyễn Văn An',
          roles: ['nominator', 'reviewer', 'chair', 'unit_admin'].map((role) => ({
            role,
            unitId: 'cdcs-bvdk-dan-phuong',
          })),
          capabilities: {},
        });
      if (pathname === '/api/directory/labels')
        return json({ awards: {}, levels: {}, events: {}, attachmentKinds: {} });
      throw new Error(`unexpected ${pathname}`);
    });
  }

  it('offers only the decisions listed (no approval when it is not)', async () => {
    serve(nomination(['return', 'reject']));
    renderAt(<NominationPage />, '/nominations/nom-1', '/nominations/:id');
    await screen.findByRole('button', { name: 'Gửi quyết định' });
    expect(screen.getByRole('radio', { name: 'Trả lại để bổ sung' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Không đạt' })).toBeTruthy();
    expect(screen.queryByRole('radio', { name: 'Đồng ý, chuyển cấp trên' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Rút hồ sơ' })).toBeNull();
  });

  it('offers the withdrawal to whom it is listed for, and no decision', async () => {
    serve(nomination(['withdraw']));
    renderAt(<NominationPage />, '/nominations/nom-1', '/nominations/:id');
    await screen.findByRole('button', { name: 'Rút hồ sơ' });
    expect(screen.queryByRole('button', { name: 'Gửi quyết định' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Gửi lại hồ sơ' })).toBeNull();
  });

  it('offers nothing when nothing is listed', async () => {
    serve(nomination([]));
    renderAt(<NominationPage />, '/nominations/nom-1', '/nominations/:id');
    await screen.findByRole('heading', { name: 'Nguyễn Thị Lan', level: 1 });
    expect(screen.queryByRole('button', { name: 'Gửi quyết định' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Rút hồ sơ' })).toBeNull();
    // No task command either, and no quota read the server's capabilities do not grant.
    expect(screen.queryByRole('button', { name: 'Nhận xử lý' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Giao việc' })).toBeNull();
    expect(fetchMock.mock.calls.some(([r]) => new URL(r.url).pathname === '/api/quotas/usage')).toBe(false);
  });
});
