/** Pieces several screens share: status chips, page headers, errors, filter bars. */
import { ApiError, NetworkError } from '../api.js';
import { h, mount } from '../dom.js';
import { formatDateTime, pick, t } from '../i18n.js';

const STATUS_TONE = {
  DRAFT: 'neutral',
  AWAITING_INTAKE: 'info',
  IN_APPRAISAL: 'info',
  AWAITING_VOTE: 'info',
  AWAITING_SIGNATURE: 'info',
  FORWARDED: 'progress',
  RETURNED: 'warn',
  ON_HOLD: 'warn',
  REJECTED: 'bad',
  WITHDRAWN: 'neutral',
  GRANTED: 'good',
  REVOKED: 'bad',
  CANCELLED: 'neutral',
};

/** A status chip in the users' words (the API's label). */
export function statusChip(status, label) {
  return h(
    'span',
    { class: `chip chip-${STATUS_TONE[status] ?? 'neutral'}`, dataset: { status } },
    pick(label) || status,
  );
}

/** The "quá hạn" flag next to a status. */
export function overdueChip() {
  return h('span', { class: 'chip chip-bad' }, t('task.overdue'));
}

/** Page heading with optional actions on the right. */
export function pageHeader(title, ...actions) {
  return h(
    'div',
    { class: 'page-header' },
    h('h1', {}, title),
    actions.length ? h('div', { class: 'page-actions' }, actions) : null,
  );
}

/** Page heading with a status chip right after the title. */
export function titleWithStatus(title, chip, action) {
  return h(
    'div',
    { class: 'page-header' },
    h('h1', {}, title),
    chip,
    action ? h('div', { class: 'page-actions' }, action) : null,
  );
}

/** The message of any error in the current language. */
export function errorText(err) {
  // Server messages carry ISO instants (UTC); offices read dd/mm/yyyy HH:mm in Vietnam time.
  if (err instanceof ApiError)
    return err.text.replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})/g, formatDateTime);
  if (err instanceof NetworkError) return t('err.network');
  return String(err?.message ?? err);
}

/** An alert box for an error (409 conflicts read as "not done", with who decided). */
export function errorBox(err) {
  const title = err instanceof ApiError && err.status === 409 ? t('err.conflict') : t('common.error');
  return h('div', { class: 'alert alert-error', role: 'alert' }, h('strong', {}, title), ' ', errorText(err));
}

/** Replaces `el` with an error and a retry button. */
export function renderError(el, err, retry) {
  mount(
    el,
    errorBox(err),
    retry ? h('button', { type: 'button', class: 'btn', onclick: retry }, t('common.retry')) : null,
  );
}

/** A labelled select: options are `[value, text]`; the first is "all". */
export function selectControl(name, options, value) {
  const select = h('select', { name });
  for (const [v, text] of options) select.append(h('option', { value: v, selected: v === value }, text));
  return select;
}

/** A compact labelled filter (label above control) for filter bars. */
export function filterField(label, control) {
  const id = `flt-${control.name}`;
  control.id = id;
  return h('div', { class: 'filter' }, h('label', { for: id }, label), control);
}

/** Campaign short name for tables (the full name is long). */
export function campaignLabel(campaignById, id) {
  const c = campaignById.get(id);
  return c ? c.name.replace(/^Phong trào thi đua\s*/, '') : id;
}

/** A table with a caption for screen readers and sticky header. */
export function table(caption, headers, rows) {
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'grid' },
      h('caption', { class: 'sr-only' }, caption),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          headers.map((x) => h('th', { scope: 'col' }, x)),
        ),
      ),
      h('tbody', {}, rows),
    ),
  );
}
