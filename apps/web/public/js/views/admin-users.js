/** Quản trị người dùng: search users, create one, grant or revoke a role at a unit, lock or unlock (with reasons). */
import { api, newIdempotencyKey } from '../api.js';
import { field, h, mount } from '../dom.js';
import { formatDate, t } from '../i18n.js';
import { roleName } from '../catalog.js';
import { errorBox, filterField, pageHeader, selectControl, table } from './common.js';
import { showProblem } from './form-errors.js';

const ROLES = ['nominator', 'reviewer', 'chair', 'unit_admin', 'auditor', 'system_admin'];

function unitSelect(ctx, name = 'unitId') {
  const units = [...ctx.units.values()].sort((a, b) => a.level - b.level || a.name.localeCompare(b.name, 'vi'));
  return selectControl(name, [['', t('form.choose')], ...units.map((u) => [u.id, u.name])], '');
}
const roleSelect = () =>
  selectControl(
    'role',
    ROLES.map((r) => [r, roleName(r)]),
    'reviewer',
  );

/** A small form posting `body()` to `path`, problem+json errors under its fields. */
function actionForm({ title, testId, controls, submit, path, body, onDone }) {
  const summary = h('div', { 'aria-live': 'assertive' });
  const form = h(
    'form',
    { class: 'inline-form', novalidate: true, 'data-testid': testId },
    h('strong', {}, title),
    summary,
    controls,
    h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'btn btn-primary' }, submit)),
  );
  const key = newIdempotencyKey();
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      const answer = await api(path(), { method: 'POST', idempotencyKey: key, body: body() });
      onDone(answer);
    } catch (err) {
      showProblem(form, summary, err);
    }
  });
  return form;
}

/** The panel of one user: current and ended grants, grant / revoke / lock / unlock. */
function userPanel(user, ctx, reload) {
  const reason = h('textarea', { name: 'reason', rows: 2, maxlength: 4000 });
  const role = roleSelect();
  const unit = unitSelect(ctx);
  const done = (key) => (answer) => {
    ctx.toast(t(key, { name: answer.fullName ?? user.fullName }), 'good');
    reload(user.id);
  };
  const grant = actionForm({
    title: t('users.grantTitle', { name: user.fullName }),
    testId: 'grant-form',
    controls: [
      field({ label: t('users.role'), control: role, name: 'role' }),
      field({ label: t('col.unit'), control: unit, name: 'unitId' }),
      field({ label: t('users.reason'), control: reason, hint: t('users.reasonHint'), name: 'reason' }),
    ],
    submit: t('users.grant'),
    path: () => `/admin/users/${user.id}/roles`,
    body: () => ({ role: role.value, unitId: unit.value, reason: reason.value }),
    onDone: done('users.granted'),
  });
  const post = async (path, body, message) => {
    try {
      await api(path, { method: 'POST', idempotencyKey: newIdempotencyKey(), body });
      done(message)(user);
    } catch (err) {
      showProblem(grant, grant.querySelector('[aria-live]'), err);
    }
  };
  const grants = user.roles.map((g) =>
    h(
      'tr',
      { dataset: { role: g.role, unitId: g.unitId, current: String(g.current) } },
      h('td', {}, roleName(g.role)),
      h('td', {}, g.unitName ?? g.unitId),
      h('td', { class: 'num' }, `${formatDate(g.validFrom)} – ${g.validTo ? formatDate(g.validTo) : '…'}`),
      h(
        'td',
        {},
        g.current
          ? h(
              'button',
              {
                type: 'button',
                class: 'btn-link danger',
                'aria-label': t('users.revokeOf', { role: roleName(g.role), unit: g.unitName ?? g.unitId }),
                onclick: () =>
                  post(
                    `/admin/users/${user.id}/roles/revocation`,
                    { role: g.role, unitId: g.unitId, reason: reason.value },
                    'users.revoked',
                  ),
              },
              t('users.revoke'),
            )
          : h('span', { class: 'muted' }, t('users.ended')),
      ),
    ),
  );
  const lock = h(
    'button',
    {
      type: 'button',
      class: user.active ? 'btn btn-danger' : 'btn',
      onclick: () =>
        post(
          `/admin/users/${user.id}/${user.active ? 'deactivation' : 'reactivation'}`,
          { reason: reason.value },
          user.active ? 'users.locked' : 'users.unlocked',
        ),
    },
    user.active ? t('users.lock') : t('users.unlock'),
  );
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'user-h', 'data-testid': 'user-panel' },
    h('h2', { id: 'user-h' }, `${user.fullName} (${user.username})`),
    table(t('users.grants'), [t('users.role'), t('col.unit'), t('users.valid'), ''], grants),
    grant,
    h('p', { class: 'hint' }, t('users.lockHint')),
    lock,
  );
}

/** Renders the users page into `el`. */
export async function renderAdminUsers(el, ctx) {
  const q = h('input', { type: 'search', name: 'q', placeholder: t('users.searchHint') });
  const panel = h('div');
  const list = h('div');
  const search = h(
    'form',
    { class: 'filter-bar', role: 'search' },
    filterField(t('users.search'), q),
    h('div', { class: 'filter filter-buttons' }, h('button', { type: 'submit', class: 'btn' }, t('common.filter'))),
  );
  search.addEventListener('submit', (e) => {
    e.preventDefault();
    void load();
  });
  mount(el, pageHeader(t('users.title')), search, panel, list);

  async function open(id) {
    try {
      mount(
        panel,
        userPanel(await api(`/admin/users/${id}`), ctx, (uid) => void Promise.all([open(uid), load()])),
      );
      panel.querySelector('h2')?.scrollIntoView({ block: 'start' });
    } catch (err) {
      mount(panel, errorBox(err));
    }
  }
  async function load() {
    try {
      const page = await api('/admin/users', { query: { q: q.value.trim(), limit: 50 } });
      const rows = page.items.map((u) =>
        h(
          'tr',
          { dataset: { userId: u.id } },
          h('td', {}, h('strong', {}, u.fullName), h('br'), h('small', { class: 'muted' }, u.username)),
          h(
            'td',
            {},
            u.roles
              .filter((g) => g.current)
              .map((g) => h('div', {}, `${roleName(g.role)} · ${g.unitName ?? g.unitId}`)),
          ),
          h('td', {}, u.active ? t('users.active') : h('span', { class: 'chip chip-bad' }, t('users.inactive'))),
          h(
            'td',
            {},
            h(
              'button',
              {
                type: 'button',
                class: 'btn btn-small',
                'aria-label': t('users.manageOf', { name: u.fullName }),
                onclick: () => open(u.id),
              },
              t('users.manage'),
            ),
          ),
        ),
      );
      mount(
        list,
        h('p', { class: 'summary' }, t('users.total', { n: page.total })),
        table(t('users.title'), [t('users.name'), t('users.roles'), t('users.status'), ''], rows),
      );
    } catch (err) {
      mount(list, errorBox(err));
    }
  }
  await load();
}
