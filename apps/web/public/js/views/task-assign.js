/**
 * Giao / giao lại: pick a colleague for the open task. There is no API listing a unit's approvers to
 * non-administrators, so administrators choose from `GET /admin/users` (reviewers and chairs of the
 * task's unit) while a chair chooses among those the unit's inbox shows holding tasks; anyone else by
 * their user id.
 */
import { api } from '../api.js';
import { field, h, mount } from '../dom.js';
import { t } from '../i18n.js';
import { hasRole } from '../session.js';
import { fieldError, keyed, missing, postForm } from './post-form.js';

const OTHER = '__other';
const ASSIGNEE_ERRORS = {
  'TASK.ASSIGNEE_NOT_APPROVER': 'assigneeUserId',
  'TASK.ASSIGNEE_CONFLICTED': 'assigneeUserId',
};

/** Colleagues with an approver role at `unitId`, as `[{ userId, name }]` (best effort: [] when not readable). */
async function colleagues(unitId, ctx) {
  try {
    if (hasRole(ctx.me, ['unit_admin', 'system_admin'])) {
      const page = await api('/admin/users', { query: { unitId, active: 'true', limit: 200 } });
      return page.items
        .filter((u) => u.roles.some((g) => g.current && g.unitId === unitId && ['reviewer', 'chair'].includes(g.role)))
        .map((u) => ({ userId: u.id, name: u.fullName }));
    }
    const inbox = await api('/inbox', { query: { limit: 200 } });
    const seen = new Map();
    for (const task of inbox.items)
      if (task.unitId === unitId && task.holder) seen.set(task.holder.userId, task.holder.name);
    return [...seen].map(([userId, name]) => ({ userId, name }));
  } catch {
    return [];
  }
}

/** The assignment form; `holder` is left out of the choices (assigning to them changes nothing). */
export function assignForm(n, ctx, { needsReason, holder, reload }) {
  const task = n.currentTask;
  const admin = hasRole(ctx.me, ['unit_admin', 'system_admin']);
  const unitName = ctx.units.get(task.unitId)?.name ?? task.unitId;
  const select = h('select', { name: 'assignee' }, h('option', { value: '' }, t('loading')));
  const other = h('input', { name: 'assigneeUserIdOther', autocomplete: 'off', spellcheck: 'false' });
  const otherField = field({ label: t('tk.assigneeId'), control: other, name: 'assigneeUserIdOther' });
  otherField.hidden = true;
  const reason = h('textarea', { name: 'reason', rows: 2, maxlength: 4000 });
  const summary = h('div', { 'aria-live': 'assertive' });
  const submit = h('button', { type: 'submit', class: 'btn' }, t('tk.assign'));
  const form = h(
    'form',
    { class: 'simple-form', novalidate: true, 'data-testid': 'assign-form' },
    h('h3', {}, t('tk.assignTitle')),
    summary,
    field({
      label: t('tk.assignee'),
      control: select,
      name: 'assigneeUserId',
      hint: admin ? t('tk.assigneeHintAdmin', { unit: unitName }) : t('tk.assigneeHintChair'),
    }),
    otherField,
    field({
      label: t('tk.assignReason'),
      control: reason,
      name: 'reason',
      hint: needsReason ? t('tk.assignReasonRequired') : t('tk.assignReasonOptional'),
    }),
    submit,
  );
  // The error of `assigneeUserId` goes under whichever control holds the id.
  select.addEventListener('change', () => {
    const typed = select.value === OTHER;
    otherField.hidden = !typed;
    select.dataset.field = typed ? 'assignee' : 'assigneeUserId';
    other.dataset.field = typed ? 'assigneeUserId' : 'assigneeUserIdOther';
    if (typed) other.focus();
  });
  void colleagues(task.unitId, ctx).then((people) => {
    const choices = people.filter((p) => p.userId !== holder?.userId);
    choices.sort((a, b) => a.name.localeCompare(b.name, 'vi'));
    mount(
      select,
      h('option', { value: '' }, t('tk.assigneeChoose')),
      choices.map((p) =>
        h('option', { value: p.userId }, p.userId === ctx.me.id ? `${p.name} (${t('claim.me')})` : p.name),
      ),
      h('option', { value: OTHER }, t('tk.assigneeOther')),
    );
  });
  const key = keyed();
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const assigneeUserId = select.value === OTHER ? other.value.trim() : select.value;
    if (!assigneeUserId) return fieldError(form, 'assigneeUserId', t('tk.assigneeRequired'));
    if (needsReason && missing(form, reason, 'reason', t('tk.reasonNeeded'))) return;
    const body = { assigneeUserId, taskSeq: task.taskSeq };
    if (reason.value.trim()) body.reason = reason.value.trim();
    const res = await postForm({
      form,
      summary,
      path: `/nominations/${n.id}/assignment`,
      body,
      key,
      buttons: [submit],
      codeFields: ASSIGNEE_ERRORS,
    });
    const name = select.value === OTHER ? assigneeUserId : select.selectedOptions[0]?.textContent;
    if (res) await reload(h('div', { class: 'alert alert-good', role: 'status' }, t('tk.assigned', { name })));
  });
  return form;
}
