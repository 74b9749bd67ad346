import { useQuery } from '@tanstack/react-query';
import { Alert, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { NominationSummary, Page } from '@vinhdanh/db';
import { api, call, errorText } from '../api/client';
import { formatDate } from '../lib/format';
import { can, useLabels, useMe, useUnits } from '../lib/session';
import { DownloadListButton } from '../reports/download';

/** Hồ sơ đề nghị: the nominations the user may see, newest first. */
export function NominationsPage() {
  const me = useMe().data;
  const labels = useLabels().data;
  const units = useUnits().data;
  const list = useQuery({
    queryKey: ['nominations'],
    queryFn: () =>
      call<Page<NominationSummary>>(api.GET('/api/nominations', { params: { query: { limit: 100 } as never } })),
  });
  const columns: TableColumnsType<NominationSummary> = [
    {
      title: 'Người / tập thể được đề nghị',
      dataIndex: ['nominee', 'name'],
      render: (name: string, n) => <Link to={`/nominations/${n.id}`}>{name}</Link>,
    },
    { title: 'Hình thức khen thưởng', dataIndex: 'awardCode', render: (c: string) => labels?.awards[c]?.vi ?? '' },
    {
      title: 'Đơn vị đề nghị',
      dataIndex: 'nominatingUnitId',
      responsive: ['md'],
      render: (id: string) => units?.byId.get(id)?.name ?? '',
    },
    { title: 'Ngày gửi', dataIndex: 'submittedAt', responsive: ['md'], render: (v: string) => formatDate(v) },
    {
      title: 'Trạng thái',
      dataIndex: 'statusLabel',
      render: (l: NominationSummary['statusLabel']) => <Tag>{l.vi}</Tag>,
    },
  ];
  return (
    <section aria-labelledby="nominations-title">
      <Typography.Title level={1} id="nominations-title">
        Hồ sơ đề nghị
      </Typography.Title>
      <Space className="no-print" wrap>
        {can(me, 'nomination.submit') && <Link to="/nominations/new">Đề nghị khen thưởng</Link>}
        <DownloadListButton url="/api/reports/exports/nominations?format=xlsx" />
      </Space>
      {list.error && <Alert type="error" showIcon title={errorText(list.error)} />}
      <Table<NominationSummary>
        rowKey="id"
        loading={list.isPending}
        columns={columns}
        dataSource={list.data?.items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
      />
    </section>
  );
}
