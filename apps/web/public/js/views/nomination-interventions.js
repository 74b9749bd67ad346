/**
 * Can thiệp đơn lẻ on the nomination page: an administrator reminds the task's holders, returns the
 * nomination to the nominating unit, or cancels it — each with a reason, each an event.
 */
import { field, h } from '../dom.js';
import { t } from '../i18n.js';
import { hasRole } from '../session.js';
import { recordedNotice } from './action-send.js';
import { keyed, missing, postForm } from './post-form.js';

const FINAL = ['GRANTED', 'REJECTED', 'WITHDRAWN', 'REVOKED', 'CANCELLED'];

/** System admins anywhere; unit admins of a unit on the route (the nominating unit is in their subtree). */
export function mayIntervene(n, me) {
  if (FINAL.includes(n.status)) return false;
  return hasRole(me, ['system_admin']) || n.route.some((s) => hasRole(me, ['unit_admin'], s.unitId));
}

/** The interventions card (folded away: rare and disruptive), or null. */
export function interventionsSection(n, ctx, reload) {
  if (!mayIntervene(n, ctx.me)) return null;
  const task = n.currentTask;
  const key = keyed();
  const reason = h('textarea', { name: 'reason', rows: 2, maxlength: 4000 });
  const summary = h('div', { 'aria-live': 'assertive' });
  const actions = [
    task ? { path: 'reminder', label: t('ni.remind'), body: { taskSeq: task.taskSeq } } : null,
    task?.kind === 'review'
      ? {
          path: 'force-return',
          label: t('ni.forceReturn'),
          body: { taskSeq: task.taskSeq },
          question: t('ni.confirmForceReturn'),
        }
      : null,
    { path: 'cancellation', label: t('ni.cancel'), body: {}, question: t('ni.confirmCancel'), danger: true },
  ].filter(Boolean);
  const buttons = actions.map((a) =>
    h('button', { type: 'submit', value: a.path, class: a.danger ? 'btn btn-danger' : 'btn' }, a.label),
  );
  const form = h(
    'form',
    { class: 'simple-form', novalidate: true, 'data-testid': 'interventions-form' },
    h('p', { class: 'hint' }, t('ni.lead')),
    summary,
    field({ label: t('ni.reason'), control: reason, name: 'reason' }),
    h('div', { class: 'button-row' }, buttons),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const action = actions.find((a) => a.path === e.submitter?.value) ?? actions[0];
    if (missing(form, reason, 'reason', t('tk.reasonNeeded'))) return;
    if (action.question && !confirm(action.question)) return;
    const res = await postForm({
      form,
      summary,
      path: `/admin/nominations/${n.id}/${action.path}`,
      body: { ...action.body, reason: reason.value.trim() },
      key,
      buttons,
    });
    if (res) await reload(recordedNotice(res));
  });
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'ni-h', 'data-testid': 'interventions-section' },
    h('details', { class: 'more-action' }, h('summary', { id: 'ni-h' }, t('ni.title')), form),
  );
}
