/**
 * Can thiệp hàng loạt on the desk: remind, return to the nominating unit or cancel the nominations the
 * desk's filter selects, with a reason. A dry run says how many first; the run acts on exactly those.
 */
import { api, ApiError, newIdempotencyKey } from '../api.js';
import { clearFieldErrors, field, h, mount } from '../dom.js';
import { formatNumber, t } from '../i18n.js';
import { errorBox, errorText, selectControl } from './common.js';
import { showProblem } from './form-errors.js';

const ACTIONS = ['remind', 'force_return', 'cancel'];

/** The intervention card; `filters()` gives the desk's filter in force, `onDone()` reloads the desk. */
export function interventionsCard(filters, { onDone }) {
  const action = selectControl(
    'action',
    ACTIONS.map((a) => [a, t(`iv.action.${a}`)]),
    'remind',
  );
  const reason = h('textarea', { name: 'reason', rows: 2, maxlength: 4000 });
  const summary = h('div', { 'aria-live': 'assertive' });
  const preview = h('div', { 'aria-live': 'polite', 'data-testid': 'intervention-preview' });
  const dry = h('button', { type: 'submit', class: 'btn' }, t('iv.dryRun'));
  const form = h(
    'form',
    { class: 'card', novalidate: true, 'aria-labelledby': 'iv-h', 'data-testid': 'interventions' },
    h('h2', { id: 'iv-h' }, t('iv.title')),
    h('p', { class: 'hint' }, t('iv.lead')),
    summary,
    h(
      'div',
      { class: 'grid-2' },
      field({ label: t('iv.action'), control: action, name: 'action' }),
      field({ label: t('iv.reason'), control: reason, hint: t('iv.reasonHint'), name: 'reason' }),
    ),
    h('div', { class: 'form-actions' }, dry),
    preview,
  );
  const body = () => {
    const f = filters();
    const filter = {};
    if (f.reason) filter.reason = f.reason;
    if (f.level) filter.level = Number(f.level);
    if (f.idleDays) filter.idleDays = Number(f.idleDays);
    return { action: action.value, reason: reason.value, filter };
  };
  // A changed action or reason needs a new dry run: the token pins what was previewed.
  for (const control of [action, reason]) control.addEventListener('input', () => mount(preview));

  async function run(selection) {
    const go = preview.querySelector('button');
    if (go) go.disabled = true;
    try {
      const answer = await api('/admin/interventions/bulk', {
        method: 'POST',
        idempotencyKey: selection.key,
        body: {
          ...selection.body,
          dryRun: false,
          selectionToken: selection.selectionToken,
          nominationIds: selection.nominationIds,
        },
      });
      const failures = answer.items.filter((i) => !i.ok);
      mount(
        preview,
        h(
          'p',
          { role: 'status', class: 'alert alert-info' },
          t('iv.done', {
            ok: formatNumber(answer.summary.succeeded),
            failed: formatNumber(answer.summary.failed),
            skipped: formatNumber(answer.summary.skipped),
          }),
        ),
        failures.length
          ? h(
              'ul',
              {},
              failures.map((i) =>
                h('li', {}, h('code', {}, i.nominationId), ' — ', errorText(new ApiError(i.problem.status, i.problem))),
              ),
            )
          : null,
      );
      onDone();
    } catch (err) {
      mount(preview, errorBox(err));
    }
  }

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearFieldErrors(form);
    mount(summary);
    const request = body();
    try {
      const dryRun = await api('/admin/interventions/bulk', {
        method: 'POST',
        idempotencyKey: newIdempotencyKey(),
        body: { ...request, dryRun: true },
      });
      if (dryRun.count === 0) return mount(preview, h('p', { role: 'status' }, t('iv.none')));
      const selection = { ...dryRun, body: request, key: newIdempotencyKey() };
      mount(
        preview,
        h(
          'p',
          { role: 'status' },
          h('strong', {}, t('iv.count', { n: formatNumber(dryRun.count), action: t(`iv.action.${request.action}`) })),
          dryRun.truncated ? ` ${t('iv.truncated')}` : '',
        ),
        h(
          'button',
          {
            type: 'button',
            class: request.action === 'cancel' ? 'btn btn-danger' : 'btn btn-primary',
            onclick: () => run(selection),
          },
          t('iv.run', { n: formatNumber(dryRun.count) }),
        ),
      );
      preview.querySelector('button')?.focus();
    } catch (err) {
      showProblem(form, summary, err);
    }
  });
  return form;
}
