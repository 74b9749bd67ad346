/** Tiny DOM helpers: no framework, no innerHTML with data (everything goes through text nodes). */

/** Creates an element: h('a', { href: '/x', class: 'btn' }, 'text', child). `on*` keys add listeners. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'class') el.className = value;
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key in el && typeof value !== 'string') el[key] = value;
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the content of `el`. */
export function mount(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

let idSeq = 0;
/** A unique element id (for label/for and aria-describedby). */
export function uid(prefix = 'f') {
  idSeq += 1;
  return `${prefix}-${idSeq}`;
}

/** A labelled form field: label, control, hint and an error slot wired with aria-describedby. */
export function field({ label, control, hint, name, className }) {
  const id = control.id || uid();
  control.id = id;
  if (name) control.dataset.field = name;
  const errorId = `${id}-error`;
  const hintId = hint ? `${id}-hint` : undefined;
  control.setAttribute('aria-describedby', [hintId, errorId].filter(Boolean).join(' '));
  const clear = () => {
    if (control.getAttribute('aria-invalid') !== 'true') return;
    control.removeAttribute('aria-invalid');
    const slot = document.getElementById(errorId);
    if (slot) slot.hidden = true;
  };
  control.addEventListener('input', clear);
  control.addEventListener('change', clear);
  return h(
    'div',
    { class: `field ${className ?? ''}`.trim(), dataset: name ? { fieldWrap: name } : undefined },
    h('label', { for: id }, label),
    control,
    hint ? h('p', { class: 'hint', id: hintId }, hint) : null,
    h('p', { class: 'field-error', id: errorId, role: 'alert', hidden: true }),
  );
}

/** Shows `message` under the field named `name` inside `form`; returns false if no such field. */
export function showFieldError(form, name, message) {
  const control = form.querySelector(`[data-field="${CSS.escape(name)}"]`);
  if (!control) return false;
  control.setAttribute('aria-invalid', 'true');
  const slot = document.getElementById(`${control.id}-error`);
  if (slot) {
    slot.textContent = message;
    slot.hidden = false;
  }
  return true;
}

/** Clears every field error in `form`. */
export function clearFieldErrors(form) {
  for (const el of form.querySelectorAll('[aria-invalid="true"]')) el.removeAttribute('aria-invalid');
  for (const el of form.querySelectorAll('.field-error')) {
    el.textContent = '';
    el.hidden = true;
  }
}
