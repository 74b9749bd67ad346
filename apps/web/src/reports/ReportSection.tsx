import { Card, Col, Row, Table, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import type { ChartOption } from '../lib/reports';
import { Chart } from './Chart';

/** One part of a report: its chart, and the same numbers as a table beside it (below it on phones). */
export function ReportSection<T extends object>({
  title,
  option,
  chartLabel,
  columns,
  rows,
  rowKey,
  footer,
}: {
  title: string;
  option: ChartOption | null;
  chartLabel: string;
  columns: TableColumnsType<T>;
  rows: readonly T[];
  rowKey: keyof T & string;
  footer?: ReactNode;
}) {
  const table = (
    <Table<T>
      size="small"
      rowKey={rowKey}
      columns={columns}
      dataSource={[...rows]}
      pagination={false}
      scroll={{ x: 'max-content' }}
      aria-label={`Bảng số liệu: ${title}`}
      locale={{ emptyText: 'Không có số liệu.' }}
    />
  );
  return (
    <Card title={<h2 className="report-section-title">{title}</h2>} className="report-section">
      <Row gutter={[24, 16]}>
        {option && rows.length > 0 && (
          <Col xs={24} xl={10} className="report-chart-col">
            <Chart option={option} label={chartLabel} />
          </Col>
        )}
        <Col xs={24} xl={option && rows.length > 0 ? 14 : 24}>
          {table}
        </Col>
      </Row>
      {footer}
    </Card>
  );
}
