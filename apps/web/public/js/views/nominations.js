/** Hồ sơ đề nghị: nominations at the user's units (everything for auditors), newest first. */
import { api } from '../api.js';
import { h, mount } from '../dom.js';
import { formatDate, t } from '../i18n.js';
import { awardName, levelShort } from '../catalog.js';
import { hasRole, OVERSIGHT_ROLES } from '../session.js';
import { campaignLabel, errorBox, pageHeader, statusChip, table } from './common.js';
import { filterBar, filtersFromUrl } from './list-filters.js';

const FILTERS = ['search', 'status', 'awardCode', 'campaignId'];
const STATUSES = [
  ['AWAITING_INTAKE', 'Chờ tiếp nhận', 'Awaiting intake'],
  ['IN_APPRAISAL', 'Đang thẩm định', 'In appraisal'],
  ['AWAITING_VOTE', 'Chờ bình xét', 'Awaiting council vote'],
  ['AWAITING_SIGNATURE', 'Chờ ký', 'Awaiting signature'],
  ['ON_HOLD', 'Tạm dừng', 'On hold'],
  ['FORWARDED', 'Đã chuyển cấp trên', 'Forwarded'],
  ['RETURNED', 'Bị trả lại', 'Returned for revision'],
  ['REJECTED', 'Không đạt', 'Rejected'],
  ['WITHDRAWN', 'Đã rút', 'Withdrawn'],
  ['GRANTED', 'Đã khen thưởng', 'Granted'],
  ['REVOKED', 'Đã thu hồi', 'Revoked'],
  ['CANCELLED', 'Đã hủy', 'Cancelled'],
];

function row(n, ctx, auditor) {
  const task = n.currentTask;
  return h(
    'tr',
    { dataset: { nominationId: n.id } },
    h('td', {}, h('a', { href: `/nominations/${n.id}`, class: 'row-link' }, n.nominee.name)),
    h('td', {}, awardName(n.awardCode)),
    h('td', { class: 'muted' }, campaignLabel(ctx.campaignById, n.campaignId)),
    h('td', {}, ctx.units.get(n.nominatingUnitId)?.name ?? n.nominatingUnitId),
    h(
      'td',
      {},
      task
        ? [
            h('span', { class: 'level' }, levelShort(task.level)),
            h('br'),
            h('small', { class: 'muted' }, ctx.units.get(task.unitId)?.name ?? task.unitId),
          ]
        : h('span', { class: 'muted' }, t('list.finished')),
    ),
    h('td', { class: 'num' }, formatDate(n.submittedAt)),
    h('td', { class: 'num' }, formatDate(n.updatedAt)),
    h('td', {}, statusChip(n.status, n.statusLabel)),
    auditor
      ? h(
          'td',
          {},
          h(
            'a',
            { href: `/audit/nominations/${n.id}`, 'aria-label': `${t('audit.openLong')}: ${n.nominee.name}` },
            t('audit.open'),
          ),
        )
      : null,
  );
}

/** Renders the nomination list into `el`. */
export async function renderNominations(el, ctx) {
  let filters = filtersFromUrl(FILTERS);
  // Auditors' home: every nomination, each with a link to its audit trail.
  const auditor = hasRole(ctx.me, OVERSIGHT_ROLES);
  const lang = document.documentElement.lang;
  const results = h('div');
  const bar = filterBar({
    values: filters,
    campaigns: ctx.campaigns,
    extra: [['status', t('col.status'), STATUSES.map(([code, vi, en]) => [code, lang === 'en' ? en : vi])]],
    onChange: (next) => {
      filters = next;
      void load();
    },
  });
  const nominate = hasRole(ctx.me, ['nominator'])
    ? h('a', { href: '/nominations/new', class: 'btn btn-primary' }, t('nav.nominate'))
    : null;
  mount(el, pageHeader(t('list.title'), nominate), bar, results);

  async function load(cursor, rows = []) {
    try {
      const page = await api('/nominations', { query: { ...filters, cursor } });
      rows.push(...page.items.map((n) => row(n, ctx, auditor)));
      if (rows.length === 0) return mount(results, h('p', { class: 'empty' }, t('list.empty')));
      const headers = [
        t('col.nominee'),
        t('col.award'),
        t('col.campaign'),
        t('nom.nominatingUnit'),
        t('col.current'),
        t('col.submitted'),
        t('col.updated'),
        t('col.status'),
        auditor ? t('nav.audit') : null,
      ].filter(Boolean);
      const more = page.nextCursor
        ? h('button', { type: 'button', class: 'btn', onclick: () => load(page.nextCursor, rows) }, t('common.more'))
        : null;
      mount(results, table(t('list.title'), headers, rows), more);
    } catch (err) {
      mount(results, errorBox(err));
    }
  }
  await load();
}
