/** Bộ lọc đã lưu: pick a saved inbox view (mine or shared with me), save the current filter, delete my own. */
import { api, newIdempotencyKey } from '../api.js';
import { field, h, mount } from '../dom.js';
import { t } from '../i18n.js';
import { errorBox, filterField } from './common.js';
import { showProblem } from './form-errors.js';

/** The query string of a view's filter (only what is set). */
export function viewQuery(view) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(view.filter ?? {}))
    if (v !== undefined && v !== null && v !== '') params.set(k, v);
  params.set('view', view.id);
  return params.toString();
}

/** Sorts the page's tasks as a view says (the inbox API serves them oldest first). */
export function sortTasks(tasks, sort) {
  if (!sort || (sort.by === 'openedAt' && sort.direction === 'asc')) return tasks;
  const key = (task) => task[sort.by] ?? (sort.direction === 'asc' ? '\uffff' : '');
  const sign = sort.direction === 'desc' ? -1 : 1;
  return [...tasks].sort((a, b) => sign * String(key(a)).localeCompare(String(key(b)), 'vi'));
}

/**
 * The picker and the "save current filter" form. `current()` gives the filter in force; `onPick(view)`
 * applies a view (the inbox navigates to its query). Resolves the chosen view (from `?view=`), if any.
 */
export function viewsBar(ctx, { current, onPick }) {
  const chosenId = new URLSearchParams(location.search).get('view') ?? '';
  const select = h('select', { name: 'view' }, h('option', { value: '' }, t('views.none')));
  const status = h('div', { 'aria-live': 'polite' });
  const name = h('input', { name: 'viewName', maxlength: 100 });
  const save = h(
    'form',
    { class: 'view-save', novalidate: true },
    field({ label: t('views.name'), control: name, name: 'name' }),
    h('button', { type: 'submit', class: 'btn' }, t('views.save')),
  );
  const remove = h('button', { type: 'button', class: 'btn-link danger', hidden: true }, t('views.delete'));
  const bar = h(
    'div',
    { class: 'filter-bar views-bar', 'data-testid': 'views-bar' },
    filterField(t('views.pick'), select),
    remove,
    save,
    status,
  );
  let views = [];
  const ready = api('/views', { query: { target: 'inbox' } })
    .then((list) => {
      views = [...list.mine, ...list.sharedWithMe];
      const group = (label, items) =>
        items.length
          ? h(
              'optgroup',
              { label },
              items.map((v) =>
                h(
                  'option',
                  { value: v.id, selected: v.id === chosenId },
                  v.mine ? v.name : `${v.name} (${v.owner.fullName})`,
                ),
              ),
            )
          : null;
      mount(
        select,
        h('option', { value: '' }, t('views.none')),
        group(t('views.mine'), list.mine),
        group(t('views.shared'), list.sharedWithMe),
      );
      const chosen = views.find((v) => v.id === chosenId) ?? null;
      remove.hidden = !chosen?.mine;
      return chosen;
    })
    .catch((err) => {
      mount(status, errorBox(err));
      return null;
    });
  select.addEventListener('change', () => {
    const view = views.find((v) => v.id === select.value);
    onPick(view ?? null);
  });
  remove.addEventListener('click', async () => {
    const view = views.find((v) => v.id === select.value);
    if (!view || !confirm(t('views.confirmDelete', { name: view.name }))) return;
    try {
      await api(`/views/${view.id}`, { method: 'DELETE', idempotencyKey: newIdempotencyKey() });
      onPick(null);
    } catch (err) {
      mount(status, errorBox(err));
    }
  });
  save.addEventListener('submit', async (e) => {
    e.preventDefault();
    const filter = Object.fromEntries(Object.entries(current()).filter(([, v]) => v));
    try {
      const view = await api('/views', {
        method: 'POST',
        idempotencyKey: newIdempotencyKey(),
        body: { target: 'inbox', name: name.value, filter },
      });
      ctx.toast(t('views.saved', { name: view.name }), 'good');
      onPick(view);
    } catch (err) {
      showProblem(save, status, err);
    }
  });
  return { element: bar, ready };
}
