/** @jest-environment ./apps/web/src/testing/jsdom-environment.js */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { NominationForCaller } from '@vinhdanh/api';
import { installMatchMedia, installResizeObserver, renderAt } from '../testing/render';
import { ProcedureStepCard } from './ProcedureStepCard';

describe('ProcedureStepCard', () => {
  const fetchMock = jest.fn<Promise<Response>, [Request]>();
  beforeAll(() => {
    installMatchMedia();
    installResizeObserver();
    globalThis.fetch = fetchMock as unknown as typeof fetch;
    sessionStorage.setItem('vinhdanh.token', 'test-token');
  });
  const nomination = (step: string) =>
    ({
      id: 'nom-1',
      currentTask: { kind: 'review', level: 1, unitId: 'cdcs', taskSeq: 3 },
      procedure: { steps: ['intake', 'appraisal', 'vote', 'signoff'], step },
    }) as unknown as NominationForCaller;

  function serve(capabilities: Record<string, unknown>, sent: { path: string; body: unknown }[] = []) {
    fetchMock.mockImplementation(async (req: Request) => {
      const path = new URL(req.url).pathname;
      if (req.method === 'POST') sent.push({ path, body: await req.json() });
      const body =
        path === '/api/me'
          ? { id: 'u-1', roles: [], capabilities }
          : path === '/api/directory/labels'
            ? { procedureSteps: { intake: { vi: 'Tiếp nhận' }, vote: { vi: 'Bình xét' } } }
            : { vote: { reasonVi: 'Đạt: 5/5 thành viên Hội đồng tán thành.' } };
      return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
    });
  }

  it('records the council vote with its tally, counted zero where left empty', async () => {
    const sent: { path: string; body: unknown }[] = [];
    serve({ 'nomination.procedureStep': ['cdcs'] }, sent);
    renderAt(<ProcedureStepCard n={nomination('vote')} />, '/nominations/nom-1');
    fireEvent.change(await screen.findByLabelText('Tổng số thành viên Hội đồng'), { target: { value: '5' } });
    fireEvent.change(screen.getByLabelText('Số thành viên có mặt'), { target: { value: '5' } });
    fireEvent.change(screen.getByLabelText('Số phiếu tán thành tại cuộc họp'), { target: { value: '5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ghi kết quả bình xét' }));
    await screen.findByText('Đã ghi kết quả bình xét. Đạt: 5/5 thành viên Hội đồng tán thành.');
    expect(sent).toEqual([
      {
        path: '/api/nominations/nom-1/vote',
        body: {
          membersTotal: 5,
          present: 5,
          votesFor: 5,
          votesAgainst: 0,
          abstentions: 0,
          writtenFor: 0,
          writtenAgainst: 0,
          taskSeq: 3,
        },
      },
    ]);
  });

  it('shows the steps but records nothing where the capabilities do not allow it', async () => {
    serve({ 'nomination.procedureStep': ['elsewhere'] });
    renderAt(<ProcedureStepCard n={nomination('intake')} />, '/nominations/nom-1');
    await screen.findByText('Tiếp nhận');
    await waitFor(() => expect(fetchMock.mock.calls.some(([r]) => new URL(r.url).pathname === '/api/me')).toBe(true));
    expect(screen.queryByRole('button', { name: 'Tiếp nhận: hồ sơ đủ thành phần' })).toBeNull();
  });
});
