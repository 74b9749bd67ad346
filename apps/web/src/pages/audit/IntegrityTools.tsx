import { useMutation } from '@tanstack/react-query';
import { Button, Card, Space, Tag } from 'antd';
import { api, call, errorText } from '../../api/client';
import { formatDate } from '../../lib/format';

interface ReplayCheck {
  ok: boolean;
  historyEvents: number;
  replay: { ok: boolean };
  stateComparison: { ok: boolean | null };
}
interface Anchor {
  id: string;
  day: string;
}
interface AnchorCheck {
  ok: boolean;
  streamsChecked: number;
  problemCount: number;
}

/**
 * Kiểm tra sâu: replay the nomination's workflow history against the current code (and compare its
 * state with the store's), and sign today's anchor of every stream head then check the store against it.
 */
export function IntegrityTools({ nominationId }: { nominationId: string }) {
  const replay = useMutation({
    mutationFn: () =>
      call<ReplayCheck>(
        api.GET('/api/audit/nominations/{id}/replay-check', { params: { path: { id: nominationId } } }),
      ),
  });
  const anchor = useMutation({
    mutationFn: async () => {
      const made = await call<Anchor>(api.POST('/api/audit/anchors'));
      const check = await call<AnchorCheck>(
        api.GET('/api/audit/anchors/{id}/check', { params: { path: { id: made.id } } }),
      );
      return { made, check };
    },
  });
  return (
    <Card size="small" title="Kiểm tra sâu" className="no-print">
      <Space wrap align="start">
        <Button onClick={() => replay.mutate()} loading={replay.isPending}>
          Kiểm tra phát lại quy trình
        </Button>
        <Button onClick={() => anchor.mutate()} loading={anchor.isPending}>
          Tạo neo hôm nay và đối chiếu
        </Button>
      </Space>
      <div aria-live="polite" className="section-top">
        {replay.error && <p>{errorText(replay.error)}</p>}
        {replay.data && (
          <p data-testid="replay-result" data-ok={String(replay.data.ok)}>
            {replay.data.ok ? <Tag color="green">Phát lại khớp</Tag> : <Tag color="red">Phát lại không khớp</Tag>}
            {replay.data.historyEvents} bước của quy trình chạy lại với mã hiện hành;{' '}
            {replay.data.stateComparison.ok === false
              ? 'trạng thái quy trình KHÁC dữ liệu sự kiện.'
              : 'trạng thái quy trình khớp dữ liệu sự kiện.'}
          </p>
        )}
        {anchor.error && <p>{errorText(anchor.error)}</p>}
        {anchor.data && (
          <p data-testid="anchor-result" data-ok={String(anchor.data.check.ok)}>
            {anchor.data.check.ok ? (
              <Tag color="green">Đối chiếu khớp</Tag>
            ) : (
              <Tag color="red">Đối chiếu không khớp</Tag>
            )}
            Neo ngày {formatDate(anchor.data.made.day)}: {anchor.data.check.streamsChecked} luồng sự kiện,{' '}
            {anchor.data.check.problemCount} sai lệch.
          </p>
        )}
      </div>
    </Card>
  );
}
