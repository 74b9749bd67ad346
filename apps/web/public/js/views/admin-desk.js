/** Bàn điều phối: stuck nominations with why, where tasks wait (level × unit), and "Gia hạn" per row. */
import { api } from '../api.js';
import { h, mount } from '../dom.js';
import { formatDate, formatDateTime, formatNumber, t } from '../i18n.js';
import { awardName, levelShort } from '../catalog.js';
import { errorBox, filterField, pageHeader, selectControl, table } from './common.js';
import { filtersFromUrl } from './list-filters.js';
import { agingChart } from './admin-aging.js';
import { extendForm } from './admin-extend.js';
import { interventionsCard } from './admin-interventions.js';

const REASONS = ['overdue', 'stuck', 'no_assignee', 'idle', 'on_hold'];
const TONE = { overdue: 'bad', stuck: 'bad', no_assignee: 'warn', idle: 'neutral', on_hold: 'warn' };
const COLUMNS = 7;

function reasonChip(item, reason) {
  const text =
    reason === 'overdue' && item.daysLate !== null
      ? t('reason.overdueDays', { n: item.daysLate })
      : reason === 'idle' && item.daysIdle !== null
        ? t('reason.idleDays', { n: item.daysIdle })
        : t(`reason.${reason}`);
  return h('span', { class: `chip chip-${TONE[reason]}`, dataset: { reason } }, text);
}

function reasonChips(item) {
  return item.reasons.length ? item.reasons.map((r) => [reasonChip(item, r), ' ']) : '—';
}

function dueCell(item) {
  if (!item.dueAt) return '—';
  return h('span', { class: item.reasons.includes('overdue') ? 'due overdue' : 'due' }, formatDate(item.dueAt));
}

function filterForm(values, onChange) {
  const reason = selectControl(
    'reason',
    [['', t('common.all')], ...REASONS.map((r) => [r, t(`reason.${r}`)])],
    values.reason,
  );
  const level = selectControl(
    'level',
    [['', t('common.all')], ...[4, 3, 2, 1].map((l) => [String(l), levelShort(l)])],
    values.level,
  );
  const idle = h('input', { type: 'number', name: 'idleDays', min: 1, max: 365, value: values.idleDays || '10' });
  const form = h(
    'form',
    { class: 'filter-bar', role: 'search' },
    filterField(t('desk.reason'), reason),
    filterField(t('col.level'), level),
    filterField(t('desk.idleDays'), idle),
    h('div', { class: 'filter filter-buttons' }, h('button', { type: 'submit', class: 'btn' }, t('common.filter'))),
  );
  const apply = () => {
    const params = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (String(v).trim()) params.set(k, String(v).trim());
    history.replaceState(null, '', `${location.pathname}?${params}`);
    onChange(Object.fromEntries(params));
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    apply();
  });
  for (const select of [reason, level]) select.addEventListener('change', apply);
  return form;
}

/** One desk row and, under it, the slot where its extension form opens. */
function deskRow(item, ctx, onExtended) {
  const slot = h('tr', { class: 'extend-row', hidden: true }, h('td', { colspan: COLUMNS }));
  const result = h('div', { class: 'extend-result', 'aria-live': 'polite' });
  const reasons = h(
    'td',
    {},
    item.reasons.map((r) => [reasonChip(item, r), ' ']),
  );
  const due = h('td', { class: 'num' }, dueCell(item));
  const button = h(
    'button',
    { type: 'button', class: 'btn', 'aria-label': t('extend.actionFor', { name: item.nomineeName }) },
    t('extend.action'),
  );
  const close = () => {
    slot.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    button.focus();
  };
  button.setAttribute('aria-expanded', 'false');
  button.addEventListener('click', () => {
    mount(
      slot.firstChild,
      extendForm(item, {
        onCancel: close,
        onDone: (nomination) => {
          // The extension clears the overdue and stuck marks; the row stays so the operator sees the result.
          item.dueAt = nomination?.procedure?.dueAt ?? item.dueAt;
          item.reasons = item.reasons.filter((r) => r !== 'overdue' && r !== 'stuck');
          mount(due, dueCell(item));
          mount(
            reasons,
            item.reasons.map((r) => [reasonChip(item, r), ' ']),
          );
          mount(result, h('span', { class: 'chip chip-good' }, t('extend.done', { date: formatDateTime(item.dueAt) })));
          row.dataset.extended = 'true';
          close();
          ctx.toast(t('extend.done', { date: formatDateTime(item.dueAt) }), 'good');
          onExtended();
        },
      }),
    );
    slot.hidden = false;
    button.setAttribute('aria-expanded', 'true');
  });
  const unit = item.unitName ?? ctx.units.get(item.unitId)?.name ?? item.unitId;
  const row = h(
    'tr',
    { dataset: { nominationId: item.nominationId } },
    h(
      'td',
      {},
      h('a', { href: `/nominations/${item.nominationId}`, class: 'row-link' }, item.nomineeName),
      h('br'),
      h('small', { class: 'muted' }, awardName(item.awardCode)),
    ),
    h('td', {}, h('span', { class: 'level' }, levelShort(item.level)), h('br'), h('small', { class: 'muted' }, unit)),
    h('td', {}, item.step ? t(`stepKind.${item.step}`) : t(`task.${item.taskKind}`)),
    due,
    h('td', { class: 'num' }, t('desk.days', { n: formatNumber(item.daysWaiting) })),
    reasons,
    h('td', {}, button, result),
  );
  return [row, slot];
}

/** Renders the administrators' desk into `el`. */
export async function renderAdminDesk(el, ctx) {
  let filters = filtersFromUrl(['reason', 'level', 'idleDays']);
  const summary = h('p', { class: 'summary', 'aria-live': 'polite' });
  const results = h('div');
  const chart = h('div');
  mount(
    el,
    pageHeader(t('desk.title')),
    h('p', { class: 'muted' }, t('desk.lead')),
    filterForm(filters, (next) => {
      filters = next;
      void Promise.all([loadList(), loadAging()]);
    }),
    summary,
    results,
    chart,
    interventionsCard(() => filters, { onDone: () => void Promise.all([loadList(), loadAging()]) }),
  );

  async function loadList(cursor, rows = [], shown = 0) {
    try {
      const page = await api('/admin/stuck', { query: { ...filters, cursor } });
      // An extension changes the overdue counts, so the chart is fetched again.
      rows.push(...page.items.flatMap((item) => deskRow(item, ctx, () => void loadAging())));
      const count = shown + page.items.length;
      summary.textContent = t('desk.summary', {
        n: formatNumber(count) + (page.nextCursor ? '+' : ''),
        date: formatDateTime(page.asOf),
      });
      if (rows.length === 0) return mount(results, h('p', { class: 'empty' }, t('desk.empty')));
      const headers = [t('col.nominee'), t('col.level'), t('col.step'), t('col.due'), t('col.waiting')];
      const more = page.nextCursor
        ? h(
            'button',
            { type: 'button', class: 'btn', onclick: () => loadList(page.nextCursor, rows, count) },
            t('common.more'),
          )
        : null;
      mount(results, table(t('desk.list'), [...headers, t('desk.reason'), t('col.actions')], rows), more);
    } catch (err) {
      mount(results, errorBox(err));
    }
  }

  async function loadAging() {
    try {
      const aging = await api('/admin/stuck/aging', { query: { level: filters.level } });
      mount(chart, agingChart(aging.items));
    } catch (err) {
      mount(chart, errorBox(err));
    }
  }
  await Promise.all([loadList(), loadAging()]);
}
