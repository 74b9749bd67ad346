import type { TableColumnsType } from 'antd';
import { useMemo } from 'react';
import type { RoundProgress } from '@vinhdanh/api';
import { formatDate, formatNumber } from '../lib/format';
import { progressByLevelOption, progressByUnitOption, waitingByUnit, type UnitWaiting } from '../lib/reports';
import { KeyFigures, ReportHeading } from './ReportHeading';
import { ReportSection } from './ReportSection';

type LevelRow = RoundProgress['byLevel'][number];
const num = (n: number) => formatNumber(n);

const levelColumns: TableColumnsType<LevelRow> = [
  { title: 'Cấp xét', dataIndex: 'levelName' },
  { title: 'Đang chờ', dataIndex: 'open', align: 'right', render: num },
  { title: 'Quá hạn', dataIndex: 'overdue', align: 'right', render: num },
  { title: 'Hạn chót', dataIndex: 'cutoff', render: (v: string | null) => formatDate(v) },
  {
    title: 'Thời gian xét trung bình (ngày)',
    dataIndex: 'averageDaysAtLevel',
    align: 'right',
    render: (v: number | null) => (v === null ? '—' : v.toLocaleString('vi-VN')),
  },
  { title: 'Dự báo trễ hạn chót', dataIndex: 'forecastLate', align: 'right', render: num },
];

const unitColumns: TableColumnsType<UnitWaiting> = [
  { title: 'Đơn vị đang giữ hồ sơ', dataIndex: 'unitName' },
  { title: 'Đang chờ', dataIndex: 'open', align: 'right', render: num },
  { title: 'Quá hạn', dataIndex: 'overdue', align: 'right', render: num },
  { title: 'Chờ từ ngày', dataIndex: 'oldestOpenedAt', render: (v: string) => formatDate(v) },
];

/** Tiến độ đợt thi đua: where the round's nominations wait, by level and unit; overdue; forecast against the cut-offs. */
export function RoundProgressReport({ report }: { report: RoundProgress }) {
  const levelOption = useMemo(() => progressByLevelOption(report), [report]);
  const units = useMemo(() => waitingByUnit(report), [report]);
  const unitOption = useMemo(() => progressByUnitOption(units), [units]);
  return (
    <article aria-label="Tiến độ đợt thi đua">
      <ReportHeading title="Tiến độ đợt thi đua" report={report} />
      <KeyFigures
        items={[
          ['Hồ sơ đang chờ xét', report.totals.open],
          ['Quá hạn xử lý', report.totals.overdue],
          ['Dự báo trễ hạn chót', report.totals.forecastLate],
          ['Đã có kết quả', report.totals.finished],
        ]}
      />
      <ReportSection
        title="Hồ sơ đang chờ theo cấp xét"
        option={levelOption}
        chartLabel="Biểu đồ cột: hồ sơ đang chờ theo cấp xét, trong hạn, quá hạn và dự báo trễ hạn chót"
        columns={levelColumns}
        rows={report.byLevel}
        rowKey="level"
        footer={
          <p className="report-note">
            Dự báo trễ hạn chót: hồ sơ mà ngày nhận cộng thời gian xét trung bình của cấp đó vượt quá hạn chót của đợt.
          </p>
        }
      />
      <ReportSection
        title="Hồ sơ đang chờ theo đơn vị"
        option={unitOption}
        chartLabel="Biểu đồ thanh ngang: các đơn vị đang giữ nhiều hồ sơ nhất, trong hạn và quá hạn"
        columns={unitColumns}
        rows={units}
        rowKey="unitId"
      />
    </article>
  );
}
