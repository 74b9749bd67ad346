import { sheet, type AnySheet, type SheetColumn } from '@vinhdanh/spreadsheets';
import {
  vnDate,
  type AnnualSummary,
  type Figures,
  type ReportHeader,
  type RoundProgress,
  type Shares,
  type UnitAwardHistory,
} from './reports.service';

/** Title lines above a report's header row: the unit, the filters, when, and the reorganisation note. */
export function titleOf(name: string, h: ReportHeader): string[] {
  const filters = [
    `Đơn vị: ${h.unit.name}`,
    h.year === null ? null : `Năm: ${h.year}`,
    h.campaign ? `Đợt thi đua: ${h.campaign.name}` : null,
    `Số liệu đến ngày ${vnDate(h.asOf)}`,
  ].filter((x): x is string => x !== null);
  return [name, filters.join(' · '), ...(h.reorganisationNote ? [h.reorganisationNote] : [])];
}

type Labelled = Figures & { label: string };
const FIGURE_COLUMNS: readonly SheetColumn<Labelled>[] = [
  { header: 'Số hồ sơ đề nghị', type: 'integer', value: (r) => r.nominations },
  { header: 'Đã khen thưởng', type: 'integer', value: (r) => r.granted },
  { header: 'Không đạt', type: 'integer', value: (r) => r.rejected },
  { header: 'Đã rút', type: 'integer', value: (r) => r.withdrawn },
  { header: 'Bị thu hồi', type: 'integer', value: (r) => r.revoked },
  { header: 'Đã hủy', type: 'integer', value: (r) => r.cancelled },
  { header: 'Đang xét', type: 'integer', value: (r) => r.open },
  { header: 'Hồ sơ bị trả lại', type: 'integer', value: (r) => r.returned },
  { header: 'Số lần trả lại', type: 'integer', value: (r) => r.returns },
];
const figures = (first: string): SheetColumn<Labelled>[] => [
  { header: first, type: 'text', value: (r) => r.label, width: 40 },
  ...FIGURE_COLUMNS,
];

interface ShareRow {
  label: string;
  scope: string;
  count: number;
  of: number;
  share: number | null;
  target: number | null;
  meets: string;
}
const SHARE_COLUMNS: readonly SheetColumn<ShareRow>[] = [
  { header: 'Chỉ tiêu', type: 'text', value: (r) => r.label, width: 44 },
  { header: 'Phạm vi', type: 'text', value: (r) => r.scope, width: 24 },
  { header: 'Số lượng', type: 'integer', value: (r) => r.count },
  { header: 'Trên tổng số', type: 'integer', value: (r) => r.of },
  { header: 'Tỷ lệ', type: 'percent', value: (r) => r.share },
  { header: 'Mức quy định tối thiểu', type: 'percent', value: (r) => r.target },
  { header: 'Đạt quy định', type: 'text', value: (r) => r.meets },
];

function shareRows(scope: string, s: Shares): ShareRow[] {
  const row = (label: string, v: Shares['women']): ShareRow => ({
    label,
    scope,
    count: v.count,
    of: v.of,
    share: v.share,
    target: v.target,
    meets: v.meetsTarget === null ? 'Không quy định' : v.meetsTarget ? 'Đạt' : 'Chưa đạt',
  });
  return [
    row('Người lao động trực tiếp (công nhân, lao động trực tiếp)', s.directWorkers),
    row('Nữ', s.women),
    row('Không giữ chức vụ lãnh đạo', s.nonLeaders),
    row('Nữ trong các tập thể', s.collectiveWomen),
  ];
}

/** The annual summary as sheets: totals and breakdowns, shares, time per level, quota use. */
export function annualSummarySheets(r: AnnualSummary): AnySheet[] {
  const title = titleOf('Báo cáo tổng kết công tác thi đua, khen thưởng', r);
  type T = AnnualSummary['timePerLevel'][number];
  type Q = AnnualSummary['quotaUse'][number];
  return [
    sheet<Labelled>({
      name: 'Tổng hợp',
      title,
      columns: figures('Nhóm'),
      rows: [
        { label: 'Tổng số', ...r.totals },
        ...r.byKind.map((k) => ({ ...k, label: k.kindName })),
        ...r.byLevel.map((l) => ({ ...l, label: `Khen thưởng ${l.levelName.toLowerCase()}` })),
        ...r.byCampaign.map((c) => ({ ...c, label: `Đợt: ${c.campaignName}` })),
      ],
    }),
    sheet<Labelled>({
      name: 'Theo hình thức',
      title,
      columns: figures('Hình thức khen thưởng'),
      rows: r.byAward.map((a) => ({ ...a, label: a.awardName })),
    }),
    ...(r.byUnit
      ? [
          sheet<Labelled>({
            name: 'Theo đơn vị',
            title,
            columns: figures('Đơn vị'),
            rows: r.byUnit.map((u) => ({ ...u, label: u.unitName })),
          }),
        ]
      : []),
    sheet<ShareRow>({
      name: 'Tỷ lệ',
      title: [...title, r.nominatedShares.targetsNote],
      columns: SHARE_COLUMNS,
      rows: [...shareRows('Hồ sơ đề nghị', r.nominatedShares), ...shareRows('Được khen thưởng', r.grantedShares)],
    }),
    sheet<T>({
      name: 'Thời gian xét',
      title,
      columns: [
        { header: 'Cấp', type: 'text', value: (t) => t.levelName, width: 30 },
        { header: 'Số lượt xét đã xong', type: 'integer', value: (t) => t.tasks },
        { header: 'Số ngày trung bình', type: 'number', value: (t) => t.averageDays },
      ],
      rows: r.timePerLevel,
    }),
    sheet<Q>({
      name: 'Chỉ tiêu',
      title,
      columns: [
        { header: 'Đơn vị', type: 'text', value: (q) => q.unitName, width: 40 },
        { header: 'Hình thức', type: 'text', value: (q) => q.awardCode },
        { header: 'Chỉ tiêu (suất)', type: 'integer', value: (q) => q.limit },
        { header: 'Đã dùng (suất)', type: 'integer', value: (q) => q.used },
      ],
      rows: r.quotaUse,
    }),
  ];
}

/** The shares report as one sheet. */
export function sharesSheets(r: ReportHeader & { nominated: Shares; granted: Shares }): AnySheet[] {
  return [
    sheet<ShareRow>({
      name: 'Tỷ lệ',
      title: [
        ...titleOf('Tỷ lệ người lao động trực tiếp, nữ và người không giữ chức vụ lãnh đạo', r),
        r.nominated.targetsNote,
      ],
      columns: SHARE_COLUMNS,
      rows: [...shareRows('Hồ sơ đề nghị', r.nominated), ...shareRows('Được khen thưởng', r.granted)],
    }),
  ];
}

/** The round-progress dashboard as two sheets: by level (with the forecast) and by unit. */
export function roundProgressSheets(r: RoundProgress): AnySheet[] {
  const title = titleOf('Tiến độ xét khen thưởng của đợt', r);
  type L = RoundProgress['byLevel'][number];
  type U = RoundProgress['byUnit'][number];
  return [
    sheet<L>({
      name: 'Theo cấp',
      title,
      columns: [
        { header: 'Cấp', type: 'text', value: (l: L) => l.levelName, width: 30 },
        { header: 'Đang chờ xét', type: 'integer', value: (l: L) => l.open },
        { header: 'Quá hạn', type: 'integer', value: (l: L) => l.overdue },
        { header: 'Hạn chót của cấp', type: 'date', value: (l: L) => l.cutoff },
        { header: 'Số ngày xét trung bình', type: 'number', value: (l: L) => l.averageDaysAtLevel },
        { header: 'Dự báo trễ hạn chót', type: 'integer', value: (l: L) => l.forecastLate },
      ],
      rows: r.byLevel,
    }),
    sheet<U>({
      name: 'Theo đơn vị',
      title,
      columns: [
        { header: 'Đơn vị', type: 'text', value: (u: U) => u.unitName, width: 44 },
        { header: 'Cấp', type: 'integer', value: (u: U) => u.level },
        { header: 'Đang chờ xét', type: 'integer', value: (u: U) => u.open },
        { header: 'Quá hạn', type: 'integer', value: (u: U) => u.overdue },
        { header: 'Chờ lâu nhất từ', type: 'datetime', value: (u: U) => u.oldestOpenedAt, width: 18 },
      ],
      rows: r.byUnit,
    }),
  ];
}

/** A unit's award history as one sheet. */
export function awardHistorySheets(r: UnitAwardHistory): AnySheet[] {
  type I = UnitAwardHistory['items'][number];
  return [
    sheet<I>({
      name: 'Lịch sử khen thưởng',
      title: titleOf('Lịch sử khen thưởng của đơn vị', r),
      columns: [
        { header: 'Ngày quyết định', type: 'date', value: (i: I) => i.grantedAt },
        { header: 'Số quyết định', type: 'text', value: (i: I) => i.decisionNumber, width: 18 },
        { header: 'Hình thức khen thưởng', type: 'text', value: (i: I) => i.awardName, width: 44 },
        {
          header: 'Cá nhân / Tập thể',
          type: 'text',
          value: (i: I) => (i.nomineeKind === 'person' ? 'Cá nhân' : 'Tập thể'),
        },
        {
          header: 'Họ tên / Tên tập thể',
          type: 'text',
          value: (i: I) => i.nomineeName ?? '(ẩn: không có quyền xem hồ sơ)',
          width: 32,
        },
        { header: 'Đơn vị đề nghị', type: 'text', value: (i: I) => i.nominatingUnitName, width: 44 },
        { header: 'Đợt thi đua', type: 'text', value: (i: I) => i.campaignName, width: 36 },
        {
          header: 'Trạng thái',
          type: 'text',
          value: (i: I) => (i.status === 'GRANTED' ? 'Đã khen thưởng' : 'Bị thu hồi'),
        },
      ],
      rows: r.items,
    }),
  ];
}
