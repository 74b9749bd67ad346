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

  it('asks for a new password first when an administrator set the password, and says why a new one is refused', async () => {
    fetchMock
      .mockResolvedValueOnce(
        json(200, { accessToken: 'tok-first', refreshToken: 'ref-first', mustChangePassword: true }),
      )
      .mockResolvedValueOnce(
        json(
          400,
          {
            code: 'VALIDATION.FAILED',
            detail: 'Dữ liệu không hợp lệ.',
            errors: [{ field: 'newPassword', message: 'Mật khẩu quá phổ biến, dễ bị đoán.' }],
          },
          'application/problem+json',
        ),
      )
      .mockResolvedValueOnce(json(200, { accessToken: 'tok-new', refreshToken: 'ref-new', mustChangePassword: false }));
    renderAt(<LoginPage />, '/login?next=%2Finbox');
    fireEvent.change(screen.getByLabelText('Tên đăng nhập'), { target: { value: 'nguoi.moi' } });
    fireEvent.change(screen.getByLabelText('Mật khẩu'), { target: { value: 'Mat-khau-tam-1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));

    await screen.findByRole('heading', { name: 'Đổi mật khẩu' });
    expect(screen.queryByTestId('landed')).toBeNull();
    // Two different entries are refused here, before anything is sent.
    fireEvent.change(screen.getByLabelText('Mật khẩu mới'), { target: { value: 'password123' } });
    fireEvent.change(screen.getByLabelText('Nhập lại mật khẩu mới'), { target: { value: 'password124' } });
    fireEvent.click(screen.getByRole('button', { name: 'Đổi mật khẩu và tiếp tục' }));
    await screen.findByText('Hai lần nhập mật khẩu mới không khớp.');
    expect(fetchMock).toHaveBeenCalledTimes(1);

    fireEvent.change(screen.getByLabelText('Nhập lại mật khẩu mới'), { target: { value: 'password123' } });
    fireEvent.click(screen.getByRole('button', { name: 'Đổi mật khẩu và tiếp tục' }));
    await screen.findByText('Mật khẩu quá phổ biến, dễ bị đoán.');
    const refused = fetchMock.mock.calls[1]![0];
    expect(new URL(refused.url).pathname).toBe('/api/auth/password');
    expect(refused.headers.get('Authorization')).toBe('Bearer tok-first');
    expect(await refused.clone().json()).toEqual({ currentPassword: 'Mat-khau-tam-1', newPassword: 'password123' });

    fireEvent.change(screen.getByLabelText('Mật khẩu mới'), { target: { value: 'Hoa sen nở giữa đầm 2026' } });
    fireEvent.change(screen.getByLabelText('Nhập lại mật khẩu mới'), { target: { value: 'Hoa sen nở giữa đầm 2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Đổi mật khẩu và tiếp tục' }));
    await screen.findByTestId('landed');
    expect(token()).toBe('tok-new');
  });

  it('never sends the user to another site after logging in', () => {
    expect(safeNext('/inbox?kind=review')).toBe('/inbox?kind=review');
    expect(safeNext('//evil.example/')).toBe('/');
    expect(safeNext('https://evil.example/')).toBe('/');
    expect(safeNext('/login')).toBe('/');
    expect(safeNext(null)).toBe('/');
  });
});
