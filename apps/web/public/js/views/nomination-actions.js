/**
 * The actions this user may take on the nomination now, and only those: decide the open review
 * (approve / grant at the granting level, return, reject), resubmit a revision, withdraw.
 * One Idempotency-Key per action and panel: a double click is one decision; after the server
 * answers with a refusal the key is renewed, after a lost answer (network) it is kept for the retry.
 */
import { api, ApiError, newIdempotencyKey } from '../api.js';
import { clearFieldErrors, field, h, mount, showFieldError } from '../dom.js';
import { t } from '../i18n.js';
import { APPROVER_ROLES, hasRole } from '../session.js';
import { errorBox } from './common.js';

const FINAL = ['GRANTED', 'REJECTED', 'WITHDRAWN', 'REVOKED'];

/** What the user may do on `n` now. */
export function allowedActions(n, me) {
  const task = n.currentTask;
  const granting = n.route[n.route.length - 1]?.level;
  const nominatorHere = hasRole(me, ['nominator'], n.nominatingUnitId);
  const decide = task?.kind === 'review' && hasRole(me, APPROVER_ROLES, task.unitId);
  const resubmitRoles = task?.unitId === n.nominatingUnitId ? ['nominator'] : APPROVER_ROLES;
  return {
    decide,
    grant: decide && task.level === granting,
    resubmit: task?.kind === 'revision' && hasRole(me, resubmitRoles, task.unitId),
    withdraw: nominatorHere && !FINAL.includes(n.status),
  };
}

function keyed() {
  let key = newIdempotencyKey();
  return {
    get: () => key,
    renew: () => {
      key = newIdempotencyKey();
    },
  };
}

/** The actions panel (or a sentence saying there is nothing to do). */
export function actionsPanel(n, ctx, reload) {
  const can = allowedActions(n, ctx.me);
  const status = h('div', { 'aria-live': 'assertive' });
  const forms = [];
  if (can.decide) forms.push(decisionForm(n, can.grant, status, reload));
  if (can.resubmit)
    forms.push(
      simpleForm({
        n,
        status,
        reload,
        path: 'resubmission',
        label: t('nom.note'),
        name: 'note',
        button: t('nom.resubmit'),
        optional: true,
      }),
    );
  if (can.withdraw)
    forms.push(
      simpleForm({
        n,
        status,
        reload,
        path: 'withdrawal',
        label: t('nom.withdrawReason'),
        name: 'reason',
        button: t('nom.withdraw'),
        confirm: t('nom.confirmWithdraw'),
        danger: true,
      }),
    );
  if (forms.length === 0) return h('p', { class: 'muted' }, t('nom.noActions'));
  return h('div', { class: 'actions' }, status, forms);
}

async function send({ n, path, body, key, form, status, reload, buttons }) {
  clearFieldErrors(form);
  mount(status);
  buttons.forEach((b) => {
    b.disabled = true;
  });
  try {
    const res = await api(`/nominations/${n.id}/${path}`, { method: 'POST', body, idempotencyKey: key.get() });
    const notice = h(
      'div',
      { class: 'alert alert-good', role: 'status' },
      res.readModelCaughtUp === false ? t('nom.pendingReadModel') : t('nom.done'),
    );
    await reload(notice);
  } catch (err) {
    if (err instanceof ApiError) key.renew();
    const unplaced = err instanceof ApiError ? err.fields.filter((f) => !showFieldError(form, f.field, f.text)) : [];
    if (err instanceof ApiError && err.fields.length > 0 && unplaced.length === 0) return;
    // A conflict means someone else acted first: show who, on the page as it is now.
    if (err instanceof ApiError && err.status === 409) return reload(errorBox(err));
    mount(status, errorBox(err));
  } finally {
    buttons.forEach((b) => {
      b.disabled = false;
    });
  }
}

function decisionForm(n, grant, status, reload) {
  const key = keyed();
  const reason = h('textarea', { name: 'reason', rows: 3 });
  const number = grant ? h('input', { name: 'decisionNumber', autocomplete: 'off' }) : null;
  const approve = h(
    'button',
    { type: 'submit', class: 'btn btn-primary', value: 'approve' },
    grant ? t('nom.grant') : t('nom.approve'),
  );
  const ret = h('button', { type: 'submit', class: 'btn', value: 'return' }, t('nom.return'));
  const reject = h('button', { type: 'submit', class: 'btn btn-danger', value: 'reject' }, t('nom.reject'));
  const buttons = [approve, ret, reject];
  const form = h(
    'form',
    { class: 'decision-form', novalidate: true },
    number
      ? field({
          label: t('nom.decisionNumber'),
          control: number,
          hint: t('nom.decisionNumberHint'),
          name: 'decisionNumber',
        })
      : null,
    field({ label: t('nom.reason'), control: reason, hint: t('nom.reasonHint'), name: 'reason' }),
    h('div', { class: 'button-row' }, buttons),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const decision = event.submitter?.value ?? 'approve';
    // Checked here too, so the reason is asked for at once and in the user's words.
    if (decision !== 'approve' && !reason.value.trim()) {
      clearFieldErrors(form);
      showFieldError(form, 'reason', t('nom.reasonRequired'));
      reason.focus();
      return;
    }
    if (decision === 'reject' && !confirm(t('nom.confirmReject'))) return;
    const body = { decision, taskSeq: n.currentTask.taskSeq };
    if (reason.value.trim()) body.reason = reason.value.trim();
    if (decision === 'approve' && number && number.value.trim()) body.decisionNumber = number.value.trim();
    void send({ n, path: 'decisions', body, key, form, status, reload, buttons });
  });
  return form;
}

function simpleForm({ n, status, reload, path, label, name, button, optional, confirm: question, danger }) {
  const key = keyed();
  const text = h('textarea', { name, rows: 2 });
  const submit = h('button', { type: 'submit', class: danger ? 'btn btn-danger' : 'btn btn-primary' }, button);
  const form = h('form', { class: 'simple-form', novalidate: true }, field({ label, control: text, name }), submit);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (question && !confirm(question)) return;
    const body = {};
    if (text.value.trim() || !optional) body[name] = text.value.trim();
    if (path === 'resubmission') body.taskSeq = n.currentTask.taskSeq;
    void send({ n, path, body, key, form, status, reload, buttons: [submit] });
  });
  return form;
}
