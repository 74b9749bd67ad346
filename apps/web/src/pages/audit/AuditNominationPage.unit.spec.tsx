/** @jest-environment ./apps/web/src/testing/jsdom-environment.js */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { installMatchMedia, installResizeObserver, renderAt } from '../../testing/render';
import { AuditNominationPage } from './AuditNominationPage';

const ID = '0b9d6a52-1f43-4c53-9a35-6d2f7c9e1a10';
// Events 3 and 4 were written in one transaction: they share their recorded instant.
const RECORDED = [
  '2026-06-15T02:00:00.000Z',
  '2026-06-16T03:00:00.000Z',
  '2026-06-17T04:00:00.000Z',
  '2026-06-17T04:00:00.000Z',
];
const event = (version: number) => ({
  version,
  eventId: `e${version}`,
  type: version === 1 ? 'NominationSubmitted' : 'NominationForwarded',
  description: `Sự kiện thứ ${version}`,
  descriptionEn: `Event ${version}`,
  occurredAt: RECORDED[version - 1],
  recordedAt: RECORDED[version - 1],
  actor: { id: 'u', name: 'Phùng Thị Nga', unitId: null },
  onBehalfOf: null,
  reason: null,
  ruleSetVersion: '2024.2',
  workflowId: null,
  correlationId: null,
  prevHash: '0'.repeat(64),
  hash: `${version}`.repeat(64),
});

describe('AuditNominationPage', () => {
  const fetchMock = jest.fn<Promise<Response>, [Request]>();
  const asked: string[] = [];
  beforeAll(() => {
    installMatchMedia();
    installResizeObserver();
    globalThis.fetch = fetchMock as unknown as typeof fetch;
  });
  const json = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

  it('keeps the slider on the version of the state it shows, even when events share an instant', async () => {
    fetchMock.mockImplementation(async (req: Request) => {
      const url = new URL(req.url);
      if (url.pathname === '/api/directory/labels')
        return json({ events: {}, levels: {}, taskKinds: {}, procedureSteps: {} });
      if (url.pathname === '/api/units') return json({ roots: [] });
      if (url.pathname.endsWith('/timeline')) {
        return json({
          nominationId: ID,
          streamId: `nomination-${ID}`,
          version: 4,
          headHash: '4'.repeat(64),
          status: 'FORWARDED',
          statusLabel: { vi: 'Đã chuyển cấp trên', en: 'Forwarded' },
          events: [1, 2, 3, 4].map(event),
        });
      }
      if (url.pathname === `/api/nominations/${ID}`) return json({ nominee: { name: 'Lê Văn Bình' } });
      if (url.pathname.endsWith('/verify')) return json({ ok: true, eventsChecked: 4 });
      if (url.pathname.endsWith('/as-of')) {
        const at = url.searchParams.get('at') ?? '';
        asked.push(at);
        const version = RECORDED.filter((r) => Date.parse(r) < Date.parse(at)).length;
        return json({
          nominationId: ID,
          at,
          version,
          status: 'FORWARDED',
          statusLabel: { vi: 'Đã chuyển cấp trên', en: 'Forwarded' },
          openTask: null,
          lastEvent: event(version),
          state: {},
        });
      }
      throw new Error(`unexpected ${url.pathname}`);
    });
    renderAt(<AuditNominationPage />, `/audit/nominations/${ID}`, '/audit/nominations/:id');
    await waitFor(() => expect(screen.getByTestId('as-of-version').textContent).toBe('4/4'));
    const slider = screen.getByRole('slider');
    expect(slider.getAttribute('aria-valuenow')).toBe('4');

    // Back one: events 3 and 4 share an instant, so no state shows event 3 without 4 — the slider steps to 2.
    fireEvent.keyDown(slider, { key: 'ArrowLeft', keyCode: 37 });
    await waitFor(() => expect(asked.at(-1)).toBe('2026-06-16T03:00:00.001Z'));
    await waitFor(() => expect(screen.getByTestId('as-of-version').textContent).toBe('2/4'));
    expect(screen.getByRole('slider').getAttribute('aria-valuenow')).toBe('2');
    expect(screen.getByText('Sự kiện thứ 3').closest('tr')?.className).toContain('future-event');
    expect(screen.getByText('Sự kiện thứ 2').closest('tr')?.className).not.toContain('future-event');
    expect(screen.getByText('Nguyên vẹn: mọi sự kiện nối đúng chuỗi')).toBeTruthy();

    // Forward again lands on the shared instant's last event, and slider and state agree on 4.
    fireEvent.keyDown(screen.getByRole('slider'), { key: 'ArrowRight', keyCode: 39 });
    await waitFor(() => expect(screen.getByTestId('as-of-version').textContent).toBe('4/4'));
    expect(screen.getByRole('slider').getAttribute('aria-valuenow')).toBe('4');
  });
});
