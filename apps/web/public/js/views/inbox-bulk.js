/** Duyệt hàng loạt: approve or return the selected reviews in one request, then every item's outcome. */
import { api, ApiError, newIdempotencyKey } from '../api.js';
import { field, h, mount } from '../dom.js';
import { t } from '../i18n.js';
import { errorBox, errorText, table } from './common.js';

/**
 * The bulk toolbar. `selected` maps nominationId → task; `onDone()` reloads the inbox. The reason is
 * required to return (checked here and, item by item, by the server).
 */
export function bulkToolbar(selected, { onDone }) {
  const count = h('strong', { 'aria-live': 'polite' });
  const reason = h('textarea', { name: 'bulkReason', rows: 2, maxlength: 4000 });
  const results = h('div', { 'data-testid': 'bulk-results' });
  const approve = h('button', { type: 'button', class: 'btn btn-primary' }, t('bulk.approve'));
  const ret = h('button', { type: 'button', class: 'btn' }, t('bulk.return'));
  const box = h(
    'section',
    { class: 'card bulk', 'aria-labelledby': 'bulk-h', 'data-testid': 'bulk-toolbar' },
    h('h2', { id: 'bulk-h' }, t('bulk.title')),
    h('p', {}, count),
    field({ label: t('bulk.reason'), control: reason, hint: t('bulk.reasonHint'), name: 'reason' }),
    h('div', { class: 'form-actions' }, approve, ret),
    results,
  );
  const refresh = () => {
    count.textContent = t('bulk.selected', { n: selected.size });
    approve.disabled = ret.disabled = selected.size === 0;
  };
  async function run(decision) {
    if (decision === 'return' && !reason.value.trim()) {
      mount(results, h('p', { class: 'alert alert-error', role: 'alert' }, t('nom.reasonRequired')));
      return reason.focus();
    }
    const tasks = [...selected.values()];
    const items = tasks.map((task) => ({
      nominationId: task.nominationId,
      taskSeq: task.taskSeq,
      decision,
      ...(decision === 'return' ? { reason: reason.value.trim() } : {}),
    }));
    approve.disabled = ret.disabled = true;
    mount(results, h('p', { class: 'loading' }, t('bulk.running', { n: items.length })));
    try {
      const answer = await api('/inbox/bulk-decisions', {
        method: 'POST',
        idempotencyKey: newIdempotencyKey(),
        body: { items },
      });
      const rows = answer.items.map((o) => {
        const task = tasks[o.index];
        return h(
          'tr',
          { dataset: { nominationId: task.nominationId, ok: String(o.ok) } },
          h('td', {}, task.nomineeName),
          h(
            'td',
            {},
            o.ok
              ? h('span', { class: 'chip chip-good' }, t('bulk.ok'))
              : o.outcome === 'unknown'
                ? h('span', { class: 'chip' }, t('bulk.unknown'))
                : h('span', { class: 'chip chip-bad' }, t('bulk.failed')),
          ),
          // As a single call's error reads: Vietnamese or English, instants in Vietnam time. An item
          // that may have been decided says so (retrying the same selection decides nothing twice).
          h(
            'td',
            {},
            o.ok
              ? ''
              : o.outcome === 'unknown'
                ? t('bulk.unknownAdvice')
                : errorText(new ApiError(o.problem.status, o.problem)),
          ),
        );
      });
      mount(
        results,
        h('p', { role: 'status' }, t('bulk.summary', { ok: answer.summary.succeeded, failed: answer.summary.failed })),
        table(t('bulk.results'), [t('col.nominee'), t('bulk.outcome'), t('tl.reason')], rows),
      );
      selected.clear();
      reason.value = '';
      onDone();
    } catch (err) {
      mount(results, errorBox(err));
    } finally {
      refresh();
    }
  }
  approve.addEventListener('click', () => run('approve'));
  ret.addEventListener('click', () => run('return'));
  refresh();
  return { element: box, refresh };
}
