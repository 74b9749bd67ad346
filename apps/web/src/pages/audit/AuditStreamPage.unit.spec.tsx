/** @jest-environment ./apps/web/src/testing/jsdom-environment.js */
import { screen } from '@testing-library/react';
import { mockApi } from '../../testing/api-mock';
import { installMatchMedia, installResizeObserver, renderAt } from '../../testing/render';
import { AuditStreamPage, streamSubject } from './AuditStreamPage';

describe('AuditStreamPage', () => {
  beforeAll(() => {
    installMatchMedia();
    installResizeObserver();
  });

  it('names what a stream is about from its id', () => {
    const names = { campaign: (id: string) => (id === 'c-1' ? 'Đợt 2026' : undefined), unit: () => 'Công đoàn xã' };
    expect(streamSubject('quota-c-1', names)).toBe('Đợt 2026');
    expect(streamSubject('unit-cd-xa', names)).toBe('Công đoàn xã');
    expect(streamSubject('working-calendar-2026', names)).toBe('năm 2026');
    expect(streamSubject('delegation-x', names)).toBeNull();
  });

  it('lists each change with its time in Vietnam time, who made it and why', async () => {
    mockApi({
      'GET /api/campaigns': () => ({ items: [] }),
      'GET /api/units': () => ({
        roots: [{ id: 'cd-xa', code: 'X', name: 'Công đoàn xã Đan Phượng', level: 2, children: [] }],
      }),
      'GET /api/audit/streams/unit-cd-xa/timeline': () => ({
        streamId: 'unit-cd-xa',
        kind: 'unit',
        label: { vi: 'đơn vị', en: 'unit' },
        version: 1,
        headHash: 'h',
        events: [
          {
            version: 1,
            eventId: 'e-1',
            type: 'UnitCreated',
            description: 'Thành lập đơn vị "Công đoàn xã Đan Phượng" trực thuộc Liên đoàn Lao động thành phố Hà Nội',
            descriptionEn: '',
            occurredAt: '2026-06-15T03:00:00.000Z',
            recordedAt: '2026-06-15T03:00:00.000Z',
            actor: { id: 'a', name: 'Lê Minh Tuấn', unitId: null },
            onBehalfOf: null,
            reason: 'Quyết định 1234/QĐ-LĐLĐ.',
            ruleSetVersion: null,
            workflowId: null,
            correlationId: null,
            prevHash: 'p',
            hash: 'h',
          },
        ],
      }),
      'GET /api/audit/streams/unit-cd-xa/verify': () => ({ ok: true }),
    });
    renderAt(<AuditStreamPage />, '/audit/streams/unit-cd-xa', '/audit/streams/:streamId');
    await screen.findByRole('heading', { name: 'Lịch sử đơn vị: Công đoàn xã Đan Phượng' });
    const row = (await screen.findByText(/^Thành lập đơn vị/)).closest('tr') as HTMLElement;
    expect(row.getAttribute('data-event-type')).toBe('UnitCreated');
    expect(row.textContent).toContain('15/06/2026 10:00');
    expect(row.textContent).toContain('Lê Minh Tuấn');
    expect(await screen.findByText('Nguyên vẹn: mọi sự kiện nối đúng chuỗi')).toBeTruthy();
  });
});
