import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Empty, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { BlocView } from '@vinhdanh/api';
import { api, call, errorText } from '../api/client';
import { formatDate } from '../lib/format';
import { CovenantTable } from './CovenantTable';

type Year = BlocView['years'][number];
type Score = Year['scores'][number];
type Member = BlocView['members'][number];
type Winner = BlocView['winnerHistory'][number];

interface BlocSummary {
  id: string;
  name: string;
  level: number;
  organiserUnitId: string;
  currentMembers: number;
  latestYear: number | null;
  alerts: number;
}

const points = (v: number | null | undefined) =>
  v === null || v === undefined ? '—' : v.toLocaleString('vi-VN', { maximumFractionDigits: 2 });

/**
 * Khối thi đua: a bloc's members over time, each year's covenant status, scores (self against
 * cross) and ranking, the ballot's result, and the winner history with the rotation and formalism
 * alerts the upper level's emulation office should look at.
 */
export function BlocsPage() {
  const list = useQuery({
    queryKey: ['blocs'],
    queryFn: () => call<{ items: BlocSummary[] }>(api.GET('/api/blocs', { params: { query: {} as never } })),
  });
  // The overview links here with ?bloc=<id>.
  const [params] = useSearchParams();
  const [chosen, setChosen] = useState<string | undefined>(params.get('bloc') ?? undefined);
  const id = chosen ?? list.data?.items[0]?.id;
  const bloc = useQuery({
    queryKey: ['bloc', id],
    enabled: id !== undefined,
    queryFn: () => call<BlocView>(api.GET('/api/blocs/{id}', { params: { path: { id: id ?? '' } } })),
  });
  return (
    <section aria-labelledby="blocs-title">
      <Typography.Title level={1} id="blocs-title">
        Khối thi đua
      </Typography.Title>
      {list.error && <Alert type="error" showIcon title={errorText(list.error)} />}
      {list.data && list.data.items.length === 0 && <Empty description="Chưa có khối thi đua nào." />}
      {list.data && list.data.items.length > 0 && (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <Select
            aria-label="Chọn khối thi đua"
            style={{ minWidth: 320 }}
            value={id}
            onChange={setChosen}
            options={list.data.items.map((b) => ({
              value: b.id,
              label: b.alerts > 0 ? `${b.name} (${b.alerts} cảnh báo)` : b.name,
            }))}
          />
          {bloc.error && <Alert type="error" showIcon title={errorText(bloc.error)} />}
          {bloc.data && <BlocDetail bloc={bloc.data} />}
        </Space>
      )}
    </section>
  );
}

function BlocDetail({ bloc }: { bloc: BlocView }) {
  const memberColumns: TableColumnsType<Member> = [
    { title: 'Đơn vị', dataIndex: 'unitName' },
    { title: 'Từ ngày', dataIndex: 'from', render: (v: string) => formatDate(v) },
    { title: 'Đến ngày', dataIndex: 'to', render: (v: string | null) => (v ? formatDate(v) : '—') },
    {
      title: 'Tình trạng',
      render: (_, m) =>
        m.current ? (
          <Tag color="green">Đang là thành viên</Tag>
        ) : (
          <Tag>{m.dissolved ? 'Đã giải thể' : 'Đã rời khối'}</Tag>
        ),
    },
    { title: 'Lý do', dataIndex: 'leftReason', responsive: ['md'], render: (v: string | null) => v ?? '' },
  ];
  const winnerColumns: TableColumnsType<Winner> = [
    { title: 'Năm', dataIndex: 'year' },
    { title: 'Đơn vị được suy tôn', dataIndex: 'winnerName', render: (v: string | null) => v ?? '—' },
    { title: 'Đơn vị điểm cao nhất', dataIndex: 'topScorerName', render: (v: string | null) => v ?? '—' },
    { title: 'Lý do đã ghi', dataIndex: 'reason', responsive: ['md'], render: (v: string | null) => v ?? '' },
  ];
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card title={bloc.name}>
        <Descriptions size="small" column={1}>
          <Descriptions.Item label="Thành lập">{formatDate(bloc.formedOn)}</Descriptions.Item>
        </Descriptions>
        <Table<Member>
          rowKey={(m) => `${m.unitId}-${m.from}`}
          columns={memberColumns}
          dataSource={bloc.members}
          pagination={false}
          size="small"
          aria-label="Thành viên của khối"
        />
      </Card>
      <Card title="Cảnh báo luân phiên, hình thức">
        {bloc.alerts.length === 0 ? (
          <Typography.Text>Không có cảnh báo.</Typography.Text>
        ) : (
          <Space orientation="vertical" style={{ width: '100%' }}>
            {bloc.alerts.map((a) => (
              <Alert
                key={`${a.kind}-${a.year}-${a.unitIds.join('-')}`}
                type="warning"
                showIcon
                title={`${a.label.vi} — năm ${a.year}`}
                description={a.explanation.vi}
              />
            ))}
          </Space>
        )}
      </Card>
      <Card title="Lịch sử suy tôn">
        <Table<Winner>
          rowKey="year"
          columns={winnerColumns}
          dataSource={bloc.winnerHistory}
          pagination={false}
          size="small"
          aria-label="Lịch sử suy tôn"
        />
      </Card>
      {bloc.years.map((y) => (
        <Card
          key={y.year}
          title={`Năm ${y.year}`}
          extra={
            y.imported ? null : <Link to={`/blocs/${bloc.id}/years/${y.year}`}>Chấm điểm, xếp hạng, họp khối</Link>
          }
        >
          <YearDetail year={y} />
        </Card>
      ))}
    </Space>
  );
}

function YearDetail({ year }: { year: Year }) {
  const scoreColumns: TableColumnsType<Score> = [
    { title: 'Hạng', dataIndex: 'rank' },
    { title: 'Đơn vị', dataIndex: 'unitName' },
    { title: 'Tự chấm', dataIndex: 'selfTotal', render: points },
    { title: 'Chấm chéo (bình quân)', dataIndex: 'crossTotal', render: points },
    { title: 'Điểm xếp hạng', dataIndex: 'score', render: points },
    {
      title: 'Minh chứng',
      dataIndex: 'evidenceAttachmentIds',
      responsive: ['md'],
      render: (v: string[]) => (v.length ? `${v.length} tệp` : '—'),
    },
  ];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label="Giai đoạn">
          {year.imported ? 'Nhập từ hồ sơ giấy' : year.phaseLabel.vi}
        </Descriptions.Item>
        {year.head && <Descriptions.Item label="Trưởng khối">{year.head.unitName}</Descriptions.Item>}
        {year.deputy && <Descriptions.Item label="Phó khối">{year.deputy.unitName}</Descriptions.Item>}
        {year.covenantDeadline && (
          <Descriptions.Item label="Hạn ký giao ước">{formatDate(year.covenantDeadline)}</Descriptions.Item>
        )}
        <Descriptions.Item label="Biểu chấm điểm">
          {year.criteriaSource}
          {year.maxTotal !== null ? ` — tối đa ${points(year.maxTotal)} điểm` : ''}
        </Descriptions.Item>
        {year.meeting?.winnerName && (
          <Descriptions.Item label="Kết quả suy tôn">
            {year.meeting.winnerName}
            {year.meeting.leftBallot.length > 0 &&
              ` (không có tên trên phiếu: ${year.meeting.leftBallot.map((l) => l.unitName).join(', ')} — đã rời khối)`}
          </Descriptions.Item>
        )}
      </Descriptions>
      {year.covenants.length > 0 && <CovenantTable year={year} />}
      <Table<Score>
        rowKey="unitId"
        columns={scoreColumns}
        dataSource={year.scores}
        pagination={false}
        size="small"
        aria-label={`Bảng điểm năm ${year.year}`}
      />
    </Space>
  );
}
