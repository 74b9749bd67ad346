/** Người thân đã kê khai: the caller's declared relatives and a form to declare one (conflict of interest). */
import { api } from '../api.js';
import { field, h, mount } from '../dom.js';
import { formatDate, t } from '../i18n.js';
import { errorBox, table } from './common.js';
import { keyed, missing, postForm } from './post-form.js';

/** The relatives card; it loads its list by itself and again after each declaration. */
export function relativesCard(ctx) {
  const list = h('div', {}, h('p', { class: 'loading' }, t('loading')));
  const personKey = h('input', { name: 'personKey', autocomplete: 'off', maxlength: 128 });
  const fullName = h('input', { name: 'fullName', autocomplete: 'off', maxlength: 200 });
  const relation = h('input', { name: 'relation', autocomplete: 'off', maxlength: 100 });
  const summary = h('div', { 'aria-live': 'assertive' });
  const submit = h('button', { type: 'submit', class: 'btn' }, t('rel.declare'));
  const form = h(
    'form',
    { class: 'simple-form', novalidate: true, 'data-testid': 'relative-form' },
    summary,
    h(
      'div',
      { class: 'grid-3' },
      field({ label: t('rel.personKey'), control: personKey, name: 'personKey' }),
      field({ label: t('rel.fullName'), control: fullName, name: 'fullName' }),
      field({ label: t('rel.relation'), control: relation, hint: t('rel.relationHint'), name: 'relation' }),
    ),
    submit,
  );
  async function load() {
    try {
      const items = await api('/me/relatives');
      mount(
        list,
        items.length
          ? table(
              t('rel.title'),
              [t('rel.fullName'), t('rel.relation'), t('rel.personKey'), t('rel.declaredAt')],
              items.map((r) =>
                h(
                  'tr',
                  { dataset: { relativeId: r.id } },
                  h('td', {}, r.fullName),
                  h('td', {}, r.relation),
                  h('td', {}, h('code', {}, r.personKey)),
                  h('td', { class: 'num' }, formatDate(r.declaredAt)),
                ),
              ),
            )
          : h('p', { class: 'muted' }, t('rel.none')),
      );
    } catch (err) {
      mount(list, errorBox(err));
    }
  }
  let key = keyed();
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    for (const [control, name] of [
      [personKey, 'personKey'],
      [fullName, 'fullName'],
      [relation, 'relation'],
    ])
      if (missing(form, control, name, t('dl.required'))) return;
    const body = {
      personKey: personKey.value.trim(),
      fullName: fullName.value.trim(),
      relation: relation.value.trim(),
    };
    const res = await postForm({ form, summary, path: '/me/relatives', body, key, buttons: [submit] });
    if (!res) return;
    ctx.toast(t('rel.declared', { name: res.fullName }), 'good');
    form.reset();
    key = keyed();
    await load();
  });
  void load();
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'rel-h', 'data-testid': 'relatives' },
    h('h2', { id: 'rel-h' }, t('rel.title')),
    h('p', { class: 'hint' }, t('rel.lead')),
    list,
    form,
  );
}
