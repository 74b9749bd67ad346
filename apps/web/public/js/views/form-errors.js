/** Problem+json answers shown where they belong: each field error under its field, the rest in a summary. */
import { ApiError } from '../api.js';
import { clearFieldErrors, h, mount, showFieldError } from '../dom.js';
import { t } from '../i18n.js';
import { errorBox } from './common.js';

/**
 * Shows `err` in `form`: `errors[]` under the named fields, a problem naming one `field` (or whose
 * code `codeFields` maps to a field) under that field; anything unplaced goes to `summary`.
 */
export function showProblem(form, summary, err, codeFields = {}) {
  clearFieldErrors(form);
  mount(summary);
  if (!(err instanceof ApiError)) return mount(summary, errorBox(err));
  const fields = err.fields.length
    ? err.fields
    : [{ field: err.problem.field ?? codeFields[err.code], text: err.text }].filter((f) => f.field);
  if (fields.length === 0) return mount(summary, errorBox(err));
  const unplaced = fields.filter((f) => !showFieldError(form, f.field, f.text));
  mount(
    summary,
    h(
      'div',
      { class: 'alert alert-error', role: 'alert' },
      h('strong', {}, t('form.invalid', { n: fields.length })),
      unplaced.length
        ? h(
            'ul',
            {},
            unplaced.map((f) => h('li', {}, h('code', {}, f.field), ' — ', f.text)),
          )
        : null,
    ),
  );
  form.querySelector('[aria-invalid="true"]')?.focus();
}
