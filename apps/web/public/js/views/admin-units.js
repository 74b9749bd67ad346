/**
 * Quản trị đơn vị: pick a unit, see it with its parent history, rename / re-parent / dissolve it, or
 * create one. Re-parenting and dissolution answer 202 with a reorganisation whose progress shows here.
 * The page state lives in the URL (?unit=&reorg=) so it survives the reload after a change.
 */
import { api } from '../api.js';
import { field, h, mount } from '../dom.js';
import { formatDate, formatDateTime, formatNumber, t } from '../i18n.js';
import { levelName } from '../catalog.js';
import { resetSession } from '../session.js';
import { errorBox, pageHeader, table } from './common.js';
import { createForm, dissolveForm, kindName, renameForm, reparentForm, unitSelect } from './admin-units-forms.js';
import { reorganisationProgress } from './reorganisation-progress.js';

function unitPanel(unit, ctx, go) {
  const parents = unit.parents.map((p) =>
    h(
      'tr',
      {},
      h('td', {}, p.parentName ?? p.parentId),
      h('td', { class: 'num' }, `${formatDate(p.validFrom)} – ${p.validTo ? formatDate(p.validTo) : '…'}`),
    ),
  );
  const after = (message) => (res) => {
    ctx.toast(message, 'good');
    go({ unit: unit.id, reorg: res.reorganisation?.id });
  };
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'unit-h', 'data-testid': 'unit-panel' },
    h('h2', { id: 'unit-h' }, unit.name),
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, t('un.code')),
      h('dd', {}, h('code', {}, unit.code)),
      h('dt', {}, t('un.kind')),
      h('dd', {}, `${kindName(unit.kind)} · ${levelName(unit.level)}`),
      h('dt', {}, t('un.members')),
      h('dd', {}, formatNumber(unit.memberCount)),
      unit.dissolvedOn ? [h('dt', {}, t('un.dissolvedOn')), h('dd', {}, formatDate(unit.dissolvedOn))] : null,
    ),
    h('h3', {}, t('un.parents')),
    parents.length
      ? table(t('un.parents'), [t('un.parent'), t('un.valid')], parents)
      : h('p', { class: 'muted' }, t('un.root')),
    unit.dissolvedOn
      ? null
      : h(
          'div',
          {},
          renameForm(unit, after(t('un.renamed'))),
          unit.level < 4 ? reparentForm(unit, ctx, after(t('un.reparented'))) : null,
          unit.level < 4 ? dissolveForm(unit, ctx, after(t('un.dissolved'))) : null,
        ),
  );
}

/** The latest reorganisations; `names` covers units no longer in today's tree (the one on the page). */
async function recentReorganisations(ctx, go, names) {
  try {
    const items = await api('/admin/reorganisations', { query: { limit: 10 } });
    if (items.length === 0) return null;
    return h(
      'section',
      { class: 'card', 'aria-labelledby': 'ro-list-h' },
      h('h2', { id: 'ro-list-h' }, t('ro.recent')),
      table(
        t('ro.recent'),
        [t('ro.when'), t('ro.what'), t('ro.progress'), ''],
        items.map((r) =>
          h(
            'tr',
            { dataset: { reorgId: r.id } },
            h('td', { class: 'nowrap' }, formatDateTime(r.createdAt)),
            h(
              'td',
              {},
              t(`ro.kind.${r.kind}`, {
                unit: names.get(r.unitId) ?? ctx.units.get(r.unitId)?.name ?? r.unitId,
                date: formatDate(r.effectiveFrom),
              }),
            ),
            h(
              'td',
              {},
              t(`ro.status.${r.status}`),
              ` · ${t('ro.movedOf', { moved: r.counts.moved, failed: r.counts.failed })}`,
            ),
            h(
              'td',
              {},
              h('button', { type: 'button', class: 'btn btn-small', onclick: () => go({ reorg: r.id }) }, t('ro.open')),
            ),
          ),
        ),
      ),
    );
  } catch {
    return null;
  }
}

/** Renders the units page into `el`. */
export async function renderAdminUnits(el, ctx) {
  const params = new URLSearchParams(location.search);
  const unitId = params.get('unit') ?? '';
  const reorgId = params.get('reorg');
  // A change makes the cached org tree stale: reload it, then show the page again with its state.
  const go = ({ unit, reorg }) => {
    resetSession();
    const q = new URLSearchParams();
    if (unit) q.set('unit', unit);
    if (reorg) q.set('reorg', reorg);
    ctx.navigate(`/admin/units${q.size ? `?${q}` : ''}`, { replace: true });
  };
  const picker = unitSelect(ctx, 'unit');
  if (ctx.units.has(unitId)) picker.value = unitId;
  const open = h('button', { type: 'submit', class: 'btn' }, t('un.open'));
  const pick = h(
    'form',
    { class: 'filter-bar' },
    field({ label: t('un.pick'), control: picker, name: 'unit' }),
    h('div', { class: 'filter filter-buttons' }, open),
  );
  pick.addEventListener('submit', (e) => {
    e.preventDefault();
    if (picker.value) go({ unit: picker.value });
  });
  const panel = h('div');
  const creating = h(
    'details',
    { class: 'card more-action', 'data-testid': 'create-unit' },
    h('summary', {}, t('un.createTitle')),
    createForm(ctx, (res) => {
      ctx.toast(t('un.created', { name: res.unit.name }), 'good');
      go({ unit: res.unit.id });
    }),
  );
  const recent = h('div');
  const names = new Map();
  const loadRecent = async () => mount(recent, await recentReorganisations(ctx, go, names));
  mount(
    el,
    pageHeader(t('un.title')),
    reorgId ? reorganisationProgress(reorgId, ctx, { onSettled: loadRecent }) : null,
    pick,
    panel,
    creating,
    recent,
  );
  if (unitId) {
    try {
      const unit = await api(`/admin/units/${encodeURIComponent(unitId)}`);
      names.set(unit.id, unit.name);
      mount(panel, unitPanel(unit, ctx, go));
    } catch (err) {
      mount(panel, errorBox(err));
    }
  }
  await loadRecent();
}
