/** @jest-environment ./apps/web/src/testing/jsdom-environment.js */
import { fireEvent, screen } from '@testing-library/react';
import { mockApi, withStatus, type SentRequest } from '../../testing/api-mock';
import { installMatchMedia, installResizeObserver, renderAt } from '../../testing/render';
import { ReorganisationProgress, UnitChanges } from './UnitEditor';

const unit = {
  id: 'ldld-dan-phuong',
  code: 'DP',
  name: 'Liên đoàn Lao động huyện Đan Phượng',
  kind: 'LDLD_HUYEN',
  level: 2,
  memberCount: 10,
  dissolvedOn: null,
  parents: [],
};
const reorganisation = (status: string, moved: number, pending: number) => ({
  id: 'r-1',
  kind: 'dissolve',
  unitId: 'ldld-dan-phuong',
  effectiveFrom: '2026-06-15',
  replacements: [],
  reason: 'Giải thể theo Nghị quyết 60-NQ/TW.',
  operatorId: 'o',
  operatorName: 'Lê Minh Tuấn',
  operatorUnitId: 'tong-ldld',
  createdAt: '2026-06-15T02:00:00.000Z',
  lastRunAt: '2026-06-15T02:00:03.000Z',
  status,
  counts: { pending, moved, skipped: 0, failed: 0 },
  failures: [],
  href: '/api/admin/reorganisations/r-1',
});

describe('the units editor', () => {
  let sent: SentRequest[];
  let polls = 0;
  beforeAll(() => {
    installMatchMedia();
    installResizeObserver();
  });
  beforeEach(() => {
    polls = 0;
    sent = mockApi({
      'GET /api/directory/labels': () => ({
        reorganisationStatuses: {
          running: { vi: 'Đang chuyển hồ sơ', en: '' },
          completed: { vi: 'Hoàn tất', en: '' },
        },
      }),
      'GET /api/units': () => ({ roots: [] }),
      'GET /api/admin/reorganisations/r-1': () =>
        ++polls === 1 ? reorganisation('running', 0, 1) : reorganisation('completed', 1, 0),
      'PATCH /api/admin/units/ldld-dan-phuong': () =>
        withStatus(400, {
          status: 400,
          code: 'VALIDATION',
          detail: 'Dữ liệu gửi lên không hợp lệ.',
          errors: [{ field: 'reason', message: 'Lý do không được để trống.' }],
        }),
    });
  });

  it('follows a dissolution’s moves until they finish, in words and counts', async () => {
    renderAt(<ReorganisationProgress id="r-1" />, '/admin/units');
    await screen.findByText('Đang chuyển hồ sơ');
    expect((await screen.findByText('Hoàn tất', {}, { timeout: 3000 })).closest('[data-reorg-status]')).toBeTruthy();
    expect(document.querySelector('[data-count="moved"]')?.textContent).toBe('1');
    expect(screen.getByText(/Giải thể từ 15\/06\/2026: Giải thể theo Nghị quyết 60-NQ\/TW\./)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Chạy lại' })).toBeTruthy();
  });

  it('puts the server’s refusal of a rename under the field it names', async () => {
    renderAt(<UnitChanges unit={unit} />, '/admin/units');
    fireEvent.change(screen.getByLabelText('Tên mới'), { target: { value: 'Tên mới của huyện' } });
    fireEvent.change(screen.getAllByLabelText('Lý do, căn cứ')[0]!, { target: { value: ' x ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Đổi tên' }));
    await screen.findByText('Lý do không được để trống.');
    expect(sent.find((r) => r.method === 'PATCH')?.body).toEqual({ name: 'Tên mới của huyện', reason: 'x' });
  });
});
