/**
 * A Vietnamese date field: a text input masked as dd/mm/yyyy (Chromium shows `<input type=date>` as
 * mm/dd/yyyy whatever the page language), parsed strictly, with a small calendar popup that works
 * from the keyboard (arrows, Page Up/Down, Home/End, Enter, Escape).
 */
import { field, h } from '../dom.js';
import { t } from '../i18n.js';
import { calendarPopup } from './date-calendar.js';
import { isoToVietnamese, parseVietnameseDate } from '../dates.js';

export { isoToVietnamese, parseVietnameseDate };

// Digits typed are laid out as dd/mm/yyyy; the slashes come by themselves.
function mask(value) {
  const digits = value.replace(/\D/g, '').slice(0, 8);
  const parts = [digits.slice(0, 2), digits.slice(2, 4), digits.slice(4)].filter(Boolean);
  return parts.join('/');
}

function dateInput({ name, label, value = '', required = false }) {
  const input = h('input', {
    type: 'text',
    name,
    inputmode: 'numeric',
    autocomplete: 'off',
    placeholder: 'dd/mm/yyyy',
    maxlength: 10,
    required,
    value: isoToVietnamese(value),
    class: 'date-text',
  });
  input.addEventListener('input', () => {
    const masked = mask(input.value);
    if (masked !== input.value) input.value = masked;
  });
  const { opener, popup } = calendarPopup({ input, label });
  const widget = h('div', { class: 'date-widget' }, opener, popup);

  const check = () => {
    const v = parseVietnameseDate(input.value);
    const slot = document.getElementById(`${input.id}-error`);
    const bad = v === null || (required && v === '');
    if (bad) {
      input.setAttribute('aria-invalid', 'true');
      if (slot) {
        slot.textContent = v === null ? t('date.invalid') : t('date.required');
        slot.hidden = false;
      }
    }
    return bad ? null : v;
  };
  input.addEventListener('blur', () => {
    if (input.value.trim()) check();
  });

  return { input, widget, value: () => parseVietnameseDate(input.value), check };
}

/**
 * A labelled date field (label, dd/mm/yyyy input, calendar button, hint, error slot). `value()` is
 * `yyyy-mm-dd`, '' or null (not a date); `check()` also shows the error under the field and gives
 * null when it is invalid (or empty and required).
 */
export function dateField({ label, name, value, required, hint }) {
  const parts = dateInput({ name, label, value, required });
  const wrap = field({ label, control: parts.input, hint: hint ?? t('date.hint'), name });
  wrap.replaceChild(parts.widget, parts.input);
  parts.widget.prepend(parts.input);
  return { element: wrap, input: parts.input, value: parts.value, check: parts.check };
}
