/** @jest-environment ./apps/web/src/testing/jsdom-environment.js */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { installMatchMedia, installResizeObserver, renderAt } from '../testing/render';
import { bellLabel, NotificationBell } from './NotificationBell';

describe('NotificationBell', () => {
  const fetchMock = jest.fn<Promise<Response>, [Request]>();
  beforeAll(() => {
    installMatchMedia();
    installResizeObserver();
    globalThis.fetch = fetchMock as unknown as typeof fetch;
  });
  beforeEach(() => fetchMock.mockReset());
  const json = (body: unknown, status = 200) =>
    new Response(status === 204 ? null : JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json' },
    });
  const item = (id: string, title: string, readAt: string | null) => ({
    id,
    nominationId: `nom-${id}`,
    kind: 'task_opened',
    titleVi: title,
    titleEn: 'New task',
    bodyVi: 'Hồ sơ của Lê Thị Thông Báo chờ bạn xét duyệt.',
    bodyEn: '',
    createdAt: '2026-06-15T02:00:00.000Z',
    readAt,
  });

  it('names the unread count, so it is heard without opening', () => {
    expect(bellLabel(0)).toBe('Thông báo');
    expect(bellLabel(3)).toBe('Thông báo: 3 chưa đọc');
  });

  it('lists the notifications with links to their nominations and marks one read', async () => {
    const posted: string[] = [];
    fetchMock.mockImplementation(async (req: Request) => {
      const { pathname } = new URL(req.url);
      if (req.method === 'POST') {
        posted.push(pathname);
        return json(null, 204);
      }
      if (pathname === '/api/notifications')
        return json({
          items: [item('n1', 'Việc mới', null), item('n2', 'Nhắc hạn', '2026-06-15T03:00:00.000Z')],
          unreadCount: 1,
        });
      throw new Error(`unexpected ${pathname}`);
    });
    renderAt(<NotificationBell />, '/inbox');
    fireEvent.click(await screen.findByRole('button', { name: 'Thông báo: 1 chưa đọc' }));
    const region = await screen.findByRole('region', { name: 'Thông báo' });
    const links = region.querySelectorAll('a.notif-link');
    expect([...links].map((a) => a.getAttribute('href'))).toEqual(['/nominations/nom-n1', '/nominations/nom-n2']);
    expect(region.querySelectorAll('li.notif.unread')).toHaveLength(1);
    // Only the unread one can be marked; "all read" is offered while any is unread.
    expect(screen.queryByRole('button', { name: 'Đánh dấu đã đọc: Nhắc hạn' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Đánh dấu đã đọc: Việc mới' }));
    await waitFor(() => expect(posted).toEqual(['/api/notifications/n1/read']));
    expect(screen.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' })).toBeTruthy();
  });
});
