/** The bell in the top bar: unread count, the newest notifications, "mark read" one by one or all at once. */
import { api } from '../api.js';
import { h, mount } from '../dom.js';
import { formatDateTime, pickProblem, t } from '../i18n.js';
import { errorBox } from './common.js';

const POLL_MS = 60_000;

// Drawn, not an emoji: many office machines have no emoji font.
function bellIcon() {
  const icon = h('span', { class: 'bell-icon', 'aria-hidden': 'true' });
  icon.innerHTML =
    '<svg viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" stroke-width="2">' +
    '<path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9"/><path d="M10.3 21a1.94 1.94 0 0 0 3.4 0"/></svg>';
  return icon;
}
let poll = null;

/**
 * The bell button and its panel. `navigate` opens a nomination in the app. The count is refreshed on
 * every page (the top bar is redrawn) and once a minute.
 */
export function notificationBell(navigate) {
  const count = h('span', { class: 'bell-count', hidden: true });
  const button = h(
    'button',
    {
      type: 'button',
      class: 'bell',
      'aria-haspopup': 'true',
      'aria-expanded': 'false',
      'aria-controls': 'notif-panel',
    },
    bellIcon(),
    count,
  );
  const panel = h('div', {
    class: 'bell-panel',
    id: 'notif-panel',
    hidden: true,
    role: 'region',
    'aria-label': t('notif.title'),
  });
  const root = h('div', { class: 'bell-wrap' }, button, panel);

  const setCount = (n) => {
    count.hidden = n === 0;
    count.textContent = n > 99 ? '99+' : String(n);
    button.setAttribute('aria-label', n ? t('notif.buttonUnread', { n }) : t('notif.button'));
  };
  const close = (refocus = true) => {
    panel.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    if (refocus) button.focus();
  };

  async function markRead(n) {
    await api(`/notifications/${n.id}/read`, { method: 'POST' });
  }

  function item(n) {
    const title = pickProblem(n.titleVi, n.titleEn);
    const open = h('a', { href: `/nominations/${n.nominationId}`, class: 'notif-link' }, title);
    open.addEventListener('click', async (e) => {
      e.preventDefault();
      if (!n.readAt) await markRead(n).catch(() => undefined);
      close(false);
      navigate(`/nominations/${n.nominationId}`);
    });
    const mark = n.readAt
      ? null
      : h(
          'button',
          { type: 'button', class: 'btn-link', 'aria-label': t('notif.markReadOf', { title }) },
          t('notif.markRead'),
        );
    mark?.addEventListener('click', async () => {
      await markRead(n);
      await load();
      panel.querySelector('.notif-link')?.focus();
    });
    return h(
      'li',
      { class: n.readAt ? 'notif read' : 'notif unread', dataset: { kind: n.kind, id: n.id } },
      h('span', { class: 'notif-dot', 'aria-hidden': 'true' }),
      h(
        'div',
        {},
        open,
        n.readAt ? null : h('span', { class: 'sr-only' }, ` (${t('notif.unread')})`),
        h('p', { class: 'notif-body' }, pickProblem(n.bodyVi, n.bodyEn)),
        h('small', { class: 'muted' }, formatDateTime(n.createdAt)),
        mark ? [' · ', mark] : null,
      ),
    );
  }

  async function load() {
    try {
      const list = await api('/notifications', { query: { limit: 20 } });
      setCount(list.unreadCount);
      if (panel.hidden) return;
      const all = h('button', { type: 'button', class: 'btn btn-small' }, t('notif.markAll'));
      all.disabled = list.unreadCount === 0;
      all.addEventListener('click', async () => {
        await api('/notifications/read-all', { method: 'POST' });
        await load();
        // The panel stays open: the list is still there to open from.
        (panel.querySelector('.notif-link') ?? button).focus();
      });
      mount(
        panel,
        h('div', { class: 'bell-head' }, h('h2', {}, t('notif.title')), all),
        list.items.length === 0
          ? h('p', { class: 'muted' }, t('notif.empty'))
          : h('ul', { class: 'notif-list' }, list.items.map(item)),
      );
    } catch (err) {
      if (!panel.hidden) mount(panel, errorBox(err));
    }
  }

  button.addEventListener('click', async () => {
    if (!panel.hidden) return close();
    panel.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    mount(panel, h('p', { class: 'loading' }, t('loading')));
    await load();
    (panel.querySelector('.notif-link') ?? panel.querySelector('button'))?.focus();
  });
  root.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !panel.hidden) close();
  });
  setCount(0);
  void load();
  clearInterval(poll);
  poll = setInterval(() => {
    // Stops when the bell is gone (logged out).
    if (!root.isConnected) return clearInterval(poll);
    void load();
  }, POLL_MS);
  return root;
}
