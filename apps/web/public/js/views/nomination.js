/** Chi tiết hồ sơ: status, route stepper, the user's actions, dossier and full timeline. */
import { api } from '../api.js';
import { h, mount } from '../dom.js';
import { formatDate, t } from '../i18n.js';
import { awardName } from '../catalog.js';
import { errorBox, pageHeader, statusChip, titleWithStatus } from './common.js';
import { actionsPanel } from './nomination-actions.js';
import { dossierView, routeStepper, timeline, whereNow } from './nomination-parts.js';
import { procedureInfo } from './procedure-info.js';
import { APPROVER_ROLES, hasRole, OVERSIGHT_ROLES } from '../session.js';
import { quotaGauge } from './quota-gauge.js';
import { taskSection } from './task-actions.js';
import { interventionsSection } from './nomination-interventions.js';
import { disclosureSection } from './disclosure.js';

/** The quota gauge of the award at the unit deciding now, for those who decide or oversee there. */
function gaugeFor(n, ctx) {
  const task = n.currentTask;
  if (!task || task.kind !== 'review') return null;
  if (!hasRole(ctx.me, [...APPROVER_ROLES, 'unit_admin'], task.unitId) && !hasRole(ctx.me, OVERSIGHT_ROLES))
    return null;
  return quotaGauge({ campaignId: n.campaignId, unitId: task.unitId, awardCode: n.awardCode }, ctx);
}

/** Renders nomination `id` into `el` (and again after each action). */
export async function renderNomination(el, ctx, id, notice) {
  let n;
  try {
    n = await api(`/nominations/${id}`);
  } catch (err) {
    return mount(el, pageHeader(t('nom.title')), errorBox(err));
  }
  const campaign = ctx.campaignById.get(n.campaignId);
  const reload = (message) => renderNomination(el, ctx, id, message);
  mount(
    el,
    h('p', { class: 'breadcrumb' }, h('a', { href: '/nominations' }, t('nav.nominations'))),
    titleWithStatus(
      n.nominee.name,
      statusChip(n.status, n.statusLabel),
      hasRole(ctx.me, OVERSIGHT_ROLES)
        ? h('a', { href: `/audit/nominations/${n.id}`, class: 'btn' }, t('audit.openLong'))
        : null,
    ),
    h('p', { class: 'subtitle' }, awardName(n.awardCode), ' · ', campaign?.name ?? n.campaignId),
    h(
      'p',
      { class: 'meta' },
      `${t('nom.nominatingUnit')}: ${ctx.units.get(n.nominatingUnitId)?.name ?? n.nominatingUnitId} · ${t('col.submitted')}: ${formatDate(n.submittedAt)}`,
      n.returnCount ? ` · ${t('nom.returns', { n: n.returnCount })}` : '',
    ),
    notice ?? null,
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'route-h' },
      h('h2', { id: 'route-h' }, t('nom.route')),
      routeStepper(n),
      h('p', { class: 'where', 'data-testid': 'where' }, whereNow(n, ctx.units)),
    ),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'actions-h' },
      h('h2', { id: 'actions-h' }, t('nom.actions')),
      procedureInfo(n),
      gaugeFor(n, ctx),
      actionsPanel(n, ctx, reload),
    ),
    taskSection(n, ctx, reload),
    disclosureSection(n, ctx, reload),
    interventionsSection(n, ctx, reload),
    h(
      'div',
      { class: 'two-col' },
      h(
        'section',
        { class: 'card', 'aria-labelledby': 'dossier-h' },
        h('h2', { id: 'dossier-h' }, t('nom.dossier')),
        dossierView(n.dossier),
      ),
      h(
        'section',
        { class: 'card', 'aria-labelledby': 'timeline-h' },
        h('h2', { id: 'timeline-h' }, t('nom.timeline')),
        timeline(n.history),
      ),
    ),
  );
}
