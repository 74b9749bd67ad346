import { useQuery } from '@tanstack/react-query';
import { App, Alert, Button, DatePicker, Form, Select, Space, Tabs, TreeSelect, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { AnnualSummary, RoundProgress } from '@vinhdanh/api';
import { api, call } from '../api/client';
import { formatDate } from '../lib/format';
import { reportQuery, unitTreeOptions, yearChoices, type TreeUnit } from '../lib/reports';
import { useCampaigns } from '../lib/session';
import { AnnualSummaryReport } from './AnnualSummaryReport';
import { downloadFile } from './download';
import { RoundProgressReport } from './RoundProgressReport';
import './reports.css';

type ReportKind = 'progress' | 'summary';
const ENDPOINT: Record<ReportKind, string> = {
  progress: '/api/reports/round-progress',
  summary: '/api/reports/annual-summary',
};

const thisYear = () => Number(formatDate(new Date()).slice(6, 10));

/** The org tree as of a day, for the unit picker (a dissolved unit is found in a tree before its end). */
function useUnitTree(asOf: string | undefined) {
  return useQuery({
    queryKey: ['units', asOf ?? 'today'],
    queryFn: () => call<{ roots: TreeUnit[] }>(api.GET('/api/units', { params: { query: { asOf } as never } })),
    staleTime: 5 * 60_000,
    select: (d) => unitTreeOptions(d.roots),
  });
}

type ReportParams = Record<string, string | undefined>;

/** A report as JSON from the API, with the screen's filters. */
function useReport<T>(kind: ReportKind, query: ReportParams, enabled: boolean) {
  return useQuery({
    queryKey: ['report', kind, query],
    enabled,
    queryFn: () =>
      call<T>(
        kind === 'progress'
          ? api.GET('/api/reports/round-progress', { params: { query: query as never } })
          : api.GET('/api/reports/annual-summary', { params: { query: query as never } }),
      ),
  });
}

/**
 * Báo cáo thống kê: the round-progress dashboard and the annual summary of a unit and its subtree,
 * charts with their numbers beside them, filters in the address (so a report can be bookmarked and
 * printed as seen), downloads as .xlsx from the API (each recorded as an export event).
 */
export function ReportsPage() {
  const [params, setParams] = useSearchParams();
  const { message } = App.useApp();
  const kind: ReportKind = params.get('report') === 'progress' ? 'progress' : 'summary';
  const campaigns = useCampaigns();
  const unitId = params.get('unitId') ?? undefined;
  const orgDate = params.get('orgDate') ?? undefined;
  const year = params.get('year') ?? String(thisYear());
  const campaignParam = params.get('campaignId') ?? undefined;
  // The dashboard follows one round: the first campaign unless one is chosen.
  const campaignId = kind === 'progress' ? (campaignParam ?? campaigns.data?.[0]?.id) : campaignParam;
  const units = useUnitTree(orgDate);
  const query: ReportParams =
    kind === 'progress' ? { campaignId, unitId } : { unitId, year, campaignId, breakdown: 'units' };
  const progress = useReport<RoundProgress>('progress', query, kind === 'progress' && campaignId !== undefined);
  const summary = useReport<AnnualSummary>('summary', query, kind === 'summary');
  const [downloading, setDownloading] = useState(false);
  const years = useMemo(() => yearChoices(thisYear()), []);

  const set = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === undefined || v === '') next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace: true });
  };

  const download = async () => {
    setDownloading(true);
    try {
      await downloadFile(`${ENDPOINT[kind]}?${reportQuery({ ...query, format: 'xlsx' })}`, 'bao-cao.xlsx');
    } catch (err) {
      void message.error(err instanceof Error ? err.message : 'Không tải được báo cáo.');
    } finally {
      setDownloading(false);
    }
  };

  const current = kind === 'progress' ? progress : summary;
  return (
    <section aria-labelledby="reports-title" className="reports-page">
      <Typography.Title level={1} id="reports-title">
        Báo cáo thống kê
      </Typography.Title>
      <Tabs
        className="no-print"
        activeKey={kind}
        onChange={(k) => set({ report: k === 'summary' ? undefined : k })}
        items={[
          { key: 'summary', label: 'Tổng kết năm' },
          { key: 'progress', label: 'Tiến độ đợt thi đua' },
        ]}
      />
      <Form layout="inline" className="filter-bar report-filters no-print" aria-label="Lọc báo cáo">
        {kind === 'summary' && (
          <Form.Item label="Năm" htmlFor="report-year">
            <Select
              id="report-year"
              value={Number(year)}
              onChange={(v: number) => set({ year: String(v) })}
              options={years.map((y) => ({ value: y, label: String(y) }))}
              className="report-filter-year"
            />
          </Form.Item>
        )}
        <Form.Item label="Đợt thi đua" htmlFor="report-campaign">
          <Select
            id="report-campaign"
            value={campaignId}
            allowClear={kind === 'summary'}
            placeholder="Tất cả các đợt"
            onChange={(v?: string) => set({ campaignId: v })}
            options={(campaigns.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
            className="report-filter-campaign"
            popupMatchSelectWidth={false}
          />
        </Form.Item>
        <Form.Item label="Đơn vị" htmlFor="report-unit">
          <TreeSelect
            id="report-unit"
            value={unitId}
            placeholder="Đơn vị cao nhất của tôi"
            allowClear
            showSearch
            treeNodeFilterProp="title"
            treeDefaultExpandAll
            treeData={units.data ?? []}
            onChange={(v?: string) => set({ unitId: v })}
            className="report-filter-unit"
            popupMatchSelectWidth={false}
          />
        </Form.Item>
        <Form.Item label="Cơ cấu tổ chức tại ngày" htmlFor="report-org-date">
          <DatePicker
            id="report-org-date"
            format="DD/MM/YYYY"
            value={orgDate ? dayjs(orgDate) : null}
            placeholder="Hôm nay"
            onChange={(d) => set({ orgDate: d ? d.format('YYYY-MM-DD') : undefined })}
          />
        </Form.Item>
        <Space>
          <Button type="primary" onClick={() => void download()} loading={downloading} disabled={!current.data}>
            Tải về Excel (.xlsx)
          </Button>
          <Button onClick={() => window.print()} disabled={!current.data}>
            In báo cáo
          </Button>
        </Space>
      </Form>
      {current.error && <Alert type="error" showIcon title={current.error.message} className="report-error" />}
      {kind === 'progress' && campaigns.data?.length === 0 && (
        <Alert type="info" showIcon title="Chưa có đợt thi đua nào." />
      )}
      {kind === 'progress' && progress.data && <RoundProgressReport report={progress.data} />}
      {kind === 'summary' && summary.data && <AnnualSummaryReport report={summary.data} />}
      {current.isFetching && !current.data && <p aria-live="polite">Đang tải báo cáo…</p>}
    </section>
  );
}
