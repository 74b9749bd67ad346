import { useQuery } from '@tanstack/react-query';
import { Alert, Breadcrumb, Card, Grid, Table, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import type { StreamTimelineResponse } from '@vinhdanh/api';
import { api, call, errorText } from '../../api/client';
import { formatDateTime } from '../../lib/format';
import { useCampaigns, useUnits } from '../../lib/session';

type Entry = StreamTimelineResponse['events'][number];

/** Which stream kinds the auditors open from the menu, and how the subject of each is named. */
const SUBJECTS = [
  { prefix: 'campaign-', kind: 'campaign' },
  { prefix: 'quota-', kind: 'campaign' },
  { prefix: 'unit-', kind: 'unit' },
  { prefix: 'working-calendar-', kind: 'year' },
] as const;

/** What a stream is about, by name: the campaign, the unit, or the calendar's year; null when unknown. */
export function streamSubject(
  streamId: string,
  names: { campaign: (id: string) => string | undefined; unit: (id: string) => string | undefined },
): string | null {
  const subject = SUBJECTS.find((s) => streamId.startsWith(s.prefix));
  if (!subject) return null;
  const id = streamId.slice(subject.prefix.length);
  if (subject.kind === 'year') return `năm ${id}`;
  return (subject.kind === 'campaign' ? names.campaign(id) : names.unit(id)) ?? null;
}

/**
 * Lịch sử dữ liệu quản trị: every event of a campaign, its quotas, a unit or a calendar year, as the
 * API words it (names, Vietnam time), with who did it and why, and the hash chain checked.
 */
export function AuditStreamPage() {
  const { streamId = '' } = useParams();
  const campaigns = useCampaigns().data;
  const units = useUnits().data;
  const phone = !Grid.useBreakpoint().md;
  const timeline = useQuery({
    queryKey: ['audit-stream', streamId],
    queryFn: () =>
      call<StreamTimelineResponse>(
        api.GET('/api/audit/streams/{streamId}/timeline', { params: { path: { streamId } } }),
      ),
  });
  const verify = useQuery({
    queryKey: ['audit-stream-verify', streamId],
    queryFn: () =>
      call<{ ok: boolean }>(api.GET('/api/audit/streams/{streamId}/verify', { params: { path: { streamId } } })),
  });
  const subject = streamSubject(streamId, {
    campaign: (id) => campaigns?.find((c) => c.id === id)?.name,
    unit: (id) => units?.byId.get(id)?.name,
  });
  const label = timeline.data?.label.vi ?? 'dữ liệu';
  const title = `Lịch sử ${label}${subject ? `: ${subject}` : ''}`;
  return (
    <section aria-labelledby="audit-stream-title">
      <Breadcrumb
        className="no-print"
        items={[{ title: <Link to="/audit">Kiểm tra, giám sát</Link> }, { title: 'Dữ liệu quản trị' }]}
      />
      <Typography.Title level={1} id="audit-stream-title">
        {title}
      </Typography.Title>
      {timeline.error && <Alert type="error" showIcon title={errorText(timeline.error)} />}
      <Card size="small" title="Chuỗi băm" className="section no-print">
        <span aria-live="polite" data-testid="stream-integrity">
          {verify.isPending ? (
            'Đang kiểm tra…'
          ) : verify.error ? (
            errorText(verify.error)
          ) : verify.data?.ok ? (
            <Tag color="green">Nguyên vẹn: mọi sự kiện nối đúng chuỗi</Tag>
          ) : (
            <Tag color="red">Chuỗi băm bị đứt</Tag>
          )}
        </span>
      </Card>
      <Table<Entry>
        className="section"
        rowKey="eventId"
        size="middle"
        loading={timeline.isPending}
        dataSource={timeline.data?.events ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        onRow={(e) => ({ 'data-event-type': e.type }) as never}
        locale={{ emptyText: 'Chưa có sự kiện nào.' }}
        columns={[
          { title: 'Thời điểm', render: (_, e) => formatDateTime(e.recordedAt), width: 150 },
          {
            title: 'Nội dung',
            render: (_, e) => (
              <>
                {e.description}
                {/* On a phone the actor's and reason's columns fold away: read them under the line. */}
                {phone && (
                  <Typography.Text type="secondary" className="block">
                    {e.actor.name ?? 'Hệ thống'}
                    {e.reason ? ` — ${e.reason}` : ''}
                  </Typography.Text>
                )}
              </>
            ),
          },
          { title: 'Người thực hiện', render: (_, e) => e.actor.name ?? 'Hệ thống', responsive: ['md'] },
          { title: 'Lý do', render: (_, e) => e.reason ?? '—', responsive: ['lg'] },
        ]}
      />
    </section>
  );
}
