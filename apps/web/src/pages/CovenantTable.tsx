import { Table, Tag, type TableColumnsType } from 'antd';
import type { BlocView } from '@vinhdanh/api';
import { formatDate } from '../lib/format';

type Year = BlocView['years'][number];
type Covenant = Year['covenants'][number];

const COVENANT_COLORS: Record<Covenant['status'], string> = {
  signed: 'green',
  registered: 'blue',
  pending: 'default',
  missed: 'red',
};

const COLUMNS: TableColumnsType<Covenant> = [
  { title: 'Đơn vị', dataIndex: 'unitName' },
  // On a phone: the unit, when it signed and the status; the registration date waits for a wider screen.
  {
    title: 'Đăng ký',
    dataIndex: 'registeredOn',
    responsive: ['sm'],
    render: (v: string | null) => formatDate(v),
  },
  { title: 'Ký giao ước', dataIndex: 'signedOn', render: (v: string | null) => formatDate(v) },
  {
    title: 'Tình trạng',
    dataIndex: 'status',
    render: (s: Covenant['status'], c) => (
      <Tag color={COVENANT_COLORS[s]} style={{ whiteSpace: 'normal' }}>
        {c.statusLabel}
      </Tag>
    ),
  },
];

/** Each member's registration and covenant (giao ước thi đua) for the year, with its status. */
export function CovenantTable({ year }: { year: Year }) {
  return (
    <Table<Covenant>
      rowKey="unitId"
      columns={COLUMNS}
      dataSource={year.covenants}
      pagination={false}
      size="small"
      aria-label={`Giao ước thi đua năm ${year.year}`}
    />
  );
}
