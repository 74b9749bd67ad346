/** The campaign editor: name, kind, awards, window, per-level cut-offs and the pinned rule-set version. */
import { api } from '../api.js';
import { clearFieldErrors, field, h, mount, uid } from '../dom.js';
import { t } from '../i18n.js';
import { AWARD_CODES, awardName, levelName } from '../catalog.js';
import { selectControl } from './common.js';
import { dateField } from './date-field.js';
import { showProblem } from './form-errors.js';

const KINDS = ['annual', 'thematic', 'adhoc'];
const LEVELS = ['1', '2', '3', '4'];
// Versions the seeds ship; the server refuses one it does not store, under the field.
const KNOWN_VERSIONS = ['2024.1', '2024.2', '2026.1'];

function awardsFieldset(chosen) {
  const id = uid('awards');
  return h(
    'fieldset',
    { class: 'checks span-2', id, dataset: { field: 'awardCodes' }, 'aria-describedby': `${id}-error` },
    h('legend', {}, t('camp.awards')),
    h(
      'div',
      { class: 'check-grid' },
      AWARD_CODES.map((code) => {
        const cid = uid();
        return h(
          'span',
          { class: 'check' },
          h('input', { type: 'checkbox', id: cid, name: 'awardCodes', value: code, checked: chosen.includes(code) }),
          h('label', { for: cid }, `${awardName(code)} (${code})`),
        );
      }),
    ),
    h('p', { class: 'field-error', id: `${id}-error`, role: 'alert', hidden: true }),
  );
}

/**
 * The form for a new campaign (`campaign` undefined) or changes to one. `onSaved(campaign)` gets the
 * server's answer; errors of problem+json appear under their fields.
 */
export function campaignForm(campaign, { onSaved, onCancel }) {
  const c = campaign ?? { code: '', name: '', kind: 'annual', ruleSetVersion: '2024.2', awardCodes: [], cutoffs: {} };
  const code = h('input', { name: 'code', value: c.code, maxlength: 40, disabled: Boolean(campaign) });
  const name = h('input', { name: 'name', value: c.name, maxlength: 300 });
  const kind = selectControl(
    'kind',
    KINDS.map((k) => [k, t(`camp.kind.${k}`)]),
    c.kind,
  );
  const listId = uid('versions');
  const version = h('input', { name: 'ruleSetVersion', value: c.ruleSetVersion, list: listId, maxlength: 40 });
  const opens = dateField({ label: t('camp.opensOn'), name: 'opensOn', value: c.opensOn, required: true });
  const closes = dateField({ label: t('camp.closesOn'), name: 'closesOn', value: c.closesOn, required: true });
  const cutoffs = LEVELS.map((l) => ({
    level: l,
    ...dateField({
      label: t('camp.cutoff', { level: levelName(Number(l)) }),
      name: `cutoffs.${l}`,
      value: c.cutoffs?.[l],
      hint: t('camp.cutoffHint'),
    }),
  }));
  const awards = awardsFieldset(c.awardCodes);
  const summary = h('div', { 'aria-live': 'assertive' });
  const submit = h(
    'button',
    { type: 'submit', class: 'btn btn-primary' },
    campaign ? t('camp.save') : t('camp.create'),
  );
  const form = h(
    'form',
    { class: 'card campaign-form', novalidate: true, 'data-testid': 'campaign-form' },
    h('h2', {}, campaign ? t('camp.editTitle', { name: campaign.name }) : t('camp.newTitle')),
    summary,
    h(
      'div',
      { class: 'grid-2' },
      field({ label: t('camp.code'), control: code, hint: t('camp.codeHint'), name: 'code' }),
      field({ label: t('camp.kind'), control: kind, name: 'kind' }),
      field({ label: t('camp.name'), control: name, name: 'name', className: 'span-2' }),
      field({ label: t('camp.ruleSet'), control: version, hint: t('camp.ruleSetHint'), name: 'ruleSetVersion' }),
      h(
        'datalist',
        { id: listId },
        KNOWN_VERSIONS.map((v) => h('option', { value: v })),
      ),
      h('div'),
      opens.element,
      closes.element,
      awards,
      h('h3', { class: 'span-2' }, t('camp.cutoffs')),
      cutoffs.map((f) => f.element),
    ),
    h(
      'div',
      { class: 'form-actions' },
      submit,
      h('button', { type: 'button', class: 'btn-link', onclick: onCancel }, t('common.cancel')),
    ),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    mount(summary);
    // Dates are checked here first: "31/02/2026" never reaches the server as a wrong ISO date.
    const dates = [opens, closes, ...cutoffs].map((f) => f.check());
    if (dates.some((d) => d === null)) return form.querySelector('[aria-invalid="true"]')?.focus();
    const body = {
      name: name.value.trim(),
      kind: kind.value,
      ruleSetVersion: version.value.trim(),
      awardCodes: [...awards.querySelectorAll('input:checked')].map((i) => i.value),
      opensOn: opens.value(),
      closesOn: closes.value(),
      cutoffs: Object.fromEntries(cutoffs.filter((f) => f.value()).map((f) => [f.level, f.value()])),
    };
    submit.disabled = true;
    try {
      const saved = campaign
        ? await api(`/admin/campaigns/${campaign.id}`, { method: 'PATCH', body })
        : await api('/admin/campaigns', { method: 'POST', body: { code: code.value.trim(), ...body } });
      onSaved(saved);
    } catch (err) {
      showProblem(form, summary, err, { 'RULES.RULE_SET_MISSING': 'ruleSetVersion' });
    } finally {
      submit.disabled = false;
    }
  });
  queueMicrotask(() => (campaign ? name : code).focus());
  return form;
}
