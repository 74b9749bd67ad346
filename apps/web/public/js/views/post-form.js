/**
 * Posting one small form: the buttons are disabled while it runs, problem+json errors go under the
 * fields (the rest in `summary`). One Idempotency-Key per form, renewed after a refusal and kept after
 * a lost answer, so a retry of the same click is one action.
 */
import { api, ApiError } from '../api.js';
import { clearFieldErrors, mount, showFieldError } from '../dom.js';
import { keyed } from './action-send.js';
import { showProblem } from './form-errors.js';

export { keyed };

/** Sends `body()` to `path`; resolves to the answer, or undefined after showing the error. */
export async function postForm({ form, summary, path, body, key, buttons = [], codeFields, method = 'POST' }) {
  clearFieldErrors(form);
  mount(summary);
  buttons.forEach((b) => {
    b.disabled = true;
  });
  try {
    return await api(path, { method, body, idempotencyKey: key.get() });
  } catch (err) {
    if (err instanceof ApiError) key.renew();
    showProblem(form, summary, err, codeFields);
    return undefined;
  } finally {
    buttons.forEach((b) => {
      b.disabled = false;
    });
  }
}

/** Shows `message` under the field `name` of `form` (clearing the others) and focuses its control. */
export function fieldError(form, name, message) {
  clearFieldErrors(form);
  showFieldError(form, name, message);
  form.querySelector(`[data-field="${CSS.escape(name)}"]`)?.focus();
}

/** True (and the error shown under the field) when the text control is empty. */
export function missing(form, control, name, message) {
  if (control.value.trim()) return false;
  fieldError(form, name, message);
  return true;
}
