/**
 * The actions this user may take on the nomination now, and only those: the open procedure step
 * (intake, appraisal, council vote), the decision (approve / grant — the chair's at a sign-off step —,
 * return, reject), resubmit a revision, withdraw, hold / resume, and revoke a granted award.
 */
import { clearFieldErrors, field, h, showFieldError } from '../dom.js';
import { t } from '../i18n.js';
import { APPROVER_ROLES, hasRole } from '../session.js';
import { keyed, send } from './action-send.js';
import { holdForm, resumeForm, revokeForm } from './procedure-forms.js';
import { appraisalForm, intakeForm, voteForm } from './step-forms.js';

const FINAL = ['GRANTED', 'REJECTED', 'WITHDRAWN', 'REVOKED', 'CANCELLED'];
/** Roles that hold or resume at a unit on the route (the API's HOLD_ROLES). */
const HOLD_ROLES = ['reviewer', 'chair', 'unit_admin'];

/** What the user may do on `n` now. */
export function allowedActions(n, me) {
  const task = n.currentTask;
  const granting = n.route[n.route.length - 1];
  const nominatorHere = hasRole(me, ['nominator'], n.nominatingUnitId);
  const held = n.status === 'ON_HOLD';
  const approverHere = task?.kind === 'review' && !held && hasRole(me, APPROVER_ROLES, task.unitId);
  const step = task?.kind === 'review' ? (n.procedure?.step ?? null) : null;
  const resubmitRoles = task?.unitId === n.nominatingUnitId ? ['nominator'] : APPROVER_ROLES;
  const onRoute = n.route.some((s) => hasRole(me, HOLD_ROLES, s.unitId)) || hasRole(me, ['system_admin']);
  return {
    /** The procedure step form to show ('intake' | 'appraisal' | 'vote'), or null. */
    step: approverHere && step && step !== 'signoff' ? step : null,
    decide: approverHere,
    // Without a procedure any approver approves; at the sign-off step the chair signs.
    approve: approverHere && (step === null || (step === 'signoff' && hasRole(me, ['chair'], task.unitId))),
    signoffByChair: approverHere && step === 'signoff' && !hasRole(me, ['chair'], task.unitId),
    grant: approverHere && task.level === granting?.level,
    resubmit: task?.kind === 'revision' && !held && hasRole(me, resubmitRoles, task.unitId),
    withdraw: nominatorHere && !FINAL.includes(n.status),
    hold: onRoute && !held && !FINAL.includes(n.status),
    resume: onRoute && held,
    revoke: n.status === 'GRANTED' && (hasRole(me, ['chair'], granting?.unitId) || hasRole(me, ['system_admin'])),
  };
}

/** The actions panel (or a sentence saying there is nothing to do). */
export function actionsPanel(n, ctx, reload) {
  const can = allowedActions(n, ctx.me);
  const status = h('div', { 'aria-live': 'assertive' });
  const forms = [];
  const env = { n, status, reload };
  if (can.step === 'intake') forms.push(intakeForm(env));
  if (can.step === 'appraisal') forms.push(appraisalForm(env));
  if (can.step === 'vote') forms.push(voteForm(env));
  if (can.signoffByChair) forms.push(h('p', { class: 'alert alert-info' }, t('proc.signoffOnlyChair')));
  if (can.decide) forms.push(decisionForm(n, can, status, reload));
  if (can.resubmit)
    forms.push(
      simpleForm({
        ...env,
        path: 'resubmission',
        label: t('nom.note'),
        name: 'note',
        button: t('nom.resubmit'),
        optional: true,
      }),
    );
  if (can.resume) forms.push(resumeForm(env));
  if (can.hold) forms.push(holdForm(env));
  if (can.revoke) forms.push(revokeForm(env));
  if (can.withdraw)
    forms.push(
      simpleForm({
        ...env,
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

function decisionForm(n, can, status, reload) {
  const key = keyed();
  const reason = h('textarea', { name: 'reason', rows: 3 });
  const number = can.approve && can.grant ? h('input', { name: 'decisionNumber', autocomplete: 'off' }) : null;
  const approve = can.approve
    ? h(
        'button',
        { type: 'submit', class: 'btn btn-primary', value: 'approve' },
        can.grant ? t('nom.grant') : t('nom.approve'),
      )
    : null;
  const ret = h('button', { type: 'submit', class: 'btn', value: 'return' }, t('nom.return'));
  const reject = h('button', { type: 'submit', class: 'btn btn-danger', value: 'reject' }, t('nom.reject'));
  const buttons = [approve, ret, reject].filter(Boolean);
  const form = h(
    'form',
    { class: 'decision-form', novalidate: true },
    can.approve ? null : h('h3', {}, t('proc.orDecide')),
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
    const decision = event.submitter?.value ?? (can.approve ? 'approve' : 'return');
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
