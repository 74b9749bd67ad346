import { useQueries, useQuery } from '@tanstack/react-query';
import { Alert, Empty, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { BlocView } from '@vinhdanh/api';
import { api, call, errorText } from '../api/client';

interface BlocSummary {
  id: string;
  name: string;
  level: number;
  organiserUnitId: string;
  currentMembers: number;
  latestYear: number | null;
  alerts: number;
}

/** One row of the overview: the list's summary and, once loaded, the bloc's latest year and winners. */
export interface OverviewRow extends BlocSummary {
  phase: string | null;
  lastWinner: string | null;
  winners: string[];
  alertLabels: string[];
}

/** The overview's rows from the list and the blocs loaded so far (a bloc not loaded yet shows its summary). */
export function overviewRows(items: readonly BlocSummary[], blocs: ReadonlyMap<string, BlocView>): OverviewRow[] {
  return items.map((b) => {
    const bloc = blocs.get(b.id);
    const latest = bloc?.years.find((y) => y.year === b.latestYear);
    const history = bloc?.winnerHistory ?? [];
    return {
      ...b,
      phase: latest?.phaseLabel.vi ?? null,
      lastWinner: history.at(-1)?.winnerName ?? null,
      winners: history.map((w) => `${w.year}: ${w.winnerName ?? 'không có'}`),
      alertLabels: [...new Set((bloc?.alerts ?? []).map((a) => `${a.label.vi} ${a.year}`))],
    };
  });
}

/** A tag's text wraps inside a narrow column instead of widening the page. */
const WRAP = { whiteSpace: 'normal' } as const;

/**
 * The upper level's view of all its blocs: members, the latest year's stage, the winners year by
 * year and the alerts (rotation, winner not the top scorer, self above cross, all at the maximum),
 * the blocs with alerts first.
 */
export function BlocOverviewPage() {
  const list = useQuery({
    queryKey: ['blocs'],
    queryFn: () => call<{ items: BlocSummary[] }>(api.GET('/api/blocs', { params: { query: {} as never } })),
  });
  const items = list.data?.items ?? [];
  const details = useQueries({
    queries: items.map((b) => ({
      queryKey: ['bloc', b.id],
      queryFn: () => call<BlocView>(api.GET('/api/blocs/{id}', { params: { path: { id: b.id } } })),
    })),
  });
  const loaded = new Map(details.flatMap((d) => (d.data ? [[d.data.id, d.data] as const] : [])));
  const rows = overviewRows(items, loaded).sort((a, b) => b.alerts - a.alerts || a.name.localeCompare(b.name, 'vi'));
  const columns: TableColumnsType<OverviewRow> = [
    {
      title: 'Khối thi đua',
      dataIndex: 'name',
      render: (name: string, r) => <Link to={`/blocs?bloc=${r.id}`}>{name}</Link>,
    },
    // A phone keeps the bloc, its stage, winners and alerts; the member count waits for a wider screen.
    { title: 'Số đơn vị', dataIndex: 'currentMembers', width: 100, responsive: ['md'] },
    {
      title: 'Năm gần nhất',
      render: (_, r) =>
        r.latestYear === null ? (
          '—'
        ) : (
          <Link to={`/blocs/${r.id}/years/${r.latestYear}`}>
            {r.latestYear}
            {r.phase ? ` – ${r.phase}` : ''}
          </Link>
        ),
    },
    { title: 'Đơn vị dẫn đầu các năm', render: (_, r) => r.winners.join('; ') || '—' },
    {
      title: 'Cảnh báo',
      render: (_, r) =>
        r.alertLabels.length === 0 ? (
          <Tag color="green">Không có</Tag>
        ) : (
          r.alertLabels.map((l) => (
            <Tag key={l} color="red" style={WRAP}>
              {l}
            </Tag>
          ))
        ),
    },
  ];
  return (
    <section aria-labelledby="bloc-overview-title">
      <Typography.Title level={1} id="bloc-overview-title">
        Tổng quan các khối thi đua
      </Typography.Title>
      {list.error && <Alert type="error" showIcon title={errorText(list.error)} />}
      {list.data && items.length === 0 && <Empty description="Chưa có khối thi đua nào." />}
      {items.length > 0 && (
        <Table<OverviewRow>
          rowKey="id"
          columns={columns}
          dataSource={rows}
          pagination={false}
          aria-label="Các khối thi đua"
        />
      )}
    </section>
  );
}
