/** Log in: username and password → bearer token in sessionStorage → the user's home page. */
import { api, saveToken } from '../api.js';
import { field, h, mount } from '../dom.js';
import { t } from '../i18n.js';
import { resetSession } from '../session.js';
import { errorBox } from './common.js';

/** Renders the login form into `el`. */
export function renderLogin(el, { navigate }) {
  const params = new URLSearchParams(location.search);
  const username = h('input', {
    name: 'username',
    autocomplete: 'username',
    required: true,
    autocapitalize: 'none',
    spellcheck: 'false',
  });
  const password = h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const status = h('div', { 'aria-live': 'assertive' });
  if (params.get('expired')) status.append(h('div', { class: 'alert alert-info', role: 'status' }, t('login.expired')));
  const submit = h('button', { type: 'submit', class: 'btn btn-primary' }, t('login.submit'));
  const form = h(
    'form',
    { class: 'login-form', novalidate: true },
    h('h1', {}, t('login.title')),
    status,
    field({ label: t('login.username'), control: username }),
    field({ label: t('login.password'), control: password }),
    submit,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    submit.disabled = true;
    try {
      const result = await api('/auth/login', {
        method: 'POST',
        body: { username: username.value.trim(), password: password.value },
      });
      saveToken(result.accessToken, result.refreshToken);
      resetSession();
      const next = params.get('next');
      navigate(next && next.startsWith('/') && !next.startsWith('//') && next !== '/login' ? next : '/', {
        replace: true,
      });
    } catch (err) {
      mount(status, errorBox(err));
      password.value = '';
      password.focus();
    } finally {
      submit.disabled = false;
    }
  });
  mount(el, h('section', { class: 'login-page' }, form));
  username.focus();
}
