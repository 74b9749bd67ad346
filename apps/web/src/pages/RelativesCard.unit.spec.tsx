/** @jest-environment ./apps/web/src/testing/jsdom-environment.js */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { installMatchMedia, installResizeObserver, renderAt } from '../testing/render';
import { RelativesCard } from './RelativesCard';

describe('RelativesCard', () => {
  const fetchMock = jest.fn<Promise<Response>, [Request]>();
  beforeAll(() => {
    installMatchMedia();
    installResizeObserver();
    globalThis.fetch = fetchMock as unknown as typeof fetch;
  });

  it('asks for all three fields, then declares the relative', async () => {
    const declared: unknown[] = [];
    fetchMock.mockImplementation(async (req: Request) => {
      if (req.method === 'POST') declared.push(await req.json());
      const body = req.method === 'POST' ? { id: 'r-1' } : [];
      return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
    });
    renderAt(<RelativesCard />, '/delegations');
    await screen.findByText('Chưa kê khai người thân nào.');
    fireEvent.click(screen.getByRole('button', { name: 'Kê khai' }));
    expect(await screen.findAllByText('Cần nhập.')).toHaveLength(3);
    fireEvent.change(screen.getByLabelText('Mã định danh (số CCCD hoặc mã đoàn viên)'), {
      target: { value: ' DV-0100-2231 ' },
    });
    fireEvent.change(screen.getByLabelText('Họ và tên'), { target: { value: 'Nông Thị Lan' } });
    fireEvent.change(screen.getByLabelText('Quan hệ'), { target: { value: 'em gái' } });
    fireEvent.click(screen.getByRole('button', { name: 'Kê khai' }));
    await waitFor(() =>
      expect(declared).toEqual([{ personKey: 'DV-0100-2231', fullName: 'Nông Thị Lan', relation: 'em gái' }]),
    );
  });
});
