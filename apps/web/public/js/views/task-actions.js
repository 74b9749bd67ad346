/**
 * Phân công xử lý on the nomination page: who holds the open task, claim / release, assign or
 * reassign to a colleague, and recusal — each shown only to those the API lets take it.
 */
import { field, h, mount } from '../dom.js';
import { formatDateTime, t } from '../i18n.js';
import { APPROVER_ROLES, hasRole } from '../session.js';
import { recordedNotice } from './action-send.js';
import { assignForm } from './task-assign.js';
import { keyed, missing, postForm } from './post-form.js';

const FINAL = ['GRANTED', 'REJECTED', 'WITHDRAWN', 'REVOKED', 'CANCELLED'];
/** Who may recuse: a role at a unit of the route (the API's RECUSAL_ROLES). */
const RECUSAL_ROLES = ['nominator', 'reviewer', 'chair', 'unit_admin'];

/** What the user may do about who works on `n` (the holder is not known yet here). */
export function taskGates(n, me) {
  const task = n.currentTask;
  const open = Boolean(task) && !FINAL.includes(n.status) && n.status !== 'ON_HOLD';
  const workerRoles =
    task?.kind === 'revision' && task.unitId === n.nominatingUnitId ? ['nominator', ...APPROVER_ROLES] : APPROVER_ROLES;
  const within = open && hasRole(me, ['chair', 'unit_admin'], task.unitId);
  const above = open && n.route.some((s) => s.level > task.level && hasRole(me, ['unit_admin'], s.unitId));
  const units = [task?.unitId, ...n.route.map((s) => s.unitId)].filter(Boolean);
  return {
    worker: open && hasRole(me, workerRoles, task.unitId),
    assign: within || above || (open && hasRole(me, ['system_admin'])),
    /** An administrator's reassignment from above needs a reason. */
    assignNeedsReason: !within,
    recuse: !FINAL.includes(n.status) && units.some((u) => hasRole(me, RECUSAL_ROLES, u)),
  };
}

/** The open task's holder and recusals, as the nomination's own view carries them. */
async function taskFacts(n) {
  return { holder: n.taskHolder ?? null, recusals: n.recusals ?? [] };
}

function holderLine(facts, me) {
  if (!facts) return h('p', { class: 'muted', 'data-testid': 'task-holder' }, t('tk.holderUnknown'));
  const holder = facts.holder;
  return h(
    'p',
    { 'data-testid': 'task-holder' },
    h('strong', {}, `${t('tk.holder')}: `),
    holder
      ? [
          t('tk.holderSince', {
            name: holder.userId === me.id ? `${holder.name} (${t('claim.me')})` : holder.name,
            date: formatDateTime(holder.since),
          }),
          holder.assignedBy ? ` · ${t('tk.holderAssigned', { by: holder.assignedBy.name })}` : '',
        ]
      : t('tk.nobody'),
  );
}

/** One button posting to `/nominations/:id/<path>`. */
function buttonForm({ n, path, label, body, primary, reload, notice }) {
  const key = keyed();
  const summary = h('div', { 'aria-live': 'assertive' });
  const submit = h('button', { type: 'submit', class: primary ? 'btn btn-primary' : 'btn' }, label);
  const form = h('form', { class: 'inline-form', novalidate: true }, submit, summary);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const res = await postForm({ form, summary, path: `/nominations/${n.id}/${path}`, body, key, buttons: [submit] });
    if (res) await reload(notice(res));
  });
  return form;
}

function recuseForm(n, reload) {
  const key = keyed();
  const reason = h('textarea', { name: 'reason', rows: 2, maxlength: 4000 });
  const summary = h('div', { 'aria-live': 'assertive' });
  const submit = h('button', { type: 'submit', class: 'btn btn-danger' }, t('tk.recuse'));
  const form = h(
    'form',
    { class: 'simple-form', novalidate: true, 'data-testid': 'recuse-form' },
    summary,
    field({ label: t('tk.recuseReason'), control: reason, hint: t('tk.recuseHint'), name: 'reason' }),
    submit,
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (missing(form, reason, 'reason', t('tk.reasonNeeded'))) return;
    if (!confirm(t('tk.confirmRecuse'))) return;
    const body = { reason: reason.value.trim() };
    const res = await postForm({ form, summary, path: `/nominations/${n.id}/recusal`, body, key, buttons: [submit] });
    if (res) await reload(recordedNotice(res));
  });
  return h('details', { class: 'more-action' }, h('summary', {}, t('tk.recuseTitle')), form);
}

const notice = (key) => () => h('div', { class: 'alert alert-good', role: 'status' }, t(key));

/** The "Phân công xử lý" card, or null when the user has nothing to see or do here. */
export function taskSection(n, ctx, reload) {
  const can = taskGates(n, ctx.me);
  if (!n.currentTask && !can.recuse) return null;
  const body = h('div', {}, h('p', { class: 'loading' }, t('loading')));
  void taskFacts(n).then((facts) => {
    const me = ctx.me;
    const recused = facts?.recusals.find((r) => r.userId === me.id);
    if (recused) {
      return mount(
        body,
        n.currentTask ? holderLine(facts, me) : null,
        h(
          'p',
          { class: 'alert alert-info', 'data-testid': 'recused' },
          t('tk.recused', { date: formatDateTime(recused.at) }),
        ),
      );
    }
    const holder = facts?.holder ?? null;
    const task = n.currentTask;
    const taskSeq = task?.taskSeq;
    mount(
      body,
      task ? holderLine(facts, me) : null,
      h(
        'div',
        { class: 'button-row' },
        can.worker && !holder
          ? buttonForm({
              n,
              path: 'claim',
              label: t('tk.claim'),
              body: { taskSeq },
              primary: true,
              reload,
              notice: notice('tk.claimed'),
            })
          : null,
        can.worker && holder?.userId === me.id
          ? buttonForm({
              n,
              path: 'release',
              label: t('tk.release'),
              body: { taskSeq },
              reload,
              notice: notice('tk.released'),
            })
          : null,
      ),
      can.assign ? assignForm(n, ctx, { needsReason: can.assignNeedsReason, holder, reload }) : null,
      can.recuse ? recuseForm(n, reload) : null,
    );
  });
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'task-h', 'data-testid': 'task-section' },
    h('h2', { id: 'task-h' }, t('tk.title')),
    body,
  );
}
