/**
 * Sending one action of the nomination page. One Idempotency-Key per form: a double click is one
 * decision; after the server answers with a refusal the key is renewed, after a lost answer (network)
 * it is kept for the retry.
 */
import { api, ApiError, newIdempotencyKey } from '../api.js';
import { clearFieldErrors, h, mount, showFieldError } from '../dom.js';
import { t } from '../i18n.js';
import { errorBox } from './common.js';

/** An Idempotency-Key holder for one form. */
export function keyed() {
  let key = newIdempotencyKey();
  return {
    get: () => key,
    renew: () => {
      key = newIdempotencyKey();
    },
  };
}

/** The default notice after an action: recorded (or recorded while the lists catch up). */
export function recordedNotice(res) {
  return h(
    'div',
    { class: 'alert alert-good', role: 'status' },
    res.readModelCaughtUp === false ? t('nom.pendingReadModel') : t('nom.done'),
  );
}

/**
 * POSTs `body` to `/nominations/:id/<path>` and reloads the page with a notice; field errors go under
 * their fields, a conflict reloads the page with who acted first.
 */
export async function send({ n, path, body, key, form, status, reload, buttons, notice = recordedNotice }) {
  clearFieldErrors(form);
  mount(status);
  buttons.forEach((b) => {
    b.disabled = true;
  });
  try {
    const res = await api(`/nominations/${n.id}/${path}`, { method: 'POST', body, idempotencyKey: key.get() });
    await reload(notice(res));
  } catch (err) {
    if (err instanceof ApiError) key.renew();
    const unplaced = err instanceof ApiError ? err.fields.filter((f) => !showFieldError(form, f.field, f.text)) : [];
    if (err instanceof ApiError && err.fields.length > 0 && unplaced.length === 0) return;
    // A conflict means someone else acted first: show who, on the page as it is now.
    if (err instanceof ApiError && err.status === 409) return reload(errorBox(err));
    mount(status, errorBox(err));
  } finally {
    buttons.forEach((b) => {
      b.disabled = false;
    });
  }
}
