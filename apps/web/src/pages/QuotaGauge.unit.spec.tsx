/** @jest-environment ./apps/web/src/testing/jsdom-environment.js */
import { screen } from '@testing-library/react';
import { installMatchMedia, installResizeObserver, renderAt } from '../testing/render';
import { QuotaGauge, quotaText } from './QuotaGauge';

describe('QuotaGauge', () => {
  const fetchMock = jest.fn<Promise<Response>, [Request]>();
  beforeAll(() => {
    installMatchMedia();
    installResizeObserver();
    globalThis.fetch = fetchMock as unknown as typeof fetch;
    // Signed in: the user (and their capabilities) is only asked for with a session.
    sessionStorage.setItem('vinhdanh.token', 'test-token');
  });
  beforeEach(() => fetchMock.mockReset());

  it('says the slots used and left', () => {
    expect(quotaText({ used: 3, limit: 4, remaining: 1 })).toEqual({ used: 'đã dùng 3/4 suất', left: 'còn 1 suất' });
    expect(quotaText({ used: 4, limit: 4, remaining: 0 }).left).toBe('Đã hết suất');
  });

  function serve(capabilities: Record<string, unknown>) {
    fetchMock.mockImplementation(async (req: Request) => {
      const { pathname } = new URL(req.url);
      const bodies: Record<string, unknown> = {
        '/api/me': { id: 'u-1', roles: [], capabilities },
        '/api/directory/labels': { awards: { BK_CD: { vi: 'Bằng khen chuyên đề' } } },
        '/api/units': { roots: [{ id: 'ldld-cb', code: 'CB', name: 'LĐLĐ tỉnh Cao Bằng', level: 3, children: [] }] },
        '/api/quotas/usage': {
          buckets: [{ bucketKey: 'k', scope: 'unit', unitId: 'ldld-cb', limit: 4, used: 3, remaining: 1 }],
        },
      };
      if (!(pathname in bodies)) throw new Error(`unexpected ${pathname}`);
      return new Response(JSON.stringify(bodies[pathname]), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    });
  }
  const gauge = <QuotaGauge campaignId="c-1" unitId="ldld-cb" awardCode="BK_CD" />;

  it('shows the usage where the server says the user may read it', async () => {
    serve({ 'quota.readUsage': ['ldld-cb'] });
    renderAt(gauge, '/inbox');
    await screen.findByText('đã dùng 3/4 suất', {}, { timeout: 10_000 });
    expect(screen.getByTestId('quota-gauge').textContent).toContain('Bằng khen chuyên đề tại LĐLĐ tỉnh Cao Bằng');
  });

  it('asks nothing where the user may not read it', async () => {
    serve({ 'quota.readUsage': ['other-unit'] });
    renderAt(gauge, '/inbox');
    await new Promise((r) => setTimeout(r, 50));
    expect(fetchMock.mock.calls.map(([r]) => new URL(r.url).pathname)).not.toContain('/api/quotas/usage');
    expect(screen.queryByTestId('quota-gauge')).toBeNull();
  });
});
