import { useInfiniteQuery } from '@tanstack/react-query';
import { Alert, Button, Form, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { AnomaliesResponse } from '@vinhdanh/api';
import { api, call, errorText } from '../api/client';
import { formatDateTime } from '../lib/format';
import { useCampaigns, useLabels } from '../lib/session';

type Anomaly = AnomaliesResponse['items'][number];

/** The anomaly pages of a campaign loaded so far (the API scans a bounded number of nominations per page). */
export function useAnomalies(campaignId: string | undefined, kind: string | undefined) {
  return useInfiniteQuery({
    queryKey: ['anomalies', campaignId, kind],
    enabled: campaignId !== undefined,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      call<AnomaliesResponse>(
        api.GET('/api/audit/anomalies', {
          params: { query: { campaignId, kind, cursor: pageParam, limit: 500 } as never },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** The sentence above the report: how many found, and whether the scan went through every nomination. */
export function anomalySummary(found: number, scanned: number, more: boolean): string {
  const head = found === 0 ? 'Chưa thấy bất thường nào' : `Có ${found} bất thường`;
  return more
    ? `${head} trong ${scanned} hồ sơ đã rà soát; còn hồ sơ chưa rà soát.`
    : `${head} (đã rà soát hết ${scanned} hồ sơ của đợt).`;
}

/**
 * Bất thường: what an auditor should look at in a campaign (late decisions, quota changes during
 * the round, acting on someone's behalf, one person deciding at two levels), from the event store.
 * The explanations are the server's sentences; kind names come from the server's labels.
 */
export function AnomaliesPage() {
  const [params, setParams] = useSearchParams();
  const campaigns = useCampaigns().data;
  const labels = useLabels().data;
  const campaignId = params.get('campaignId') ?? campaigns?.[0]?.id;
  const kind = params.get('kind') ?? undefined;
  const report = useAnomalies(campaignId, kind);
  const items = useMemo(() => report.data?.pages.flatMap((p) => p.items) ?? [], [report.data]);
  const scanned = report.data?.pages.reduce((n, p) => n + p.scannedNominations, 0) ?? 0;

  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const columns: TableColumnsType<Anomaly> = [
    { title: 'Thời điểm', dataIndex: 'occurredAt', render: (v: string) => formatDateTime(v), width: 150 },
    {
      title: 'Loại bất thường',
      dataIndex: 'kind',
      render: (k: string) => <Tag color="orange">{labels?.anomalyKinds[k]?.vi ?? ''}</Tag>,
    },
    {
      title: 'Người thực hiện',
      dataIndex: ['actor', 'name'],
      responsive: ['md'],
      render: (n: string | null) => n ?? '—',
    },
    { title: 'Diễn giải', dataIndex: ['explanation', 'vi'] },
    {
      title: 'Hồ sơ',
      dataIndex: 'nominationId',
      render: (id: string | null) => (id ? <Link to={`/nominations/${id}`}>Xem hồ sơ</Link> : '—'),
    },
  ];

  return (
    <section aria-labelledby="anomalies-title">
      <Typography.Title level={1} id="anomalies-title">
        Bất thường trong đợt thi đua
      </Typography.Title>
      <Form layout="inline" className="filter-bar no-print" aria-label="Chọn đợt thi đua và loại bất thường">
        <Form.Item label="Đợt thi đua" htmlFor="anomalies-campaign">
          <Select
            id="anomalies-campaign"
            value={campaignId}
            onChange={(v) => set('campaignId', v)}
            options={(campaigns ?? []).map((c) => ({ value: c.id, label: c.name }))}
            showSearch={{ optionFilterProp: 'label' }}
            style={{ minWidth: 260, maxWidth: '100%' }}
          />
        </Form.Item>
        <Form.Item label="Loại" htmlFor="anomalies-kind">
          <Select
            id="anomalies-kind"
            allowClear
            placeholder="Tất cả"
            value={kind}
            onChange={(v) => set('kind', v)}
            options={Object.entries(labels?.anomalyKinds ?? {}).map(([value, l]) => ({ value, label: l.vi }))}
            style={{ minWidth: 220 }}
          />
        </Form.Item>
      </Form>
      <p className="summary" aria-live="polite">
        {report.data && anomalySummary(items.length, scanned, report.hasNextPage)}
      </p>
      {report.error && <Alert type="error" showIcon title={errorText(report.error)} />}
      <Table<Anomaly>
        rowKey={(a) => `${a.streamId}#${a.streamVersion}#${a.kind}`}
        size="middle"
        loading={report.isPending && campaignId !== undefined}
        columns={columns}
        dataSource={items}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: 'Không có bất thường nào trong phần đã rà soát.' }}
        caption={<span className="sr-only">Danh sách bất thường</span>}
      />
      {report.hasNextPage && (
        <Button onClick={() => void report.fetchNextPage()} loading={report.isFetchingNextPage} className="no-print">
          Rà soát tiếp
        </Button>
      )}
    </section>
  );
}
