/** "Gia hạn": the inline form that extends an open task's deadline with a reason (POST /nominations/:id/deadline). */
import { api, newIdempotencyKey } from '../api.js';
import { field, h } from '../dom.js';
import { t } from '../i18n.js';
import { errorBox } from './common.js';
import { dateField } from './date-field.js';

const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` in Vietnam time, `days` after `from` (or today). */
function vietnamDate(from, days) {
  const base = Math.max(Date.now(), from ? Date.parse(from) : 0) + days * DAY_MS;
  return new Date(base + 7 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * The extension form for one desk row. `onDone(nomination)` gets the nomination view of the
 * command's answer; `onCancel` closes the form. One idempotency key per opened form, so a double
 * submit is one extension.
 */
export function extendForm(item, { onDone, onCancel }) {
  const key = newIdempotencyKey();
  const date = dateField({
    label: t('extend.date'),
    name: 'dueAt',
    value: vietnamDate(item.dueAt, 10),
    required: true,
    hint: `${t('date.hint')}. ${t('extend.dateHint')}`,
  });
  const reason = h('textarea', { name: 'reason', rows: 2, required: true, maxlength: 4000 });
  const status = h('div', { 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'btn btn-primary' }, t('extend.submit'));
  const form = h(
    'form',
    { class: 'extend-form', 'data-testid': 'extend-form' },
    h('strong', {}, t('extend.title', { name: item.nomineeName })),
    date.element,
    field({ label: t('extend.reason'), control: reason, name: 'reason' }),
    status,
    h(
      'div',
      { class: 'form-actions' },
      submit,
      h('button', { type: 'button', class: 'btn-link', onclick: onCancel }, t('common.cancel')),
    ),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const day = date.check();
    if (!day || !reason.value.trim()) {
      status.replaceChildren(h('p', { class: 'alert alert-error', role: 'alert' }, t('extend.needFields')));
      return;
    }
    submit.disabled = true;
    status.replaceChildren();
    try {
      const result = await api(`/nominations/${item.nominationId}/deadline`, {
        method: 'POST',
        idempotencyKey: key,
        // 17:00 in Vietnam: the end of the office day chosen.
        body: { dueAt: `${day}T17:00:00+07:00`, reason: reason.value.trim(), taskSeq: item.taskSeq },
      });
      onDone(result.nomination);
    } catch (err) {
      submit.disabled = false;
      status.replaceChildren(errorBox(err));
    }
  });
  form.style.cssText = 'display:grid;gap:.5rem;max-width:40rem;padding:.5rem 0';
  queueMicrotask(() => date.input.focus());
  return form;
}
