/** Đề nghị khen thưởng: the nomination form of a nominator at a CĐCS; one Idempotency-Key per form. */
import { api, ApiError, newIdempotencyKey } from '../api.js';
import { clearFieldErrors, field, h, mount, showFieldError } from '../dom.js';
import { t } from '../i18n.js';
import { awardName } from '../catalog.js';
import { unitsWithRole } from '../session.js';
import { errorBox, errorText, pageHeader, selectControl } from './common.js';
import { dossierForm } from './dossier-form.js';

/** Renders the form into `el`. */
export function renderNominate(el, ctx) {
  const unitIds = unitsWithRole(ctx.me, ['nominator']);
  if (unitIds.length === 0)
    return mount(el, pageHeader(t('form.title')), h('p', { class: 'alert alert-info' }, t('form.notNominator')));
  // Kept for the life of the form: a double click or a retry after a lost answer is the same nomination.
  const idempotencyKey = newIdempotencyKey();
  const unitName = (id) => ctx.me.roles.find((g) => g.unitId === id)?.unitName ?? id;
  const unit = selectControl(
    'nominatingUnitId',
    unitIds.map((id) => [id, unitName(id)]),
    unitIds[0],
  );
  const today = new Date().toISOString().slice(0, 10);
  const open = ctx.campaigns.filter((c) => c.opensOn <= today && today <= c.closesOn);
  const campaigns = open.length ? open : ctx.campaigns;
  const campaign = selectControl(
    'campaignId',
    [['', t('form.choose')], ...campaigns.map((c) => [c.id, c.name])],
    campaigns.length === 1 ? campaigns[0].id : '',
  );
  const award = h('select', { name: 'awardCode' });
  const fillAwards = () => {
    const chosen = ctx.campaignById.get(campaign.value);
    mount(
      award,
      h('option', { value: '' }, t('form.choose')),
      (chosen?.awardCodes ?? []).map((c) => h('option', { value: c }, awardName(c))),
    );
  };
  campaign.addEventListener('change', fillAwards);
  fillAwards();

  const dossier = dossierForm();
  const summary = h('div', { 'aria-live': 'assertive' });
  const submit = h('button', { type: 'submit', class: 'btn btn-primary' }, t('form.submit'));
  const form = h(
    'form',
    { class: 'nominate-form', novalidate: true },
    summary,
    h(
      'section',
      { class: 'card' },
      h('h2', {}, t('form.section.award')),
      h(
        'div',
        { class: 'grid-2' },
        field({ label: t('form.unit'), control: unit, name: 'nominatingUnitId', className: 'span-2' }),
        field({ label: t('form.campaign'), control: campaign, name: 'campaignId' }),
        field({ label: t('form.award'), control: award, name: 'awardCode' }),
      ),
    ),
    dossier.sections.who,
    dossier.sections.what,
    dossier.sections.files,
    h('div', { class: 'form-actions' }, submit),
  );

  let inFlight = false;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (inFlight) return;
    clearFieldErrors(form);
    mount(summary);
    let body;
    try {
      body = {
        nominatingUnitId: unit.value,
        awardCode: award.value || undefined,
        campaignId: campaign.value || undefined,
        dossier: dossier.read(),
      };
    } catch (err) {
      return mount(summary, h('div', { class: 'alert alert-info', role: 'status' }, errorText(err)));
    }
    inFlight = true;
    submit.disabled = true;
    submit.textContent = t('form.submitting');
    try {
      const result = await api('/nominations', { method: 'POST', body, idempotencyKey });
      ctx.toast(t('form.submitted'), 'good');
      ctx.navigate(`/nominations/${result.nominationId}`);
    } catch (err) {
      showErrors(form, summary, err);
    } finally {
      inFlight = false;
      submit.disabled = false;
      submit.textContent = t('form.submit');
    }
  });
  mount(el, pageHeader(t('form.title')), form);
}

function showErrors(form, summary, err) {
  if (!(err instanceof ApiError) || err.fields.length === 0) return mount(summary, errorBox(err));
  const unplaced = err.fields.filter((f) => !showFieldError(form, f.field, f.text));
  mount(
    summary,
    h(
      'div',
      { class: 'alert alert-error', role: 'alert' },
      h('strong', {}, t('form.invalid', { n: err.fields.length })),
      unplaced.length
        ? h(
            'ul',
            {},
            unplaced.map((f) => h('li', {}, h('code', {}, f.field), ' — ', f.text)),
          )
        : null,
    ),
  );
  form.querySelector('[aria-invalid="true"]')?.focus();
}
