/** @jest-environment ./apps/web/src/testing/jsdom-environment.js */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { installMatchMedia, installResizeObserver, renderAt } from '../testing/render';
import { AnomaliesPage, anomalySummary } from './AnomaliesPage';

const CAMPAIGN = '0b6f3a52-7c1e-4c43-9a55-2026a0000001';

describe('AnomaliesPage', () => {
  const fetchMock = jest.fn<Promise<Response>, [Request]>();
  beforeAll(() => {
    installMatchMedia();
    installResizeObserver();
    globalThis.fetch = fetchMock as unknown as typeof fetch;
  });
  beforeEach(() => fetchMock.mockReset());

  const json = (body: unknown) =>
    new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
  const anomaly = (version: number) => ({
    kind: 'late_decision',
    nominationId: `nom-${version}`,
    streamId: `nomination-nom-${version}`,
    streamVersion: version,
    globalPosition: String(version),
    type: 'NominationForwarded',
    occurredAt: '2026-11-12T03:00:00.000Z',
    actor: { id: 'u1', name: 'Phùng Thị Nga', unitId: 'ldld-dan-phuong' },
    details: {},
    explanation: { vi: `Phùng Thị Nga ghi nhận Đồng ý, chuyển cấp trên sau hạn (lần ${version}).`, en: 'late' },
  });

  function serve(pages: Record<string, unknown>) {
    fetchMock.mockImplementation(async (req: Request) => {
      const url = new URL(req.url);
      if (url.pathname === '/api/campaigns') return json({ items: [{ id: CAMPAIGN, name: 'Thi đua năm 2026' }] });
      if (url.pathname === '/api/directory/labels') {
        return json({ anomalyKinds: { late_decision: { vi: 'Quyết định sau hạn xử lý', en: 'Late' } } });
      }
      if (url.pathname === '/api/audit/anomalies') return json(pages[url.searchParams.get('cursor') ?? 'first']);
      throw new Error(`unexpected ${url.pathname}`);
    });
  }

  it('lists the server’s explanations with kind names and Vietnam time, and scans on until the end', async () => {
    serve({
      first: { campaignId: CAMPAIGN, items: [anomaly(4)], scannedNominations: 500, nextCursor: 'c2' },
      c2: { campaignId: CAMPAIGN, items: [anomaly(9)], scannedNominations: 120, nextCursor: null },
    });
    renderAt(<AnomaliesPage />, '/audit/anomalies');
    await screen.findByText('Phùng Thị Nga ghi nhận Đồng ý, chuyển cấp trên sau hạn (lần 4).');
    const row = screen.getByText(/lần 4/).closest('tr') as HTMLElement;
    expect(within(row).getByText('Quyết định sau hạn xử lý')).toBeTruthy();
    expect(within(row).getByText('12/11/2026 10:00')).toBeTruthy();
    expect(screen.queryByText(/late_decision|NominationForwarded|T03:00/)).toBeNull();
    expect(screen.getByText('Có 1 bất thường trong 500 hồ sơ đã rà soát; còn hồ sơ chưa rà soát.')).toBeTruthy();
    const asked = new URL(fetchMock.mock.calls.find(([r]) => r.url.includes('/api/audit/anomalies'))![0].url);
    expect(asked.searchParams.get('campaignId')).toBe(CAMPAIGN);

    fireEvent.click(screen.getByRole('button', { name: 'Rà soát tiếp' }));
    await screen.findByText(/lần 9/);
    await waitFor(() => expect(screen.getByText('Có 2 bất thường (đã rà soát hết 620 hồ sơ của đợt).')).toBeTruthy());
    expect(screen.queryByRole('button', { name: 'Rà soát tiếp' })).toBeNull();
  });

  it('says when nothing was found, without contradicting the count', () => {
    expect(anomalySummary(0, 12, false)).toBe('Chưa thấy bất thường nào (đã rà soát hết 12 hồ sơ của đợt).');
    expect(anomalySummary(0, 500, true)).toBe(
      'Chưa thấy bất thường nào trong 500 hồ sơ đã rà soát; còn hồ sơ chưa rà soát.',
    );
  });
});
