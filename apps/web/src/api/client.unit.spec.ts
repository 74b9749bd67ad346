/** @jest-environment ./apps/web/src/testing/jsdom-environment.js */
import { api, call, logout, saveToken, token } from './client';

describe('API client sessions', () => {
  const fetchMock = jest.fn<Promise<Response>, [Request]>();
  beforeAll(() => {
    globalThis.fetch = fetchMock as unknown as typeof fetch;
  });
  beforeEach(() => {
    fetchMock.mockReset();
    sessionStorage.clear();
  });
  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  const expiredAnswer = () => json(401, { code: 'AUTH.TOKEN_EXPIRED', detail: 'Phiên đăng nhập đã hết hạn.' });

  it('renews an expired access token once with the refresh token and repeats the request', async () => {
    saveToken('old-access', 'refresh-1');
    fetchMock
      .mockResolvedValueOnce(expiredAnswer())
      .mockResolvedValueOnce(json(200, { accessToken: 'new-access', refreshToken: 'refresh-2' }))
      .mockResolvedValueOnce(json(200, { id: 'u1', username: 'bvdp.chair' }));
    const me = await call<{ username: string }>(api.GET('/api/me'));
    expect(me.username).toBe('bvdp.chair');
    const [first, refresh, again] = fetchMock.mock.calls.map((c) => c[0]);
    expect(first!.headers.get('Authorization')).toBe('Bearer old-access');
    expect(new URL(refresh!.url).pathname).toBe('/api/auth/refresh');
    expect(await refresh!.clone().json()).toEqual({ refreshToken: 'refresh-1' });
    expect(again!.headers.get('Authorization')).toBe('Bearer new-access');
    expect(token()).toBe('new-access');
  });

  it('spends the refresh token once for requests that expire together (a second use would end the session)', async () => {
    saveToken('old-access', 'refresh-1');
    let refreshes = 0;
    fetchMock.mockImplementation(async (request: Request) => {
      const path = new URL(request.url).pathname;
      if (path === '/api/auth/refresh') {
        refreshes += 1;
        await new Promise((resolve) => setTimeout(resolve, 20));
        return json(200, { accessToken: 'new-access', refreshToken: 'refresh-2' });
      }
      return request.headers.get('Authorization') === 'Bearer new-access' ? json(200, { path }) : expiredAnswer();
    });
    const answers = await Promise.all([
      call<{ path: string }>(api.GET('/api/me')),
      call<{ path: string }>(api.GET('/api/campaigns')),
    ]);
    expect(answers.map((a) => a.path)).toEqual(['/api/me', '/api/campaigns']);
    expect(refreshes).toBe(1);
  });

  it('gives up and ends the session when the refresh token is refused', async () => {
    saveToken('old-access', 'refresh-stolen');
    fetchMock.mockResolvedValueOnce(expiredAnswer()).mockResolvedValueOnce(json(401, { code: 'AUTH.REFRESH_INVALID' }));
    await expect(call(api.GET('/api/me'))).rejects.toMatchObject({ status: 401 });
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(token()).toBeNull();
  });

  it('does not try to renew a revoked token', async () => {
    saveToken('revoked-access', 'refresh-1');
    fetchMock.mockResolvedValueOnce(json(401, { code: 'AUTH.TOKEN_REVOKED' }));
    await expect(call(api.GET('/api/me'))).rejects.toMatchObject({ status: 401 });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('logs out on the server and forgets both tokens', async () => {
    saveToken('access-1', 'refresh-1');
    fetchMock.mockResolvedValueOnce(new Response(null, { status: 204 }));
    await logout();
    const sent = fetchMock.mock.calls[0]![0];
    expect(new URL(sent.url).pathname).toBe('/api/auth/logout');
    expect(sent.method).toBe('POST');
    expect(sent.headers.get('Authorization')).toBe('Bearer access-1');
    expect(token()).toBeNull();
    expect(sessionStorage.getItem('vinhdanh.refresh')).toBeNull();
  });
});
