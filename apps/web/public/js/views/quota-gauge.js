/** The quota gauge: "đã dùng 3/4 suất" for an award at the deciding unit (GET /api/quotas/usage). */
import { api } from '../api.js';
import { h, mount } from '../dom.js';
import { formatNumber, t } from '../i18n.js';
import { awardName } from '../catalog.js';

function bucketLine(b, unitName) {
  const label =
    b.scope === 'national'
      ? t('quota.national', { award: awardName(b.awardCode) })
      : t('quota.unit', { award: awardName(b.awardCode), unit: unitName(b.unitId) });
  const used = t('quota.used', { used: formatNumber(b.used), limit: formatNumber(b.limit) });
  const left = b.remaining === 0 ? t('quota.full') : t('quota.left', { n: formatNumber(b.remaining) });
  const tone = b.remaining === 0 ? 'bad' : b.used / Math.max(b.limit, 1) >= 0.75 ? 'warn' : 'good';
  return h(
    'li',
    { class: `gauge gauge-${tone}`, dataset: { bucketKey: b.bucketKey, scope: b.scope } },
    h('span', { class: 'gauge-label' }, label),
    h('meter', { min: 0, max: Math.max(b.limit, 1), value: b.used, 'aria-label': `${label}: ${used}` }),
    h('span', { class: 'gauge-text' }, h('strong', {}, used), ` · ${left}`),
  );
}

/**
 * Loads the gauges of an award at a unit into a list; renders nothing when the award has no quota
 * there (or the user may not see it: the gauge is a help, never an error on the page).
 */
export function quotaGauge(
  { campaignId, unitId, awardCode },
  ctx,
  { scopes = ['unit', 'national'], title = true } = {},
) {
  const box = h('div', { class: 'quota-gauges', 'data-testid': 'quota-gauge', hidden: true });
  const unitName = (id) => ctx.units.get(id)?.name ?? id;
  void api('/quotas/usage', { query: { campaignId, unitId, awardCode } })
    .then((usage) => {
      const buckets = usage.buckets.filter((b) => scopes.includes(b.scope));
      if (buckets.length === 0) return;
      mount(
        box,
        title ? h('h3', { class: 'gauge-title' }, t('quota.title')) : null,
        h(
          'ul',
          { class: 'gauge-list' },
          buckets.map((b) => bucketLine({ ...b, awardCode: usage.awardCode }, unitName)),
        ),
      );
      box.hidden = false;
    })
    .catch(() => undefined);
  return box;
}
