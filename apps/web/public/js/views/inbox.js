/** Hộp việc: the open tasks the user may act on, oldest first, with filters and accent-free search. */
import { api, newIdempotencyKey } from '../api.js';
import { h, mount } from '../dom.js';
import { formatDate, formatNumber, t } from '../i18n.js';
import { awardName, levelShort } from '../catalog.js';
import { campaignLabel, errorBox, errorText, overdueChip, pageHeader, statusChip, table } from './common.js';
import { filterBar, filtersFromUrl } from './list-filters.js';
import { quotaGauge } from './quota-gauge.js';
import { sortTasks, viewQuery, viewsBar } from './inbox-views.js';
import { bulkToolbar } from './inbox-bulk.js';
import { APPROVER_ROLES, hasRole } from '../session.js';

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

const FILTERS = ['search', 'kind', 'holder', 'awardCode', 'campaignId'];

/** Who holds the task (claimed or assigned), or a "Nhận xử lý" button while the unit's pool holds it. */
function holderCell(task, ctx, reload) {
  if (task.holder) {
    const mine = task.holder.userId === ctx.me.id;
    return h('td', { class: 'holder' }, mine ? h('strong', {}, t('claim.me')) : task.holder.name);
  }
  if (task.kind !== 'review' || !hasRole(ctx.me, APPROVER_ROLES, task.unitId))
    return h('td', { class: 'holder muted' }, t('claim.nobody'));
  const key = newIdempotencyKey();
  const button = h(
    'button',
    { type: 'button', class: 'btn btn-small', 'aria-label': t('claim.actionFor', { name: task.nomineeName }) },
    t('claim.action'),
  );
  const status = h('small', { class: 'field-error', role: 'alert' });
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      await api(`/nominations/${task.nominationId}/claim`, {
        method: 'POST',
        idempotencyKey: key,
        body: { taskSeq: task.taskSeq },
      });
      ctx.toast(t('claim.done', { name: task.nomineeName }), 'good');
      reload();
    } catch (err) {
      button.disabled = false;
      status.textContent = errorText(err);
    }
  });
  return h('td', { class: 'holder' }, button, ' ', status);
}

function row(task, ctx, { selected, onSelect, reload }) {
  const unit = ctx.units.get(task.unitId);
  const href = `/nominations/${task.nominationId}`;
  const selectable = task.kind === 'review' && hasRole(ctx.me, APPROVER_ROLES, task.unitId);
  const box = selectable
    ? h('input', {
        type: 'checkbox',
        name: 'select',
        checked: selected.has(task.nominationId),
        'aria-label': t('bulk.selectFor', { name: task.nomineeName }),
      })
    : null;
  box?.addEventListener('change', () => onSelect(task, box.checked));
  return h(
    'tr',
    { dataset: { nominationId: task.nominationId } },
    h('td', {}, box),
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
    holderCell(task, ctx, reload),
  );
}

/** Renders the inbox into `el`: saved views, filters, quota gauges, bulk decisions, claim per row. */
export async function renderInbox(el, ctx) {
  let filters = filtersFromUrl(FILTERS);
  let sort = null;
  const summary = h('p', { class: 'summary', 'aria-live': 'polite' });
  const results = h('div');
  const selected = new Map();
  const approver = hasRole(ctx.me, APPROVER_ROLES);
  const bulk = approver ? bulkToolbar(selected, { onDone: () => void load() }) : null;
  const views = viewsBar(ctx, {
    current: () => filters,
    onPick: (view) => ctx.navigate(view ? `/inbox?${viewQuery(view)}` : '/inbox'),
  });
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
      [
        'holder',
        t('claim.holder'),
        [
          ['me', t('claim.filterMe')],
          ['unassigned', t('claim.filterNobody')],
        ],
      ],
    ],
    onChange: (next) => {
      filters = next;
      void load();
    },
  });
  mount(el, pageHeader(t('inbox.title')), views.element, bar, summary, bulk?.element, results);
  const onSelect = (task, on) => {
    if (on) selected.set(task.nominationId, task);
    else selected.delete(task.nominationId);
    bulk?.refresh();
  };

  async function load(cursor, tasks = []) {
    try {
      const page = await api('/inbox', { query: { ...filters, cursor } });
      const { counts } = page;
      summary.textContent = t('inbox.summary', {
        total: formatNumber(counts.total),
        review: formatNumber(counts.byKind.review ?? 0),
        revision: formatNumber(counts.byKind.revision ?? 0),
      });
      tasks.push(...page.items);
      if (tasks.length === 0) return mount(results, h('p', { class: 'empty' }, t('inbox.empty')));
      const rows = sortTasks(tasks, sort).map((task) => row(task, ctx, { selected, onSelect, reload: () => load() }));
      const headers = [
        h('span', { class: 'sr-only' }, t('bulk.select')),
        t('col.nominee'),
        t('col.award'),
        t('col.campaign'),
        t('col.level'),
        t('col.kind'),
        t('col.opened'),
        t('col.due'),
        t('col.status'),
        t('claim.holder'),
      ];
      const more = page.nextCursor
        ? h('button', { type: 'button', class: 'btn', onclick: () => load(page.nextCursor, tasks) }, t('common.more'))
        : null;
      mount(results, inboxGauges(tasks, ctx), table(t('inbox.title'), headers, rows), more);
    } catch (err) {
      mount(results, errorBox(err));
    }
  }
  sort = (await views.ready)?.sort ?? null;
  await load();
}
