/** @jest-environment ./apps/web/src/testing/jsdom-environment.js */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { installMatchMedia, installResizeObserver, renderAt } from '../testing/render';
import { paramsOfView, SavedViews } from './SavedViews';

describe('SavedViews', () => {
  const fetchMock = jest.fn<Promise<Response>, [Request]>();
  beforeAll(() => {
    installMatchMedia();
    installResizeObserver();
    globalThis.fetch = fetchMock as unknown as typeof fetch;
  });

  it('turns a view into the inbox address: its filter, its sort, its id', () => {
    expect(
      paramsOfView({
        id: 'v-1',
        filter: { holder: 'me', overdue: true, kind: undefined },
        sort: { by: 'dueAt', direction: 'asc' },
      }),
    ).toEqual({ view: 'v-1', holder: 'me', overdue: 'true', sort: 'due' });
    expect(paramsOfView({ id: 'v-2', filter: {}, sort: { by: 'openedAt', direction: 'asc' } })).toEqual({
      view: 'v-2',
    });
  });

  it('saves the current filter under a name and picks the new view', async () => {
    const saved: unknown[] = [];
    fetchMock.mockImplementation(async (req: Request) => {
      if (req.method === 'POST') saved.push(await req.json());
      const body =
        req.method === 'POST'
          ? { id: 'v-9', filter: { holder: 'me' }, sort: { by: 'dueAt', direction: 'asc' } }
          : { mine: [], sharedWithMe: [] };
      return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
    });
    const picked: Record<string, string>[] = [];
    renderAt(<SavedViews filters={{ holder: 'me' }} viewId={undefined} onPick={(p) => picked.push(p)} />, '/inbox');
    fireEvent.change(screen.getByLabelText('Tên bộ lọc mới'), { target: { value: 'Hồ sơ tôi đang xử lý' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu bộ lọc hiện tại' }));
    await waitFor(() => expect(picked).toEqual([{ view: 'v-9', holder: 'me', sort: 'due' }]));
    expect(saved).toEqual([
      {
        target: 'inbox',
        name: 'Hồ sơ tôi đang xử lý',
        filter: { holder: 'me' },
        sort: { by: 'dueAt', direction: 'asc' },
      },
    ]);
  });
});
