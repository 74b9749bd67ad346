/** @jest-environment ./apps/web/src/testing/jsdom-environment.js */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { installMatchMedia, installResizeObserver, renderAt } from '../testing/render';
import { ClaimButton, LateArrivalMark } from './InboxRowParts';

describe('inbox row parts', () => {
  const fetchMock = jest.fn<Promise<Response>, [Request]>();
  beforeAll(() => {
    installMatchMedia();
    installResizeObserver();
    globalThis.fetch = fetchMock as unknown as typeof fetch;
  });
  beforeEach(() => fetchMock.mockReset());

  it('marks a late arrival with the cut-off in Vietnam time and who sent it', () => {
    const late = {
      cutOffAt: '2026-06-11T10:00:00.000Z',
      sender: { unitId: 'cd-vc', unitName: 'Công đoàn Viên chức tỉnh Cao Bằng', name: 'Bế Văn Hùng' },
      label: { vi: 'Nộp muộn', en: 'Submitted after the cut-off' },
    };
    const { container } = renderAt(<LateArrivalMark late={late} />, '/inbox');
    expect(container.querySelector('[data-late-arrival]')?.textContent).toBe(
      'Nộp muộnSau hạn 11/06/2026 17:00; gửi từ Công đoàn Viên chức tỉnh Cao Bằng (Bế Văn Hùng)',
    );
  });

  it('claims the row’s task with its number, under one idempotency key', async () => {
    const sent: { path: string; body: unknown; key: string | null }[] = [];
    fetchMock.mockImplementation(async (req: Request) => {
      sent.push({ path: new URL(req.url).pathname, body: await req.json(), key: req.headers.get('Idempotency-Key') });
      return new Response('{}', { status: 200, headers: { 'Content-Type': 'application/json' } });
    });
    renderAt(<ClaimButton task={{ nominationId: 'nom-1', nomineeName: 'Hà Thị Nhận Việc', taskSeq: 3 }} />, '/inbox');
    fireEvent.click(screen.getByRole('button', { name: 'Nhận xử lý hồ sơ của Hà Thị Nhận Việc' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ path: '/api/nominations/nom-1/claim', body: { taskSeq: 3 } });
    expect(sent[0]?.key).toMatch(/^[0-9a-f-]{36}$/);
  });
});
