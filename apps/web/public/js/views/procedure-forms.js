/** Pausing and ending a nomination outside the steps: hold (tạm dừng), resume (tiếp tục) and revocation (thu hồi). */
import { clearFieldErrors, field, h, showFieldError } from '../dom.js';
import { t } from '../i18n.js';
import { keyed, send } from './action-send.js';

const HOLD_KINDS = ['complaint', 'inspection', 'discipline_review'];

function reasonForm(options) {
  const form = buildForm(options);
  if (!options.collapsed) return form;
  // Rare and disruptive: folded away under its name, one keypress to open.
  return h('details', { class: 'more-action' }, h('summary', {}, options.title), form);
}

function buildForm({
  n,
  status,
  reload,
  path,
  title,
  reasonLabel,
  button,
  danger,
  extra = [],
  body: build,
  question,
  collapsed,
}) {
  const key = keyed();
  const reason = h('textarea', { name: 'reason', rows: 2 });
  const submit = h('button', { type: 'submit', class: danger ? 'btn btn-danger' : 'btn' }, button);
  const form = h(
    'form',
    { class: 'simple-form', novalidate: true },
    collapsed ? null : h('h3', {}, title),
    extra,
    field({ label: reasonLabel, control: reason, name: 'reason' }),
    submit,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!reason.value.trim()) {
      clearFieldErrors(form);
      showFieldError(form, 'reason', t('proc.reasonNeeded'));
      reason.focus();
      return;
    }
    if (question && !confirm(question)) return;
    const body = { reason: reason.value.trim(), ...(build?.() ?? {}) };
    void send({ n, path, body, key, form, status, reload, buttons: [submit] });
  });
  return form;
}

/** Tạm dừng: a complaint, inspection or discipline review pauses every step and deadline. */
export function holdForm(env) {
  const kind = h(
    'select',
    { name: 'kind' },
    HOLD_KINDS.map((k) => h('option', { value: k }, t(`hold.${k}`))),
  );
  return reasonForm({
    ...env,
    path: 'hold',
    collapsed: true,
    title: t('proc.hold'),
    reasonLabel: t('proc.holdReason'),
    button: t('proc.hold'),
    extra: [field({ label: t('proc.holdKind'), control: kind, name: 'kind' })],
    body: () => ({ kind: kind.value }),
  });
}

/** Tiếp tục: the nomination resumes where it stopped. */
export function resumeForm(env) {
  return reasonForm({
    ...env,
    path: 'resume',
    title: t('proc.resume'),
    reasonLabel: t('proc.resumeReason'),
    button: t('proc.resume'),
  });
}

/** Thu hồi: the granting unit's chair revokes a granted award, with the revocation decision's number. */
export function revokeForm(env) {
  const number = h('input', { name: 'decisionNumber', autocomplete: 'off' });
  return reasonForm({
    ...env,
    path: 'revocation',
    collapsed: true,
    title: t('proc.revoke'),
    reasonLabel: t('proc.revokeReason'),
    button: t('proc.revoke'),
    danger: true,
    question: t('proc.confirmRevoke'),
    extra: [
      field({
        label: t('proc.revokeNumber'),
        control: number,
        hint: t('nom.decisionNumberHint'),
        name: 'decisionNumber',
      }),
    ],
    body: () => (number.value.trim() ? { decisionNumber: number.value.trim() } : {}),
  });
}
