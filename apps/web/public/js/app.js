/** The single-page app: routes, top bar, language switch and session handling. */
import { logout as logoutSession, onSessionEnded, token } from './api.js';
import { h, mount } from './dom.js';
import { currentLang, setLang, t } from './i18n.js';
import { renderError } from './views/common.js';
import { APPROVER_ROLES, hasRole, homeOf, loadSession, resetSession } from './session.js';
import { roleName } from './catalog.js';
import { renderLogin } from './views/login.js';
import { renderInbox } from './views/inbox.js';
import { renderNominations } from './views/nominations.js';
import { renderNominate } from './views/nominate.js';
import { renderNomination } from './views/nomination.js';
import { renderAudit } from './views/audit.js';
import { renderAdminDesk } from './views/admin-desk.js';
import { renderAdminCampaigns } from './views/admin-campaigns.js';
import { renderAdminCalendar } from './views/admin-calendar.js';
import { renderAdminUsers } from './views/admin-users.js';
import { renderAdminUnits } from './views/admin-units.js';
import { renderDelegations } from './views/delegations.js';
import { notificationBell } from './views/notifications-bell.js';

const main = document.getElementById('main');
const topbar = document.getElementById('topbar');

const ROUTES = [
  [/^\/inbox$/, (ctx) => renderInbox(main, ctx)],
  [/^\/nominations$/, (ctx) => renderNominations(main, ctx)],
  [/^\/nominations\/new$/, (ctx) => renderNominate(main, ctx)],
  [/^\/nominations\/([0-9a-f-]{36})$/, (ctx, id) => renderNomination(main, ctx, id)],
  [/^\/audit\/nominations\/([0-9a-f-]{36})$/, (ctx, id) => renderAudit(main, ctx, id)],
  [/^\/admin\/desk$/, (ctx) => renderAdminDesk(main, ctx)],
  [/^\/admin\/campaigns$/, (ctx) => renderAdminCampaigns(main, ctx)],
  [/^\/admin\/calendar$/, (ctx) => renderAdminCalendar(main, ctx)],
  [/^\/admin\/users$/, (ctx) => renderAdminUsers(main, ctx)],
  [/^\/admin\/units$/, (ctx) => renderAdminUnits(main, ctx)],
  [/^\/delegations$/, (ctx) => renderDelegations(main, ctx)],
];

/** Goes to `path` inside the app (pushes history unless `replace`). */
export function navigate(path, { replace = false } = {}) {
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  // Screen readers and keyboard users start a new page at its content, as after a full page load.
  void route().then(() => {
    if (!main.contains(document.activeElement)) main.focus({ preventScroll: true });
  });
}

let toastTimer;
/** A short message in the live region (announced by screen readers). */
export function toast(message, kind = 'info') {
  const el = document.getElementById('toast');
  el.textContent = message;
  el.dataset.kind = kind;
  el.classList.add('shown');
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => el.classList.remove('shown'), 6000);
}

function link(path, label) {
  const here = location.pathname === path;
  return h('a', { href: path, 'aria-current': here ? 'page' : undefined }, label);
}

function renderTopbar(session) {
  const langButton = h(
    'button',
    { type: 'button', class: 'btn-link', 'aria-label': t('nav.langLabel'), lang: currentLang() === 'vi' ? 'en' : 'vi' },
    t('nav.lang'),
  );
  langButton.addEventListener('click', () => {
    setLang(currentLang() === 'vi' ? 'en' : 'vi');
    void route();
  });
  const brand = h(
    'a',
    { href: '/', class: 'brand' },
    h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, '★'),
    h('span', {}, h('strong', {}, t('app.name')), h('small', {}, t('app.tagline'))),
  );
  if (!session)
    return mount(topbar, h('div', { class: 'topbar-inner' }, brand, h('div', { class: 'topbar-tools' }, langButton)));
  const { me } = session;
  const nav = h(
    'nav',
    { 'aria-label': t('nav.main') },
    h(
      'ul',
      {},
      // Nominators get returned nominations (revision tasks) in their inbox too.
      hasRole(me, [...APPROVER_ROLES, 'nominator']) ? h('li', {}, link('/inbox', t('nav.inbox'))) : null,
      h('li', {}, link('/nominations', t('nav.nominations'))),
      hasRole(me, ['nominator']) ? h('li', {}, link('/nominations/new', t('nav.nominate'))) : null,
      hasRole(me, ['unit_admin', 'system_admin']) ? h('li', {}, link('/admin/desk', t('nav.desk'))) : null,
      hasRole(me, ['unit_admin', 'system_admin']) ? h('li', {}, link('/admin/campaigns', t('nav.campaigns'))) : null,
      hasRole(me, ['system_admin']) ? h('li', {}, link('/admin/calendar', t('nav.calendar'))) : null,
      hasRole(me, ['unit_admin', 'system_admin']) ? h('li', {}, link('/admin/users', t('nav.users'))) : null,
      hasRole(me, ['unit_admin', 'system_admin']) ? h('li', {}, link('/admin/units', t('nav.units'))) : null,
      hasRole(me, APPROVER_ROLES) ? h('li', {}, link('/delegations', t('nav.delegations'))) : null,
    ),
  );
  const grant = me.roles[0];
  const logout = h('button', { type: 'button', class: 'btn-link' }, t('nav.logout'));
  logout.addEventListener('click', async () => {
    await logoutSession();
    resetSession();
    navigate('/login');
  });
  mount(
    topbar,
    h(
      'div',
      { class: 'topbar-inner' },
      brand,
      nav,
      h(
        'div',
        { class: 'topbar-tools' },
        h(
          'span',
          { class: 'who' },
          h('strong', {}, me.fullName),
          grant ? h('small', {}, `${roleName(grant.role)} · ${grant.unitName}`) : null,
        ),
        notificationBell(navigate),
        langButton,
        logout,
      ),
    ),
  );
}

async function route() {
  document.title = `${t('app.name')} — ${t('app.tagline')}`;
  document.querySelector('.skip-link').textContent = t('skip');
  const path = location.pathname.replace(/\/+$/, '') || '/';
  if (path === '/login' || !token()) {
    renderTopbar(null);
    if (path !== '/login') history.replaceState(null, '', `/login?next=${encodeURIComponent(path)}`);
    return renderLogin(main, { navigate, toast });
  }
  let session;
  try {
    session = await loadSession();
  } catch (err) {
    if (!token()) return; // 401: onSessionEnded already went to the login page
    renderTopbar(null);
    return renderError(main, err, () => route());
  }
  renderTopbar(session);
  if (path === '/') return navigate(homeOf(session.me), { replace: true });
  const ctx = { ...session, navigate, toast };
  for (const [pattern, render] of ROUTES) {
    const match = pattern.exec(path);
    if (match) {
      mount(main, h('p', { class: 'loading' }, t('loading')));
      return render(ctx, ...match.slice(1));
    }
  }
  mount(main, h('h1', {}, t('err.notFound')));
}

onSessionEnded(() => {
  resetSession();
  const next = location.pathname === '/login' ? '/' : location.pathname;
  history.replaceState(null, '', `/login?next=${encodeURIComponent(next)}&expired=1`);
  void route();
});

// In-app links go through the router; modified clicks (new tab) keep the browser's behaviour.
document.addEventListener('click', (event) => {
  const a = event.target.closest?.('a[href]');
  if (!a || a.target || a.hasAttribute('download') || a.origin !== location.origin || a.pathname.startsWith('/api'))
    return;
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
    return;
  event.preventDefault();
  navigate(a.pathname + a.search);
});
window.addEventListener('popstate', () => void route());
void route();
