import { Tag, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import type { AnnualSummary, Figures } from '@vinhdanh/api';
import { formatNumber } from '../lib/format';
import {
  byAwardOption,
  formatShare,
  nominatedGrantedOption,
  shareRows,
  sharesOption,
  type ShareRow,
} from '../lib/reports';
import { KeyFigures, ReportHeading } from './ReportHeading';
import { ReportSection } from './ReportSection';

const num = (n: number) => formatNumber(n);
type Labelled = Figures & { key: string; label: string };

const figureColumns = (first: string): TableColumnsType<Labelled> => [
  { title: first, dataIndex: 'label' },
  { title: 'Được đề nghị', dataIndex: 'nominations', align: 'right', render: num },
  { title: 'Được khen thưởng', dataIndex: 'granted', align: 'right', render: num },
  { title: 'Đang xét', dataIndex: 'open', align: 'right', render: num },
  { title: 'Không đạt', dataIndex: 'rejected', align: 'right', render: num },
  {
    title: 'Rút / hủy / thu hồi',
    key: 'other',
    align: 'right',
    render: (_: unknown, r) => num(r.withdrawn + r.cancelled + r.revoked),
  },
];

const shareColumns: TableColumnsType<ShareRow> = [
  { title: 'Nhóm', dataIndex: 'label' },
  {
    title: 'Trong số được đề nghị',
    key: 'nominated',
    align: 'right',
    render: (_: unknown, r) => `${formatShare(r.nominated.share)} (${num(r.nominated.count)}/${num(r.nominated.of)})`,
  },
  {
    title: 'Trong số được khen thưởng',
    key: 'granted',
    align: 'right',
    render: (_: unknown, r) => `${formatShare(r.granted.share)} (${num(r.granted.count)}/${num(r.granted.of)})`,
  },
  {
    title: 'Chỉ tiêu',
    key: 'target',
    render: (_: unknown, r) => {
      if (r.target === null) return 'Không quy định';
      const met = r.nominated.meetsTarget;
      return (
        <>
          Tối thiểu {formatShare(r.target)}{' '}
          {met !== null && <Tag color={met ? 'green' : 'red'}>{met ? 'Đạt' : 'Chưa đạt'}</Tag>}
        </>
      );
    },
  },
];

/** Tổng kết năm: a unit and its subtree — awards by kind and level, person vs collective, the shares against the targets, the units below. */
export function AnnualSummaryReport({ report }: { report: AnnualSummary }) {
  const awards = useMemo(() => report.byAward.map((r) => ({ ...r, key: r.awardCode, label: r.awardName })), [report]);
  const levels = useMemo(
    () => report.byLevel.map((r) => ({ ...r, key: String(r.level), label: r.levelName })),
    [report],
  );
  const kinds = useMemo(() => report.byKind.map((r) => ({ ...r, key: r.nomineeKind, label: r.kindName })), [report]);
  const units = useMemo(() => (report.byUnit ?? []).map((r) => ({ ...r, key: r.unitId, label: r.unitName })), [report]);
  const shares = useMemo(() => shareRows(report), [report]);
  const awardOption = useMemo(() => byAwardOption(report), [report]);
  const levelOption = useMemo(() => nominatedGrantedOption(levels), [levels]);
  const kindOption = useMemo(() => nominatedGrantedOption(kinds), [kinds]);
  const unitOption = useMemo(() => nominatedGrantedOption(units), [units]);
  const shareOption = useMemo(() => sharesOption(shares), [shares]);
  const t = report.totals;
  return (
    <article aria-label="Báo cáo tổng kết năm">
      <ReportHeading title="Báo cáo tổng kết năm" report={report} />
      <KeyFigures
        items={[
          ['Hồ sơ được đề nghị', t.nominations],
          ['Được khen thưởng', t.granted],
          ['Đang xét', t.open],
          ['Không đạt', t.rejected],
          ['Bị trả lại để bổ sung', t.returned],
        ]}
      />
      <ReportSection
        title="Theo hình thức khen thưởng"
        option={awardOption}
        chartLabel="Biểu đồ cột chồng: số hồ sơ theo hình thức khen thưởng và kết quả"
        columns={figureColumns('Hình thức khen thưởng')}
        rows={awards}
        rowKey="key"
      />
      <ReportSection
        title="Theo cấp khen thưởng"
        option={levelOption}
        chartLabel="Biểu đồ cột: số được đề nghị và được khen thưởng theo cấp"
        columns={figureColumns('Cấp')}
        rows={levels}
        rowKey="key"
      />
      <ReportSection
        title="Cá nhân và tập thể"
        option={kindOption}
        chartLabel="Biểu đồ cột: cá nhân và tập thể được đề nghị và được khen thưởng"
        columns={figureColumns('Đối tượng')}
        rows={kinds}
        rowKey="key"
      />
      <ReportSection
        title="Tỷ lệ công nhân, người lao động trực tiếp và nữ"
        option={shareOption}
        chartLabel="Biểu đồ cột: tỷ lệ người lao động trực tiếp, nữ và người không giữ chức vụ lãnh đạo so với chỉ tiêu"
        columns={shareColumns}
        rows={shares}
        rowKey="key"
        footer={<p className="report-note">{report.nominatedShares.targetsNote}</p>}
      />
      {units.length > 0 && (
        <ReportSection
          title="Theo đơn vị trực thuộc"
          option={unitOption}
          chartLabel="Biểu đồ cột: số được đề nghị và được khen thưởng của từng đơn vị trực thuộc"
          columns={figureColumns('Đơn vị')}
          rows={units}
          rowKey="key"
        />
      )}
    </article>
  );
}
