/** @jest-environment ./apps/web/src/testing/jsdom-environment.js */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { mockApi, type SentRequest } from '../../testing/api-mock';
import { installMatchMedia, installResizeObserver, renderAt } from '../../testing/render';
import { UserPanel } from './UserPanel';

const grant = (current: boolean) => ({
  role: 'reviewer',
  unitId: 'cd-vien-chuc-cao-bang',
  unitName: 'Công đoàn Viên chức tỉnh Cao Bằng',
  validFrom: '2026-06-15T03:00:00.000Z',
  validTo: current ? null : '2026-06-15T04:00:00.000Z',
  current,
});
const user = (extra: object) => ({
  id: 'u-1',
  username: 'snv.chair',
  fullName: 'Lý Văn Thắng',
  email: null,
  active: true,
  createdAt: '2026-01-01T00:00:00.000Z',
  roles: [grant(true)],
  ...extra,
});

describe('UserPanel', () => {
  let sent: SentRequest[];
  beforeAll(() => {
    installMatchMedia();
    installResizeObserver();
  });
  beforeEach(() => {
    sent = mockApi({
      'GET /api/directory/labels': () => ({ roles: { reviewer: { vi: 'Chuyên viên thẩm định', en: '' } } }),
      'GET /api/units': () => ({ roots: [] }),
      'GET /api/admin/users/u-1': () => user({}),
      'POST /api/admin/users/u-1/roles/revocation': () => user({ roles: [grant(false)] }),
      'POST /api/admin/users/u-1/deactivation': () => user({ active: false }),
    });
  });

  it('asks for the reason before any change, then revokes a grant and locks the account with it', async () => {
    renderAt(<UserPanel userId="u-1" onClose={() => undefined} />, '/admin/users');
    const revoke = await screen.findByRole('button', {
      name: 'Thu hồi quyền Chuyên viên thẩm định tại Công đoàn Viên chức tỉnh Cao Bằng',
    });
    expect(screen.getByText('từ 15/06/2026 10:00')).toBeTruthy();
    fireEvent.click(revoke);
    await screen.findByText('Nhập lý do: lý do được ghi vào lịch sử tài khoản.');
    expect(sent.filter((r) => r.method === 'POST')).toEqual([]);

    fireEvent.change(screen.getByLabelText('Lý do (ghi vào lịch sử)'), { target: { value: 'Hết phân công.' } });
    fireEvent.click(revoke);
    await screen.findByText('Đã thu hồi quyền.');
    expect(screen.getByText('Đã kết thúc')).toBeTruthy();
    expect(sent.at(-1)).toMatchObject({
      path: '/api/admin/users/u-1/roles/revocation',
      body: { role: 'reviewer', unitId: 'cd-vien-chuc-cao-bang', reason: 'Hết phân công.' },
    });

    fireEvent.change(screen.getByLabelText('Lý do (ghi vào lịch sử)'), { target: { value: 'Nghỉ phép.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Khóa tài khoản' }));
    await screen.findByRole('button', { name: 'Mở khóa tài khoản' });
    await waitFor(() => expect(sent.at(-1)).toMatchObject({ body: { reason: 'Nghỉ phép.' } }));
  });
});
