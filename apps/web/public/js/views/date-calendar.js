/** The calendar popup of the date field: a month grid driven by mouse or keyboard (arrows, Page Up/Down, Home/End, Enter, Escape). */
import { h, mount, uid } from '../dom.js';
import { currentLang, t } from '../i18n.js';
import { isoToVietnamese, pad, parseVietnameseDate } from '../dates.js';

const isoOf = (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const addDays = (d, n) => new Date(d.getTime() + n * 86_400_000);

// Drawn rather than an emoji: office machines (and headless Chromium) often lack an emoji font.
function calendarIcon() {
  const icon = h('span', { class: 'date-icon', 'aria-hidden': 'true' });
  icon.innerHTML =
    '<svg viewBox="0 0 16 16" width="16" height="16" fill="none" stroke="currentColor" stroke-width="1.5">' +
    '<rect x="1.5" y="3" width="13" height="11.5" rx="1.5"/><path d="M1.5 6.5h13M5 1.5v3M11 1.5v3"/></svg>';
  return icon;
}

/** The button that opens the calendar for `input` and the popup itself (a dialog named after the field). */
export function calendarPopup({ input, label }) {
  const opener = h(
    'button',
    { type: 'button', class: 'btn btn-small date-open', 'aria-haspopup': 'dialog', 'aria-expanded': 'false' },
    calendarIcon(),
    h('span', { class: 'sr-only' }, ''),
  );
  opener.lastChild.textContent = t('date.open', { label });
  const popup = h('div', {
    class: 'date-popup',
    role: 'dialog',
    'aria-label': t('date.dialog', { label }),
    hidden: true,
  });
  let shown = null; // the first day of the month on screen (UTC)
  let focusDay = null;
  const close = (refocus = true) => {
    popup.hidden = true;
    opener.setAttribute('aria-expanded', 'false');
    if (refocus) opener.focus();
  };
  const choose = (d) => {
    input.value = isoToVietnamese(isoOf(d));
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    close(false);
    input.focus();
  };
  const render = () => {
    const month = new Intl.DateTimeFormat(currentLang() === 'en' ? 'en-GB' : 'vi-VN', {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(shown);
    const headingId = uid('cal');
    const start = addDays(shown, -((shown.getUTCDay() + 6) % 7)); // weeks start on Monday
    const selected = parseVietnameseDate(input.value);
    const rows = [];
    for (let w = 0; w < 6; w++) {
      const cells = [];
      for (let i = 0; i < 7; i++) {
        const d = addDays(start, w * 7 + i);
        const iso = isoOf(d);
        const inMonth = d.getUTCMonth() === shown.getUTCMonth();
        cells.push(
          h(
            'td',
            { role: 'gridcell' },
            h(
              'button',
              {
                type: 'button',
                class: `day${inMonth ? '' : ' other'}`,
                tabindex: iso === isoOf(focusDay) ? '0' : '-1',
                'aria-selected': iso === selected ? 'true' : 'false',
                'aria-label': isoToVietnamese(iso),
                dataset: { date: iso },
                onclick: () => choose(d),
              },
              String(d.getUTCDate()),
            ),
          ),
        );
      }
      rows.push(h('tr', {}, cells));
    }
    const nav = (months, labelKey) =>
      h(
        'button',
        {
          type: 'button',
          class: 'btn-link',
          'aria-label': t(labelKey),
          onclick: () => move(months, 'month'),
        },
        months < 0 ? '‹' : '›',
      );
    mount(
      popup,
      h(
        'div',
        { class: 'date-head' },
        nav(-1, 'date.prev'),
        h('strong', { id: headingId, 'aria-live': 'polite' }, month),
        nav(1, 'date.next'),
      ),
      h(
        'table',
        { role: 'grid', 'aria-labelledby': headingId },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            t('date.weekdays')
              .split(',')
              .map((d) => h('th', { scope: 'col', abbr: d }, d)),
          ),
        ),
        h('tbody', {}, rows),
      ),
    );
  };
  const focusCurrent = () => popup.querySelector(`[data-date="${isoOf(focusDay)}"]`)?.focus();
  function move(n, unit) {
    if (unit === 'month') {
      const d = new Date(Date.UTC(focusDay.getUTCFullYear(), focusDay.getUTCMonth() + n, 1));
      const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
      focusDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), Math.min(focusDay.getUTCDate(), last)));
    } else focusDay = addDays(focusDay, n);
    shown = new Date(Date.UTC(focusDay.getUTCFullYear(), focusDay.getUTCMonth(), 1));
    render();
    focusCurrent();
  }
  popup.addEventListener('keydown', (e) => {
    const keys = {
      ArrowLeft: [-1, 'day'],
      ArrowRight: [1, 'day'],
      ArrowUp: [-7, 'day'],
      ArrowDown: [7, 'day'],
      PageUp: [-1, 'month'],
      PageDown: [1, 'month'],
      Home: [-((focusDay.getUTCDay() + 6) % 7), 'day'],
      End: [6 - ((focusDay.getUTCDay() + 6) % 7), 'day'],
    };
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
    } else if (keys[e.key] && e.target.classList.contains('day')) {
      e.preventDefault();
      move(...keys[e.key]);
    }
  });
  opener.addEventListener('click', () => {
    if (!popup.hidden) return close();
    const current = parseVietnameseDate(input.value);
    const today = new Date(Date.now() + 7 * 3_600_000); // Vietnam's day
    focusDay = current
      ? new Date(`${current}T00:00:00Z`)
      : new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
    shown = new Date(Date.UTC(focusDay.getUTCFullYear(), focusDay.getUTCMonth(), 1));
    render();
    popup.hidden = false;
    opener.setAttribute('aria-expanded', 'true');
    focusCurrent();
  });
  // Checked a moment later: moving by keyboard re-renders the month, and the focused day is replaced.
  const leave = () =>
    setTimeout(() => {
      if (!popup.hidden && !opener.parentElement?.contains(document.activeElement)) close(false);
    }, 0);
  opener.addEventListener('focusout', leave);
  popup.addEventListener('focusout', leave);
  return { opener, popup };
}
