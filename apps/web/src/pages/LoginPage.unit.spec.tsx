/** @jest-environment ./apps/web/src/testing/jsdom-environment.js */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { token } from '../api/client';
import { installMatchMedia, renderAt } from '../testing/render';
import { LoginPage, safeNext } from './LoginPage';

describe('LoginPage', () => {
  const fetchMock = jest.fn<Promise<Response>, [Request]>();
  beforeAll(() => {
    installMatchMedia();
    globalThis.fetch = fetchMock as unknown as typeof fetch;
  });
  beforeEach(() => {
    fetchMock.mockReset();
    sessionStorage.clear();
  });

  const json = (status: number, body: unknown, type = 'application/json') =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });

  it('labels its fields and marks what is missing before sending anything', async () => {
    renderAt(<LoginPage />, '/login');
    const username = screen.getByLabelText('Tên đăng nhập');
    expect(screen.getByLabelText('Mật khẩu')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    await waitFor(() => expect(username.getAttribute('aria-invalid')).toBe('true'));
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows the server’s Vietnamese refusal and clears the password', async () => {
    fetchMock.mockResolvedValueOnce(
      json(
        401,
        { code: 'AUTH.INVALID_CREDENTIALS', detail: 'Tên đăng nhập hoặc mật khẩu không đúng.', detail_en: 'Wrong' },
        'application/problem+json',
      ),
    );
    renderAt(<LoginPage />, '/login');
    fireEvent.change(screen.getByLabelText('Tên đăng nhập'), { target: { value: 'bvdp.chair' } });
    fireEvent.change(screen.getByLabelText('Mật khẩu'), { target: { value: 'sai' } });
    fireEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    await screen.findByText('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(screen.queryByText(/AUTH\./)).toBeNull();
    await waitFor(() => expect((screen.getByLabelText('Mật khẩu') as HTMLInputElement).value).toBe(''));
    const sent = fetchMock.mock.calls[0]![0];
    expect(new URL(sent.url).pathname).toBe('/api/auth/login');
    expect(await sent.clone().json()).toEqual({ username: 'bvdp.chair', password: 'sai' });
  });

  it('keeps the token and goes to the page asked for', async () => {
    fetchMock.mockResolvedValueOnce(json(200, { accessToken: 'tok-123' }));
    renderAt(<LoginPage />, '/login?next=%2Finbox');
    fireEvent.change(screen.getByLabelText('Tên đăng nhập'), { target: { value: ' bvdp.chair ' } });
    fireEvent.change(screen.getByLabelText('Mật khẩu'), { target: { value: 'vinhdanh@2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    await screen.findByTestId('landed');
    expect(token()).toBe('tok-123');
  });

  it('never sends the user to another site after logging in', () => {
    expect(safeNext('/inbox?kind=review')).toBe('/inbox?kind=review');
    expect(safeNext('//evil.example/')).toBe('/');
    expect(safeNext('https://evil.example/')).toBe('/');
    expect(safeNext('/login')).toBe('/');
    expect(safeNext(null)).toBe('/');
  });
});
