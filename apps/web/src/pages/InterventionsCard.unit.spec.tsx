/** @jest-environment ./apps/web/src/testing/jsdom-environment.js */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { NominationForCaller } from '@vinhdanh/api';
import { installMatchMedia, installResizeObserver, renderAt } from '../testing/render';
import { InterventionsCard } from './InterventionsCard';

describe('InterventionsCard', () => {
  const fetchMock = jest.fn<Promise<Response>, [Request]>();
  beforeAll(() => {
    installMatchMedia();
    installResizeObserver();
    globalThis.fetch = fetchMock as unknown as typeof fetch;
    sessionStorage.setItem('vinhdanh.token', 'test-token');
  });
  const n = {
    id: 'nom-1',
    route: [
      { level: 1, unitId: 'cdcs' },
      { level: 2, unitId: 'ldld' },
    ],
    currentTask: { kind: 'review', level: 1, unitId: 'cdcs', taskSeq: 4 },
  } as unknown as NominationForCaller;

  function serve(capabilities: Record<string, unknown>, sent: { path: string; body: unknown }[] = []) {
    fetchMock.mockImplementation(async (req: Request) => {
      const path = new URL(req.url).pathname;
      if (req.method === 'POST') sent.push({ path, body: await req.json() });
      const body = path === '/api/me' ? { id: 'u-1', roles: [], capabilities } : {};
      return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
    });
  }

  it('reminds with a reason, where the server says the user may intervene on the route', async () => {
    const sent: { path: string; body: unknown }[] = [];
    serve({ 'nomination.intervene': ['ldld'] }, sent);
    renderAt(<InterventionsCard n={n} />, '/nominations/nom-1');
    fireEvent.click(await screen.findByText('Can thiệp của quản trị viên'));
    fireEvent.click(await screen.findByRole('button', { name: 'Nhắc xử lý' }));
    await screen.findByText('Cần ghi lý do.');
    fireEvent.change(screen.getByLabelText('Lý do can thiệp'), { target: { value: 'Sắp họp Hội đồng.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Nhắc xử lý' }));
    await waitFor(() =>
      expect(sent).toEqual([
        { path: '/api/admin/nominations/nom-1/reminder', body: { reason: 'Sắp họp Hội đồng.', taskSeq: 4 } },
      ]),
    );
  });

  it('shows nothing to whom may not intervene there', async () => {
    serve({ 'nomination.intervene': ['elsewhere'] });
    renderAt(<InterventionsCard n={n} />, '/nominations/nom-1');
    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByText('Can thiệp của quản trị viên')).toBeNull();
  });
});
