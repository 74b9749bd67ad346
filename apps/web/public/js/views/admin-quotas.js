/** Chỉ tiêu of a campaign: limits in force, slots used, and overrides with who, when and why. */
import { api, newIdempotencyKey } from '../api.js';
import { field, h, mount } from '../dom.js';
import { formatDateTime, formatNumber, t } from '../i18n.js';
import { awardName } from '../catalog.js';
import { errorBox, selectControl, table } from './common.js';
import { showProblem } from './form-errors.js';

/** "BK_CD|unit:ldld-cao-bang|theme:GVN-DVN-2026" in words. */
function bucketText(key, ctx) {
  const [award, scope, period] = key.split('|');
  const where = scope === 'national' ? t('qe.national') : (ctx.units.get(scope.slice(5))?.name ?? scope.slice(5));
  return `${awardName(award)} · ${where} · ${period}`;
}

/** The limit-and-reason form for one bucket; `onSaved(view)` gets the server's answer. */
function overrideForm(bucketKey, current, campaignId, ctx, onSaved, onCancel) {
  const limit = h('input', { name: 'limit', inputmode: 'numeric', value: current ?? '' });
  const reason = h('textarea', { name: 'reason', rows: 2, maxlength: 4000 });
  const summary = h('div', { 'aria-live': 'assertive' });
  const form = h(
    'form',
    { class: 'inline-form', novalidate: true, 'data-testid': 'quota-form' },
    h('strong', {}, t('qe.formTitle', { bucket: bucketText(bucketKey, ctx) })),
    summary,
    field({ label: t('qe.limit'), control: limit, name: 'limit' }),
    field({ label: t('qe.reason'), control: reason, hint: t('qe.reasonHint'), name: 'reason' }),
    h(
      'div',
      { class: 'form-actions' },
      h('button', { type: 'submit', class: 'btn btn-primary' }, t('qe.save')),
      h('button', { type: 'button', class: 'btn-link', onclick: onCancel }, t('common.cancel')),
    ),
  );
  const key = newIdempotencyKey();
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const n = limit.value.trim() === '' ? undefined : Number(limit.value.trim());
    try {
      const view = await api(`/admin/campaigns/${campaignId}/quotas/${encodeURIComponent(bucketKey)}`, {
        method: 'PUT',
        idempotencyKey: key,
        body: { limit: Number.isNaN(n) ? limit.value : n, reason: reason.value },
      });
      onSaved(view);
    } catch (err) {
      showProblem(form, summary, err);
    }
  });
  queueMicrotask(() => limit.focus());
  return form;
}

/** A form to start an override for a bucket no one has used yet (award × unit or national × period). */
function newBucketPicker(campaign, ctx, open) {
  const award = selectControl(
    'award',
    campaign.awardCodes.map((c) => [c, awardName(c)]),
    campaign.awardCodes[0],
  );
  const units = [...ctx.units.values()].filter((u) => u.level >= 2).sort((a, b) => a.level - b.level);
  const scope = selectControl('scope', [['national', t('qe.national')], ...units.map((u) => [`unit:${u.id}`, u.name])]);
  const period = selectControl('period', [
    [`campaign:${campaign.id}`, t('qe.period.campaign')],
    [`theme:${campaign.code}`, t('qe.period.theme', { code: campaign.code })],
    [`year:${campaign.opensOn.slice(0, 4)}`, t('qe.period.year', { year: campaign.opensOn.slice(0, 4) })],
  ]);
  const form = h(
    'form',
    { class: 'filter-bar', 'aria-label': t('qe.add') },
    field({ label: t('col.award'), control: award }),
    field({ label: t('qe.scope'), control: scope }),
    field({ label: t('qe.period'), control: period }),
    h('div', { class: 'filter filter-buttons' }, h('button', { type: 'submit', class: 'btn' }, t('qe.add'))),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    open(`${award.value}|${scope.value}|${period.value}`);
  });
  return form;
}

/** The quota section of a campaign: the buckets the caller administers, each with "Điều chỉnh". */
export function quotaSection(campaign, ctx) {
  const body = h('div');
  const slot = h('div');
  const section = h(
    'section',
    { class: 'card', 'aria-labelledby': 'quota-h', 'data-testid': 'quota-section' },
    h('h2', { id: 'quota-h' }, t('qe.title', { name: campaign.name })),
    h('p', { class: 'hint' }, t('qe.lead')),
    newBucketPicker(campaign, ctx, (key) => edit(key, undefined)),
    slot,
    body,
  );
  function edit(bucketKey, current) {
    mount(
      slot,
      overrideForm(
        bucketKey,
        current,
        campaign.id,
        ctx,
        (view) => {
          mount(slot, h('p', { class: 'alert alert-info', role: 'status' }, t('qe.saved', { limit: view.limit })));
          void load();
        },
        () => mount(slot),
      ),
    );
  }
  async function load() {
    try {
      const rows = await api(`/admin/campaigns/${campaign.id}/quotas`);
      if (rows.length === 0) return mount(body, h('p', { class: 'muted' }, t('qe.empty')));
      mount(
        body,
        table(
          t('qe.title', { name: campaign.name }),
          [t('qe.bucket'), t('qe.limit'), t('qe.used'), t('qe.override'), ''],
          rows.map((q) =>
            h(
              'tr',
              { dataset: { bucketKey: q.bucketKey } },
              h('td', {}, bucketText(q.bucketKey, ctx)),
              h('td', { class: 'num' }, q.limit === null ? '—' : formatNumber(q.limit)),
              h('td', { class: 'num' }, formatNumber(q.used)),
              h(
                'td',
                {},
                q.override
                  ? [
                      h('strong', {}, formatNumber(q.override.limit)),
                      ` — ${q.override.reason}`,
                      h('br'),
                      h(
                        'small',
                        { class: 'muted' },
                        `${q.override.changedBy}, ${formatDateTime(q.override.changedAt)}`,
                      ),
                    ]
                  : '—',
              ),
              h(
                'td',
                {},
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'btn btn-small',
                    'aria-label': t('qe.editFor', { bucket: bucketText(q.bucketKey, ctx) }),
                    onclick: () => edit(q.bucketKey, q.limit),
                  },
                  t('qe.edit'),
                ),
              ),
            ),
          ),
        ),
      );
    } catch (err) {
      mount(body, errorBox(err));
    }
  }
  void load();
  return section;
}
