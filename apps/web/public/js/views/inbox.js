/** Hộp việc: the open tasks the user may act on, oldest first, with filters and accent-free search. */
import { api } from '../api.js';
import { h, mount } from '../dom.js';
import { formatDate, formatNumber, t } from '../i18n.js';
import { awardName, levelShort } from '../catalog.js';
import { campaignLabel, errorBox, overdueChip, pageHeader, statusChip, table } from './common.js';
import { filterBar, filtersFromUrl } from './list-filters.js';
import { quotaGauge } from './quota-gauge.js';

const MAX_GAUGES = 6;

/** Quota gauges of the units' own counters for the awards under review on this page (a few at most). */
function inboxGauges(tasks, ctx) {
  const seen = new Map();
  for (const task of tasks) {
    if (task.kind !== 'review') continue;
    const key = `${task.campaignId}|${task.unitId}|${task.awardCode}`;
    if (!seen.has(key) && seen.size < MAX_GAUGES) seen.set(key, task);
  }
  return h(
    'div',
    { class: 'inbox-gauges' },
    [...seen.values()].map((task) =>
      quotaGauge({ campaignId: task.campaignId, unitId: task.unitId, awardCode: task.awardCode }, ctx, {
        scopes: ['unit'],
        title: false,
      }),
    ),
  );
}

const FILTERS = ['search', 'kind', 'awardCode', 'campaignId'];

function row(task, ctx) {
  const unit = ctx.units.get(task.unitId);
  const href = `/nominations/${task.nominationId}`;
  return h(
    'tr',
    { dataset: { nominationId: task.nominationId } },
    h('td', {}, h('a', { href, class: 'row-link' }, task.nomineeName)),
    h('td', {}, awardName(task.awardCode)),
    h('td', { class: 'muted' }, campaignLabel(ctx.campaignById, task.campaignId)),
    h(
      'td',
      {},
      h('span', { class: 'level' }, levelShort(task.level)),
      h('br'),
      h('small', { class: 'muted' }, unit?.name ?? task.unitId),
    ),
    h('td', {}, t(`task.${task.kind}`)),
    h('td', { class: 'num' }, formatDate(task.openedAt)),
    h('td', { class: 'num' }, task.dueAt ? formatDate(task.dueAt) : '—'),
    h('td', {}, statusChip(task.status, task.statusLabel), task.overdue ? [' ', overdueChip()] : null),
  );
}

/** Renders the inbox into `el`. */
export async function renderInbox(el, ctx) {
  let filters = filtersFromUrl(FILTERS);
  const summary = h('p', { class: 'summary', 'aria-live': 'polite' });
  const results = h('div');
  const bar = filterBar({
    values: filters,
    campaigns: ctx.campaigns,
    extra: [
      [
        'kind',
        t('col.kind'),
        [
          ['review', t('task.review')],
          ['revision', t('task.revision')],
        ],
      ],
    ],
    onChange: (next) => {
      filters = next;
      void load();
    },
  });
  mount(el, pageHeader(t('inbox.title')), bar, summary, results);

  async function load(cursor, rows = []) {
    try {
      const page = await api('/inbox', { query: { ...filters, cursor } });
      const { counts } = page;
      summary.textContent = t('inbox.summary', {
        total: formatNumber(counts.total),
        review: formatNumber(counts.byKind.review ?? 0),
        revision: formatNumber(counts.byKind.revision ?? 0),
      });
      rows.push(...page.items.map((task) => row(task, ctx)));
      if (rows.length === 0) return mount(results, h('p', { class: 'empty' }, t('inbox.empty')));
      const headers = [
        t('col.nominee'),
        t('col.award'),
        t('col.campaign'),
        t('col.level'),
        t('col.kind'),
        t('col.opened'),
        t('col.due'),
        t('col.status'),
      ];
      const more = page.nextCursor
        ? h('button', { type: 'button', class: 'btn', onclick: () => load(page.nextCursor, rows) }, t('common.more'))
        : null;
      mount(results, inboxGauges(page.items, ctx), table(t('inbox.title'), headers, rows), more);
    } catch (err) {
      mount(results, errorBox(err));
    }
  }
  await load();
}
