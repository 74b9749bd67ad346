/** Ủy quyền: the delegations I gave and received, a new one, revoke; and my declared relatives (relatives.js). */
import { api, newIdempotencyKey } from '../api.js';
import { field, h, mount } from '../dom.js';
import { formatDateTime, t } from '../i18n.js';
import { roleName } from '../catalog.js';
import { APPROVER_ROLES, unitsWithRole } from '../session.js';
import { errorBox, errorText, pageHeader, selectControl, table } from './common.js';
import { dateField } from './date-field.js';
import { keyed, missing, postForm } from './post-form.js';
import { relativesCard } from './relatives.js';

const TONE = { scheduled: 'info', active: 'good', ended: 'neutral', revoked: 'bad' };

/** People the caller may know by id: inbox holders and earlier delegations' counterparts (no directory API). */
async function knownPeople(mine, me) {
  const people = new Map();
  for (const d of [...mine.given, ...mine.received])
    for (const p of [d.delegate, d.delegator]) people.set(p.userId, p.name);
  try {
    const inbox = await api('/inbox', { query: { limit: 200 } });
    for (const task of inbox.items) if (task.holder) people.set(task.holder.userId, task.holder.name);
  } catch {
    // Nominators-only callers have no inbox here; the id can still be typed.
  }
  people.delete(me.id);
  return [...people].map(([userId, name]) => ({ userId, name }));
}

function delegationRows(items, ctx, { given, reload }) {
  return items.map((d) => {
    const other = given ? d.delegate : d.delegator;
    const live = d.status === 'active' || d.status === 'scheduled';
    const status = h('small', { class: 'field-error', role: 'alert' });
    const revoke =
      given && live
        ? h(
            'button',
            { type: 'button', class: 'btn btn-small', 'aria-label': t('dl.revokeOf', { name: other.name }) },
            t('dl.revoke'),
          )
        : null;
    revoke?.addEventListener('click', async () => {
      if (!confirm(t('dl.confirmRevoke', { name: other.name }))) return;
      revoke.disabled = true;
      try {
        await api(`/delegations/${d.id}/revoke`, { method: 'POST', idempotencyKey: newIdempotencyKey(), body: {} });
        ctx.toast(t('dl.revoked', { name: other.name }), 'good');
        reload();
      } catch (err) {
        revoke.disabled = false;
        status.textContent = errorText(err);
      }
    });
    return h(
      'tr',
      { dataset: { delegationId: d.id, status: d.status } },
      h('td', {}, other.name),
      h('td', {}, d.unitName),
      h('td', {}, d.roles.map(roleName).join(', ')),
      h('td', { class: 'nowrap' }, `${formatDateTime(d.startsAt)} – ${formatDateTime(d.endsAt)}`),
      h('td', {}, d.reason),
      h('td', {}, h('span', { class: `chip chip-${TONE[d.status] ?? 'neutral'}` }, t(`dl.status.${d.status}`))),
      h('td', {}, revoke, status),
    );
  });
}

function listCard(title, id, items, ctx, options) {
  const who = options.given ? t('dl.delegate') : t('dl.delegator');
  const headers = [who, t('col.unit'), t('dl.roles'), t('dl.period'), t('dl.reason'), t('dl.status'), ''];
  return h(
    'section',
    { class: 'card', 'aria-labelledby': id, 'data-testid': id },
    h('h2', { id }, title),
    items.length
      ? table(title, headers, delegationRows(items, ctx, options))
      : h('p', { class: 'muted' }, t('dl.none')),
  );
}

function createForm(ctx, mine, reload) {
  const units = unitsWithRole(ctx.me, APPROVER_ROLES);
  const unit = selectControl(
    'unitId',
    units.map((u) => [u, ctx.units.get(u)?.name ?? u]),
    units[0],
  );
  const listId = 'dl-people';
  const delegate = h('input', { name: 'delegateUserId', autocomplete: 'off', spellcheck: 'false', list: listId });
  const people = h('datalist', { id: listId });
  const starts = dateField({ label: t('dl.startsAt'), name: 'startsAt', hint: t('dl.startsAtHint') });
  const ends = dateField({ label: t('dl.endsAt'), name: 'endsAt', required: true });
  const reason = h('textarea', { name: 'reason', rows: 2, maxlength: 2000 });
  const summary = h('div', { 'aria-live': 'assertive' });
  const submit = h('button', { type: 'submit', class: 'btn btn-primary' }, t('dl.create'));
  const form = h(
    'form',
    { class: 'card', novalidate: true, 'aria-labelledby': 'dl-new-h', 'data-testid': 'delegation-form' },
    h('h2', { id: 'dl-new-h' }, t('dl.createTitle')),
    h('p', { class: 'hint' }, t('dl.createLead')),
    summary,
    h(
      'div',
      { class: 'grid-2' },
      field({ label: t('dl.delegateId'), control: delegate, hint: t('dl.delegateHint'), name: 'delegateUserId' }),
      field({ label: t('dl.unit'), control: unit, name: 'unitId' }),
      starts.element,
      ends.element,
    ),
    people,
    field({ label: t('dl.reason'), control: reason, name: 'reason' }),
    h('div', { class: 'form-actions' }, submit),
  );
  void knownPeople(mine, ctx.me).then((list) =>
    mount(
      people,
      list.map((p) => h('option', { value: p.userId, label: p.name }, p.name)),
    ),
  );
  const key = keyed();
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (missing(form, delegate, 'delegateUserId', t('dl.required'))) return;
    const from = starts.check();
    const to = ends.check();
    if (from === null || to === null) return form.querySelector('[aria-invalid="true"]')?.focus();
    if (missing(form, reason, 'reason', t('dl.required'))) return;
    // A day in Vietnam: from its first moment, until its last.
    const body = {
      delegateUserId: delegate.value.trim(),
      unitId: unit.value,
      endsAt: `${to}T23:59:59+07:00`,
      reason: reason.value.trim(),
    };
    if (from) body.startsAt = `${from}T00:00:00+07:00`;
    const res = await postForm({ form, summary, path: '/delegations', body, key, buttons: [submit] });
    if (res) {
      ctx.toast(t('dl.created', { name: res.delegate.name }), 'good');
      reload();
    }
  });
  return form;
}

/** Renders the delegations page into `el`. */
export async function renderDelegations(el, ctx) {
  const reload = () => renderDelegations(el, ctx);
  let mine;
  try {
    mine = await api('/delegations');
  } catch (err) {
    return mount(el, pageHeader(t('dl.title')), errorBox(err));
  }
  const approver = unitsWithRole(ctx.me, APPROVER_ROLES).length > 0;
  mount(
    el,
    pageHeader(t('dl.title')),
    approver ? listCard(t('dl.given'), 'dl-given', mine.given, ctx, { given: true, reload }) : null,
    listCard(t('dl.received'), 'dl-received', mine.received, ctx, { given: false, reload }),
    approver ? createForm(ctx, mine, reload) : null,
    relativesCard(ctx),
  );
}
