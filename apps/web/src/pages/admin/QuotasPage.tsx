import { useQuery } from '@tanstack/react-query';
import { Alert, Form, Progress, Select, Table, Typography, type TableColumnsType } from 'antd';
import { useSearchParams } from 'react-router';
import type { QuotaView } from '@vinhdanh/api';
import { api, call, errorText } from '../../api/client';
import { formatDate } from '../../lib/format';
import { useCampaigns, useLabels, useUnits } from '../../lib/session';

/** A bucket key (`AWARD|unit:<id>|period`, `AWARD|national|period`) split into what it counts. */
export function bucketParts(bucketKey: string): { awardCode: string; unitId: string | null; period: string } {
  const [awardCode = '', scope = '', period = ''] = bucketKey.split('|');
  return { awardCode, unitId: scope.startsWith('unit:') ? scope.slice('unit:'.length) : null, period };
}

/** The period of a bucket in words: a year, or the campaign's theme. */
export function periodText(period: string): string {
  if (period.startsWith('year:')) return `Năm ${period.slice('year:'.length)}`;
  if (period.startsWith('theme:')) return 'Theo chuyên đề của đợt';
  return 'Cả đợt';
}

/** Chỉ tiêu: each campaign's quota buckets with limit, used and the last change's reason. */
export function QuotasPage() {
  const [params, setParams] = useSearchParams();
  const campaigns = useCampaigns().data;
  const labels = useLabels().data;
  const units = useUnits().data;
  const campaignId = params.get('campaignId') ?? campaigns?.[0]?.id;
  const quotas = useQuery({
    queryKey: ['quotas', campaignId],
    enabled: campaignId !== undefined,
    queryFn: () =>
      call<QuotaView[]>(api.GET('/api/admin/campaigns/{id}/quotas', { params: { path: { id: campaignId ?? '' } } })),
  });
  const columns: TableColumnsType<QuotaView> = [
    {
      title: 'Hình thức khen thưởng',
      render: (_, q) => labels?.awards[bucketParts(q.bucketKey).awardCode]?.vi,
      sorter: (a, b) => a.bucketKey.localeCompare(b.bucketKey),
    },
    {
      title: 'Phạm vi',
      render: (_, q) => (q.unitId ? (units?.byId.get(q.unitId)?.name ?? 'Đơn vị không còn trong cây') : 'Toàn quốc'),
    },
    { title: 'Thời kỳ', render: (_, q) => periodText(bucketParts(q.bucketKey).period), responsive: ['md'] },
    {
      title: 'Đã dùng / chỉ tiêu',
      render: (_, q) =>
        q.limit === null ? (
          `${q.used} / không giới hạn`
        ) : (
          <div className="quota-cell">
            <span>
              {q.used} / {q.limit}
            </span>
            <Progress
              percent={q.limit === 0 ? 100 : Math.round((100 * q.used) / q.limit)}
              status={q.used >= q.limit ? 'exception' : 'normal'}
              showInfo={false}
              size="small"
              aria-label={`Đã dùng ${q.used} trên ${q.limit}`}
            />
          </div>
        ),
      sorter: (a, b) => a.used / (a.limit || 1) - b.used / (b.limit || 1),
    },
    {
      title: 'Điều chỉnh gần nhất',
      responsive: ['lg'],
      render: (_, q) => (q.override ? `${formatDate(q.override.changedAt)}: ${q.override.reason}` : '—'),
    },
  ];
  return (
    <section aria-labelledby="quotas-title">
      <Typography.Title level={1} id="quotas-title">
        Chỉ tiêu khen thưởng
      </Typography.Title>
      <Form layout="inline" className="filter-bar no-print">
        <Form.Item label="Đợt thi đua" htmlFor="quotas-campaign">
          <Select
            id="quotas-campaign"
            value={campaignId}
            onChange={(v) => setParams({ campaignId: v }, { replace: true })}
            options={(campaigns ?? []).map((c) => ({ value: c.id, label: c.name }))}
            showSearch={{ optionFilterProp: 'label' }}
            style={{ minWidth: 280, maxWidth: '100%' }}
          />
        </Form.Item>
      </Form>
      {quotas.error && <Alert type="error" showIcon title={errorText(quotas.error)} />}
      <p className="summary" aria-live="polite">
        {quotas.data &&
          `${quotas.data.length} chỉ tiêu; ${quotas.data.filter((q) => q.limit !== null && q.used >= q.limit).length} đã dùng hết.`}
      </p>
      <Table<QuotaView>
        rowKey="bucketKey"
        size="middle"
        loading={quotas.isPending && campaignId !== undefined}
        columns={columns}
        dataSource={quotas.data ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: 'Đợt thi đua này chưa có chỉ tiêu nào.' }}
      />
    </section>
  );
}
