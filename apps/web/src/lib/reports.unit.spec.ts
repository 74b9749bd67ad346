import type { AnnualSummary, Figures, RoundProgress, Share } from '@vinhdanh/api';
import {
  byAwardOption,
  downloadName,
  formatShare,
  outcomesIn,
  progressByLevelOption,
  progressByUnitOption,
  reportQuery,
  shareRows,
  sharesOption,
  unitTreeOptions,
  waitingByUnit,
  yearChoices,
} from './reports';

const header = {
  unit: { id: 'ldld-cao-bang', name: 'Liên đoàn Lao động tỉnh Cao Bằng' },
  year: null,
  campaign: null,
  asOf: '2026-12-07',
  mergedUnits: [],
  reorganisationNote: null,
};

const figures = (over: Partial<Figures> = {}): Figures => ({
  nominations: 0,
  granted: 0,
  rejected: 0,
  withdrawn: 0,
  revoked: 0,
  cancelled: 0,
  open: 0,
  returned: 0,
  returns: 0,
  ...over,
});

type Series = { name: string; data: (number | null)[] };
const seriesOf = (option: Record<string, unknown>) => option.series as Series[];

describe('round-progress charts', () => {
  const report: RoundProgress = {
    ...header,
    byLevel: [
      {
        level: 1,
        levelName: 'Cấp cơ sở',
        open: 5,
        overdue: 2,
        cutoff: '2026-03-31',
        averageDaysAtLevel: 3,
        forecastLate: 1,
      },
      { level: 3, levelName: 'Cấp tỉnh', open: 4, overdue: 0, cutoff: null, averageDaysAtLevel: null, forecastLate: 0 },
    ],
    byUnit: [
      { unitId: 'a', unitName: 'Công đoàn A', level: 1, open: 2, overdue: 1, oldestOpenedAt: '2026-03-02T01:00:00Z' },
      { unitId: 'b', unitName: 'Công đoàn B', level: 1, open: 3, overdue: 1, oldestOpenedAt: '2026-03-05T01:00:00Z' },
      { unitId: 'a', unitName: 'Công đoàn A', level: 3, open: 4, overdue: 0, oldestOpenedAt: '2026-02-20T01:00:00Z' },
    ],
    totals: { open: 9, overdue: 2, forecastLate: 1, finished: 7 },
  };

  it('stacks on-time over overdue per level so the stack is the open count, forecast beside', () => {
    const [onTime, overdue, late] = seriesOf(progressByLevelOption(report));
    expect(onTime?.data).toEqual([3, 4]);
    expect(overdue?.data).toEqual([2, 0]);
    expect(late?.data).toEqual([1, 0]);
    expect((progressByLevelOption(report).xAxis as { data: string[] }).data).toEqual(['Cấp cơ sở', 'Cấp tỉnh']);
  });

  it('sums a unit waiting at several levels, keeps its oldest date, most waiting first', () => {
    const units = waitingByUnit(report);
    expect(units.map((u) => [u.unitId, u.open, u.overdue, u.oldestOpenedAt])).toEqual([
      ['a', 6, 1, '2026-02-20T01:00:00Z'],
      ['b', 3, 1, '2026-03-05T01:00:00Z'],
    ]);
    // The input rows are not changed by the sum.
    expect(report.byUnit[0]?.open).toBe(2);
  });

  it('draws the first units from the top of a horizontal chart (ECharts draws categories bottom-up)', () => {
    const option = progressByUnitOption(waitingByUnit(report), 1);
    expect((option.yAxis as { data: string[] }).data).toEqual(['Công đoàn A']);
    expect(seriesOf(option).map((s) => s.data)).toEqual([[5], [1]]);
  });

  it('uses the canvas tooltip (the HTML one writes inline styles the CSP refuses)', () => {
    expect((progressByLevelOption(report).tooltip as { renderMode: string }).renderMode).toBe('richText');
  });
});

describe('annual summary charts', () => {
  const share = (count: number, of: number, target: number | null = null): Share => ({
    count,
    of,
    share: of ? count / of : null,
    target,
    meetsTarget: target === null || !of ? null : count / of >= target,
  });
  const shares = (dw: Share) => ({
    directWorkers: dw,
    women: share(3, 4),
    nonLeaders: share(0, 0),
    collectiveWomen: share(10, 40),
    targetsNote: 'Bộ quy định yêu cầu…',
  });
  const summary = {
    ...header,
    year: 2026,
    totals: figures({ nominations: 6, granted: 4, open: 2 }),
    byAward: [
      { awardCode: 'GK', awardName: 'Giấy khen', ...figures({ nominations: 4, granted: 3, open: 1 }) },
      { awardCode: 'BK_CD', awardName: 'Bằng khen', ...figures({ nominations: 2, granted: 1, open: 1 }) },
    ],
    byLevel: [],
    byKind: [],
    byCampaign: [],
    byUnit: null,
    grantedShares: shares(share(2, 3, 0.5)),
    nominatedShares: shares(share(2, 5, 0.5)),
    timePerLevel: [],
    quotaUse: [],
    outcomeNames: { GRANTED: 'Đã khen thưởng', OPEN: 'Đang xét', REJECTED: 'Không đạt' },
  } satisfies AnnualSummary;

  it('stacks only the outcomes that occur, named by the server', () => {
    expect(outcomesIn(summary.byAward, summary.outcomeNames).map((o) => o.name)).toEqual([
      'Đã khen thưởng',
      'Đang xét',
    ]);
    const series = seriesOf(byAwardOption(summary));
    expect(series.map((s) => [s.name, s.data])).toEqual([
      ['Đã khen thưởng', [3, 1]],
      ['Đang xét', [1, 1]],
    ]);
  });

  it('puts the shares in percent beside the rule-set target; groups without a target have none', () => {
    const rows = shareRows(summary);
    expect(rows.map((r) => [r.key, r.target])).toEqual([
      ['directWorkers', 0.5],
      ['women', null],
      ['nonLeaders', null],
      ['collectiveWomen', null],
    ]);
    const [nominated, granted, target] = seriesOf(sharesOption(rows));
    expect(nominated?.data).toEqual([40, 75, null, 25]);
    expect(granted?.data).toEqual([66.7, 75, null, 25]);
    expect(target?.data).toEqual([50, null, null, null]);
  });

  it('draws no target bar when no rule set states one', () => {
    const noTarget = { ...summary, grantedShares: shares(share(1, 2)), nominatedShares: shares(share(1, 2)) };
    expect(seriesOf(sharesOption(shareRows(noTarget)))).toHaveLength(2);
  });
});

describe('formatting and filters', () => {
  it('writes shares with the Vietnamese decimal comma', () => {
    expect(formatShare(0.455)).toBe('45,5%');
    expect(formatShare(null)).toBe('—');
  });

  it('sorts the unit picker by Vietnamese names at every level', () => {
    const options = unitTreeOptions([
      { id: 'hn', name: 'Liên đoàn Lao động thành phố Hà Nội', children: [] },
      {
        id: 'cb',
        name: 'Liên đoàn Lao động tỉnh Cao Bằng',
        children: [
          { id: 'x', name: 'Công đoàn xã Hòa An', children: [] },
          { id: 'v', name: 'Công đoàn Viên chức tỉnh Cao Bằng', children: [] },
        ],
      },
    ]);
    expect(options.map((o) => o.value)).toEqual(['hn', 'cb']);
    expect(options[1]?.children.map((o) => o.title)).toEqual([
      'Công đoàn Viên chức tỉnh Cao Bằng',
      'Công đoàn xã Hòa An',
    ]);
  });

  it('offers this year back to 2020 and leaves unset filters out of the query', () => {
    expect(yearChoices(2026)).toEqual([2026, 2025, 2024, 2023, 2022, 2021, 2020]);
    expect(reportQuery({ unitId: 'cd-xa-hoa-an', year: 2025, campaignId: undefined, format: 'xlsx' })).toBe(
      'unitId=cd-xa-hoa-an&year=2025&format=xlsx',
    );
  });

  it('names the download from the Vietnamese filename* of the answer, else the ASCII one', () => {
    const header = `attachment; filename="bao-cao-tong-ket-2025-ldld-hoa-an.xlsx"; filename*=UTF-8''${encodeURIComponent('báo-cáo.xlsx')}`;
    expect(downloadName(header, 'x.xlsx')).toBe('báo-cáo.xlsx');
    expect(downloadName('attachment; filename="a.xlsx"', 'x.xlsx')).toBe('a.xlsx');
    expect(downloadName("attachment; filename*=UTF-8''%E0%A4%A", 'x.xlsx')).toBe('x.xlsx');
    expect(downloadName(null, 'x.xlsx')).toBe('x.xlsx');
  });
});
