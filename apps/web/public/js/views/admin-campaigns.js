/** Quản trị đợt thi đua: the campaigns with their editor (system admin) and their quotas (system or unit admin). */
import { api } from '../api.js';
import { h, mount } from '../dom.js';
import { formatDate, t } from '../i18n.js';
import { awardName } from '../catalog.js';
import { hasRole } from '../session.js';
import { errorBox, pageHeader, table } from './common.js';
import { campaignForm } from './admin-campaign-form.js';
import { quotaSection } from './admin-quotas.js';

/** Refreshes the session's campaign list in place, so forms elsewhere see the change without a log-in. */
async function refreshCampaigns(ctx) {
  const { items } = await api('/campaigns');
  ctx.campaigns.splice(0, ctx.campaigns.length, ...items);
  ctx.campaignById.clear();
  for (const c of items) ctx.campaignById.set(c.id, c);
  return items;
}

/** Renders the campaigns page into `el`. */
export async function renderAdminCampaigns(el, ctx) {
  const isSystemAdmin = hasRole(ctx.me, ['system_admin']);
  const editor = h('div');
  const list = h('div');
  const create = isSystemAdmin
    ? h('button', { type: 'button', class: 'btn btn-primary', onclick: () => openForm(undefined) }, t('camp.new'))
    : null;
  mount(el, pageHeader(t('camp.title'), create), h('p', { class: 'hint' }, t('camp.lead')), editor, list);

  function openForm(campaign) {
    mount(
      editor,
      campaignForm(campaign, {
        onSaved: async (saved) => {
          ctx.toast(t('camp.saved', { name: saved.name }), 'good');
          mount(editor);
          await load();
        },
        onCancel: () => mount(editor),
      }),
    );
  }

  function openQuotas(campaign) {
    mount(editor, quotaSection(campaign, ctx));
    editor.querySelector('h2')?.scrollIntoView({ block: 'start' });
  }

  function row(c) {
    const label = (key) => t(key, { name: c.name });
    return h(
      'tr',
      { dataset: { campaignId: c.id } },
      h('td', {}, h('strong', {}, c.name), h('br'), h('small', { class: 'muted' }, c.code)),
      h('td', {}, t(`camp.kind.${c.kind}`)),
      h('td', { class: 'num nowrap' }, `${formatDate(c.opensOn)} – ${formatDate(c.closesOn)}`),
      h(
        'td',
        {},
        c.awardCodes.map((a) => h('span', { class: 'chip chip-neutral', title: awardName(a) }, a)),
      ),
      h('td', {}, c.ruleSetVersion),
      h(
        'td',
        { class: 'nowrap' },
        isSystemAdmin
          ? h(
              'button',
              {
                type: 'button',
                class: 'btn btn-small',
                'aria-label': label('camp.editFor'),
                onclick: () => openForm(c),
              },
              t('camp.edit'),
            )
          : null,
        ' ',
        h(
          'button',
          {
            type: 'button',
            class: 'btn btn-small',
            'aria-label': label('camp.quotasFor'),
            onclick: () => openQuotas(c),
          },
          t('camp.quotas'),
        ),
      ),
    );
  }

  async function load() {
    try {
      const items = await refreshCampaigns(ctx);
      mount(
        list,
        table(
          t('camp.title'),
          [t('camp.name'), t('camp.kind'), t('camp.window'), t('camp.awards'), t('camp.ruleSet'), ''],
          items.map(row),
        ),
      );
    } catch (err) {
      mount(list, errorBox(err));
    }
  }
  await load();
}
