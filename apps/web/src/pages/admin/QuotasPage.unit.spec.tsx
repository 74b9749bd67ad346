/** @jest-environment ./apps/web/src/testing/jsdom-environment.js */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { mockApi, withStatus, type SentRequest } from '../../testing/api-mock';
import { installMatchMedia, installResizeObserver, renderAt } from '../../testing/render';
import { QuotaOverrideModal } from './QuotasPage';

describe('QuotaOverrideModal', () => {
  let sent: SentRequest[];
  beforeAll(() => {
    installMatchMedia();
    installResizeObserver();
  });
  beforeEach(() => {
    sent = mockApi({
      'PUT /api/admin/campaigns/c-1/quotas/GK|unit:ldld-cao-bang|year:2026': () =>
        withStatus(422, {
          status: 422,
          code: 'QUOTA.BELOW_USED',
          detail: 'Chỉ tiêu mới thấp hơn số suất đã dùng.',
          errors: [{ field: 'limit', message: 'Đã dùng 4 suất: chỉ tiêu không được thấp hơn 4.' }],
        }),
    });
  });

  it('asks for the reason, then shows the server’s refusal under the limit', async () => {
    const quota = {
      bucketKey: 'GK|unit:ldld-cao-bang|year:2026',
      unitId: 'ldld-cao-bang',
      limit: 5,
      used: 4,
      override: null,
    };
    renderAt(
      <QuotaOverrideModal campaignId="c-1" quota={quota} title="Giấy khen · Cao Bằng" onClose={() => undefined} />,
      '/admin/quotas',
    );
    expect(await screen.findByText('Điều chỉnh chỉ tiêu: Giấy khen · Cao Bằng')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Số suất tối đa'), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu chỉ tiêu' }));
    await screen.findByText('Nhập lý do điều chỉnh (ghi vào lịch sử).');
    expect(sent).toEqual([]);

    fireEvent.change(screen.getByLabelText('Lý do điều chỉnh'), { target: { value: 'Rút bớt.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu chỉ tiêu' }));
    await screen.findByText('Đã dùng 4 suất: chỉ tiêu không được thấp hơn 4.');
    await waitFor(() => expect(sent[0]?.body).toEqual({ limit: 3, reason: 'Rút bớt.' }));
  });
});
