/** @jest-environment ./apps/web/src/testing/jsdom-environment.js */
import { screen } from '@testing-library/react';
import type { NominationForCaller, TaskAction } from '@vinhdanh/api';
import { installMatchMedia, installResizeObserver, renderAt } from '../testing/render';
import { holderText, TaskSection } from './TaskSection';

// The task section offers what the API's taskActions lists, and says who holds the task.
describe('TaskSection', () => {
  const fetchMock = jest.fn<Promise<Response>, [Request]>();
  beforeAll(() => {
    installMatchMedia();
    installResizeObserver();
    globalThis.fetch = fetchMock as unknown as typeof fetch;
    // Signed in: the user (and their capabilities) is only asked for with a session.
    sessionStorage.setItem('vinhdanh.token', 'test-token');
  });
  beforeEach(() => {
    fetchMock.mockReset();
    fetchMock.mockImplementation(async (req: Request) => {
      const { pathname } = new URL(req.url);
      const body =
        pathname === '/api/me'
          ? { id: 'u-me', fullName: 'Nguyễn Thị Thu Hằng', roles: [], capabilities: {} }
          : pathname === '/api/directory/people'
            ? { items: [] }
            : null;
      if (body === null) throw new Error(`unexpected ${pathname}`);
      return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
    });
  });

  const nomination = (taskActions: TaskAction[], extra: Partial<NominationForCaller> = {}) =>
    ({
      id: 'nom-1',
      currentTask: { kind: 'review', level: 1, unitId: 'cdcs', taskSeq: 2, openedAt: '2026-06-15T02:00:00.000Z' },
      taskHolder: null,
      recusals: [],
      taskActions,
      ...extra,
    }) as unknown as NominationForCaller;

  it('says who holds the task, since when and who assigned it', () => {
    expect(holderText(null, 'u-me')).toBe('Chưa ai nhận');
    const since = '2026-06-15T02:30:00.000Z';
    expect(holderText({ userId: 'u-me', name: 'Nguyễn Thị Thu Hằng', since }, 'u-me')).toBe(
      'Nguyễn Thị Thu Hằng (Tôi), nhận từ 15/06/2026 09:30',
    );
    expect(
      holderText(
        {
          userId: 'u-2',
          name: 'Kiều Văn Toàn',
          since,
          assignedBy: { userId: 'u-me', name: 'Nguyễn Thị Thu Hằng', unitId: 'cdcs' },
        },
        'u-me',
      ),
    ).toBe('Kiều Văn Toàn, nhận từ 15/06/2026 09:30 · do Nguyễn Thị Thu Hằng giao');
  });

  it('offers claim, assignment and recusal when they are listed', async () => {
    renderAt(<TaskSection n={nomination(['claim', 'assign', 'recuse'])} />, '/nominations/nom-1');
    await screen.findByRole('button', { name: 'Nhận xử lý' });
    expect(screen.getByRole('button', { name: 'Giao việc' })).toBeTruthy();
    expect(screen.getByText('Tự rút do xung đột lợi ích')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Trả việc về đơn vị' })).toBeNull();
  });

  it('offers only the release to the holder when that is all that is listed', async () => {
    renderAt(<TaskSection n={nomination(['release'])} />, '/nominations/nom-1');
    await screen.findByRole('button', { name: 'Trả việc về đơn vị' });
    expect(screen.queryByRole('button', { name: 'Nhận xử lý' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Giao việc' })).toBeNull();
  });

  it('says the caller recused and offers nothing', async () => {
    const recusals = [
      { userId: 'u-me', name: 'Nguyễn Thị Thu Hằng', unitId: 'cdcs', at: '2026-06-15T03:00:00.000Z', reason: 'Em họ.' },
    ];
    renderAt(<TaskSection n={nomination([], { recusals })} />, '/nominations/nom-1');
    await screen.findByText('Bạn đã tự rút khỏi hồ sơ này lúc 15/06/2026 10:00: Em họ.');
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });
});
