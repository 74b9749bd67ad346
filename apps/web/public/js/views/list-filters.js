/** The filter bar of the inbox and the nomination list; its state lives in the URL (linkable, back-button safe). */
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { awardName } from '../catalog.js';
import { filterField, selectControl } from './common.js';

/** Current filter values from the URL. */
export function filtersFromUrl(names) {
  const params = new URLSearchParams(location.search);
  return Object.fromEntries(names.map((n) => [n, params.get(n) ?? '']));
}

/**
 * A filter form: `extra` are additional `[name, label, options]` selects. Submitting (or changing a
 * select) replaces the URL's query and calls `onChange`.
 */
export function filterBar({ values, campaigns, extra = [], onChange }) {
  const awardCodes = [...new Set(campaigns.flatMap((c) => c.awardCodes))];
  const search = h('input', {
    name: 'search',
    type: 'search',
    value: values.search ?? '',
    placeholder: t('common.searchHint'),
  });
  const selects = [
    ...extra.map(([name, label, options]) => [
      label,
      selectControl(name, [['', t('common.all')], ...options], values[name]),
    ]),
    [
      t('col.award'),
      selectControl(
        'awardCode',
        [['', t('common.all')], ...awardCodes.map((c) => [c, awardName(c)])],
        values.awardCode,
      ),
    ],
    [
      t('col.campaign'),
      selectControl('campaignId', [['', t('common.all')], ...campaigns.map((c) => [c.id, c.name])], values.campaignId),
    ],
  ];
  const form = h(
    'form',
    { class: 'filter-bar', role: 'search' },
    filterField(t('common.search'), search),
    selects.map(([label, control]) => filterField(label, control)),
    h(
      'div',
      { class: 'filter filter-buttons' },
      h('button', { type: 'submit', class: 'btn' }, t('common.filter')),
      h('button', { type: 'reset', class: 'btn-link' }, t('common.clear')),
    ),
  );
  const apply = () => {
    const params = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (String(v).trim()) params.set(k, String(v).trim());
    const query = params.toString();
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
    onChange(Object.fromEntries(params));
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    apply();
  });
  form.addEventListener('change', (e) => {
    if (e.target.tagName === 'SELECT') apply();
  });
  form.addEventListener('reset', () => setTimeout(apply));
  return form;
}
