/**
 * What the report screens compute from the server's answers: chart options (ECharts), rows of the
 * tables beside them, the unit tree for the picker, and download names. Every label people read comes
 * from the answer (unit, award, level, outcome names); only the series headings are written here.
 */
import type { AnnualSummary, Figures, RoundProgress, Share } from '@vinhdanh/api';

/** An ECharts option (kept structural so this file needs nothing of ECharts at run time). */
export type ChartOption = Record<string, unknown>;

/** Colours of the series: the app's red first, then colours that stay apart when printed in grey. */
export const PALETTE = ['#b3261e', '#1f6fb2', '#e8a317', '#5b8c32', '#7b4fa0', '#6b6b6b', '#00897b'];

const percentFormat = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 });
/** "45,5%" (Vietnamese decimal comma); "—" when there is nothing to divide. */
export const formatShare = (value: number | null | undefined): string =>
  value === null || value === undefined ? '—' : percentFormat.format(value);

// Tooltips drawn on the canvas: the HTML tooltip writes inline style attributes, which the CSP refuses.
const tooltip = { trigger: 'axis', axisPointer: { type: 'shadow' }, renderMode: 'richText', confine: true };
const grid = { left: 8, right: 16, top: 48, bottom: 8, containLabel: true };
const legend = { top: 0, type: 'scroll' };
/** Long Vietnamese names wrap on the category axis instead of running into each other. */
const categoryLabel = { interval: 0, width: 110, overflow: 'break', hideOverlap: false };

/** Where a round's open nominations wait, by level: on time and overdue stacked, forecast late beside. */
export function progressByLevelOption(report: RoundProgress): ChartOption {
  const levels = report.byLevel;
  return {
    color: PALETTE,
    tooltip,
    legend,
    grid,
    xAxis: { type: 'category', data: levels.map((l) => l.levelName), axisLabel: categoryLabel },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: 'Trong hạn', type: 'bar', barMaxWidth: 40, stack: 'open', data: levels.map((l) => l.open - l.overdue) },
      { name: 'Quá hạn', type: 'bar', barMaxWidth: 40, stack: 'open', data: levels.map((l) => l.overdue) },
      { name: 'Dự báo trễ hạn chót', type: 'bar', barMaxWidth: 40, data: levels.map((l) => l.forecastLate) },
    ],
  };
}

/** One unit's open and overdue nominations over all levels. */
export interface UnitWaiting {
  unitId: string;
  unitName: string;
  open: number;
  overdue: number;
  oldestOpenedAt: string;
}

/** The units where nominations wait, most first (a unit waiting at several levels is summed). */
export function waitingByUnit(report: RoundProgress): UnitWaiting[] {
  const byUnit = new Map<string, UnitWaiting>();
  for (const r of report.byUnit) {
    const u = byUnit.get(r.unitId);
    if (!u) byUnit.set(r.unitId, { ...r });
    else {
      u.open += r.open;
      u.overdue += r.overdue;
      if (r.oldestOpenedAt < u.oldestOpenedAt) u.oldestOpenedAt = r.oldestOpenedAt;
    }
  }
  return [...byUnit.values()].sort(
    (a, b) => b.open - a.open || b.overdue - a.overdue || a.unitName.localeCompare(b.unitName, 'vi'),
  );
}

/** Horizontal bars of the units where most nominations wait (the first `limit`). */
export function progressByUnitOption(units: readonly UnitWaiting[], limit = 12): ChartOption {
  const shown = units.slice(0, limit).reverse();
  return {
    color: PALETTE,
    tooltip,
    legend,
    grid,
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      data: shown.map((u) => u.unitName),
      axisLabel: { width: 200, overflow: 'truncate' },
    },
    series: [
      { name: 'Trong hạn', type: 'bar', barMaxWidth: 40, stack: 'open', data: shown.map((u) => u.open - u.overdue) },
      { name: 'Quá hạn', type: 'bar', barMaxWidth: 40, stack: 'open', data: shown.map((u) => u.overdue) },
    ],
  };
}

/** The outcomes counted in `Figures`, in the order they are stacked. */
export const OUTCOME_KEYS = ['granted', 'open', 'rejected', 'withdrawn', 'revoked', 'cancelled'] as const;
const OUTCOME_CODES: Record<(typeof OUTCOME_KEYS)[number], string> = {
  granted: 'GRANTED',
  open: 'OPEN',
  rejected: 'REJECTED',
  withdrawn: 'WITHDRAWN',
  revoked: 'REVOKED',
  cancelled: 'CANCELLED',
};

/** The outcomes that occur in these rows, with the server's names. */
export function outcomesIn(rows: readonly Figures[], names: Readonly<Record<string, string>>) {
  return OUTCOME_KEYS.filter((k) => rows.some((r) => r[k] > 0)).map((key) => ({
    key,
    name: names[OUTCOME_CODES[key]] ?? key,
  }));
}

/** Nominations by award kind, stacked by outcome. */
export function byAwardOption(summary: AnnualSummary): ChartOption {
  const rows = summary.byAward;
  return {
    color: PALETTE,
    tooltip,
    legend,
    grid,
    xAxis: { type: 'category', data: rows.map((r) => r.awardName), axisLabel: categoryLabel },
    yAxis: { type: 'value', minInterval: 1 },
    series: outcomesIn(rows, summary.outcomeNames).map((o) => ({
      name: o.name,
      type: 'bar',
      barMaxWidth: 40,
      stack: 'outcome',
      data: rows.map((r) => r[o.key]),
    })),
  };
}

/** Nominations and awards side by side, by granting level or by person / collective. */
export function nominatedGrantedOption(rows: readonly (Figures & { label: string })[]): ChartOption {
  return {
    color: PALETTE,
    tooltip,
    legend,
    grid,
    xAxis: { type: 'category', data: rows.map((r) => r.label), axisLabel: categoryLabel },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: 'Được đề nghị', type: 'bar', barMaxWidth: 40, data: rows.map((r) => r.nominations) },
      { name: 'Được khen thưởng', type: 'bar', barMaxWidth: 40, data: rows.map((r) => r.granted) },
    ],
  };
}

/** One row of the shares table: a group, its share among nominees and among awardees, and the target. */
export interface ShareRow {
  key: 'directWorkers' | 'women' | 'nonLeaders' | 'collectiveWomen';
  label: string;
  nominated: Share;
  granted: Share;
  target: number | null;
}

const SHARE_LABELS: Record<ShareRow['key'], string> = {
  directWorkers: 'Công nhân, người lao động trực tiếp',
  women: 'Nữ',
  nonLeaders: 'Không giữ chức vụ lãnh đạo',
  collectiveWomen: 'Nữ trong các tập thể',
};

/** The shares of the annual summary as rows, the target being the rule set's where it states one. */
export function shareRows(summary: AnnualSummary): ShareRow[] {
  return (Object.keys(SHARE_LABELS) as ShareRow['key'][]).map((key) => ({
    key,
    label: SHARE_LABELS[key],
    nominated: summary.nominatedShares[key],
    granted: summary.grantedShares[key],
    target: summary.nominatedShares[key].target ?? summary.grantedShares[key].target,
  }));
}

const toPercent = (v: number | null): number | null => (v === null ? null : Math.round(v * 1000) / 10);

/** Shares in percent, nominees and awardees side by side, the target as a third bar where one is stated. */
export function sharesOption(rows: readonly ShareRow[]): ChartOption {
  const series: Record<string, unknown>[] = [
    {
      name: 'Trong số được đề nghị (%)',
      type: 'bar',
      barMaxWidth: 40,
      data: rows.map((r) => toPercent(r.nominated.share)),
    },
    {
      name: 'Trong số được khen thưởng (%)',
      type: 'bar',
      barMaxWidth: 40,
      data: rows.map((r) => toPercent(r.granted.share)),
    },
  ];
  if (rows.some((r) => r.target !== null))
    series.push({
      name: 'Chỉ tiêu tối thiểu (%)',
      type: 'bar',
      barMaxWidth: 40,
      data: rows.map((r) => toPercent(r.target)),
    });
  return {
    color: [PALETTE[1], PALETTE[0], PALETTE[5]],
    tooltip,
    legend,
    grid,
    xAxis: { type: 'category', data: rows.map((r) => r.label), axisLabel: categoryLabel },
    yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    series,
  };
}

/** A unit of `GET /api/units`. */
export interface TreeUnit {
  id: string;
  name: string;
  children: TreeUnit[];
}

/** A node of the unit picker (antd TreeSelect). */
export interface TreeOption {
  value: string;
  title: string;
  children: TreeOption[];
}

/** The org tree as the picker's nodes, names sorted as Vietnamese sorts them. */
export function unitTreeOptions(roots: readonly TreeUnit[]): TreeOption[] {
  return [...roots]
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'))
    .map((u) => ({ value: u.id, title: u.name, children: unitTreeOptions(u.children) }));
}

/** The years offered by the year filter: this year back to 2020, newest first. */
export function yearChoices(thisYear: number, from = 2020): number[] {
  return Array.from({ length: Math.max(0, thisYear - from + 1) }, (_, i) => thisYear - i);
}

/** The query string of a report request, leaving out filters not set. */
export function reportQuery(params: Readonly<Record<string, string | number | undefined | null>>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  return q.toString();
}

/** The file name a download answer gives (RFC 6266 `filename*` first), or `fallback`. */
export function downloadName(contentDisposition: string | null, fallback: string): string {
  if (!contentDisposition) return fallback;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(contentDisposition);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      // A malformed escape: fall through to the plain name.
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(contentDisposition);
  return plain?.[1]?.trim() || fallback;
}
