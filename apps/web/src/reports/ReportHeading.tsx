import { Alert, Typography } from 'antd';
import type { AnnualSummary } from '@vinhdanh/api';
import { formatDate, formatNumber } from '../lib/format';

type Header = Pick<AnnualSummary, 'unit' | 'year' | 'campaign' | 'asOf' | 'reorganisationNote'>;

/** What a report covers (unit, year, round, the org structure's day) and, when it counts dissolved units, the note saying so. */
export function ReportHeading({ title, report }: { title: string; report: Header }) {
  return (
    <header className="report-header">
      <Typography.Title level={2} className="report-title">
        {title}: {report.unit.name}
      </Typography.Title>
      <p>
        {report.year !== null && <>Năm {report.year}. </>}
        {report.campaign ? <>Đợt thi đua: {report.campaign.name}. </> : report.year !== null && <>Tất cả các đợt. </>}
        Cơ cấu tổ chức tính đến ngày {formatDate(report.asOf)}.
      </p>
      {report.reorganisationNote && (
        <Alert type="info" showIcon title="Sắp xếp lại tổ chức" description={report.reorganisationNote} />
      )}
    </header>
  );
}

/** Key figures as a definition list (label, number). */
export function KeyFigures({ items }: { items: readonly [string, number][] }) {
  return (
    <dl className="report-figures">
      {items.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{formatNumber(value)}</dd>
        </div>
      ))}
    </dl>
  );
}
