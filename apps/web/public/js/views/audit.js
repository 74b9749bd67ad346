/**
 * Kiểm toán hồ sơ: the nomination as of any moment (a slider over its recorded events, or a date-time in
 * Vietnam time), the integrity badge, the replay check, signed exports and the full timeline from the store.
 */
import { api, ApiError } from '../api.js';
import { h, mount, uid } from '../dom.js';
import { currentLang, formatDateTime, t } from '../i18n.js';
import { eventName, levelShort } from '../catalog.js';
import { errorBox, pageHeader, statusChip, table } from './common.js';
import { exportCard, integrityCard, replayCard } from './audit-checks.js';
import { dateField, isoToVietnamese } from './date-field.js';

/** Renders the audit page of nomination `id` into `el`. */
export async function renderAudit(el, ctx, id) {
  let timeline;
  let nominee = '';
  try {
    timeline = await api(`/audit/nominations/${id}/timeline`);
    nominee = (await api(`/nominations/${id}`).catch(() => null))?.nominee?.name ?? '';
  } catch (err) {
    return mount(el, pageHeader(t('audit.title')), errorBox(err));
  }
  const rows = timelineRows(timeline.events, ctx);
  mount(
    el,
    h(
      'p',
      { class: 'breadcrumb' },
      h('a', { href: '/nominations' }, t('nav.nominations')),
      ' / ',
      h('a', { href: `/nominations/${id}` }, nominee || t('audit.backToNomination')),
    ),
    h(
      'div',
      { class: 'page-header' },
      h('h1', {}, `${t('audit.title')}${nominee ? `: ${nominee}` : ''}`),
      statusChip(timeline.status, timeline.statusLabel),
    ),
    h('p', { class: 'meta' }, h('code', { class: 'hash', title: timeline.headHash }, timeline.streamId)),
    h(
      'div',
      { class: 'audit-checks' },
      integrityCard(id),
      replayCard(id),
      exportCard(id, nominee || timeline.streamId, ctx.toast),
    ),
    asOfCard(id, timeline.events, ctx, rows),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'audit-tl-h' },
      h('h2', { id: 'audit-tl-h' }, t('audit.timeline')),
      table(
        t('audit.timeline'),
        ['#', t('tl.time'), t('tl.event'), t('tl.actor'), t('tl.reason'), t('audit.ruleSet'), t('tl.hash')],
        rows,
      ),
    ),
  );
}

function timelineRows(events, ctx) {
  return events.map((e) =>
    h(
      'tr',
      { dataset: { eventType: e.type, version: String(e.version) } },
      h('td', { class: 'num muted' }, String(e.version)),
      h('td', { class: 'num nowrap' }, formatDateTime(e.occurredAt)),
      h(
        'td',
        {},
        h('strong', {}, eventName(e.type)),
        h('br'),
        // The server describes each event in both languages; the switch picks one.
        currentLang() === 'en' && e.descriptionEn
          ? h('small', { class: 'muted', lang: 'en' }, e.descriptionEn)
          : h('small', { class: 'muted', lang: 'vi' }, e.description),
      ),
      h(
        'td',
        {},
        e.actor.name ?? h('span', { class: 'muted' }, t('tl.system')),
        e.actor.unitId
          ? [h('br'), h('small', { class: 'muted' }, ctx.units.get(e.actor.unitId)?.name ?? e.actor.unitId)]
          : null,
        e.onBehalfOf ? [h('br'), h('small', {}, `${t('audit.onBehalfOf')} ${e.onBehalfOf}`)] : null,
      ),
      h('td', {}, e.reason ?? ''),
      h('td', { class: 'nowrap' }, e.ruleSetVersion ?? ''),
      h(
        'td',
        { class: 'nowrap' },
        h('code', { class: 'hash', title: `hash ${e.hash}\nprev ${e.prevHash}` }, e.hash.slice(0, 12)),
      ),
    ),
  );
}

// The date and time fields are read as Vietnam time (UTC+7, no daylight saving), whatever the browser's zone.
function vietnamInputToIso(day, time) {
  return day && /^\d{2}:\d{2}$/.test(time) ? new Date(`${day}T${time}:00+07:00`).toISOString() : null;
}
function isoToVietnamInput(iso) {
  const d = new Date(Date.parse(iso) + 7 * 3600_000).toISOString();
  return { day: d.slice(0, 10), time: d.slice(11, 16) };
}

/** The as-of card: a slider over the events (keyboard: arrows) and a date-time field; rows after the moment dim. */
function asOfCard(id, events, ctx, rows) {
  const n = events.length;
  const slider = h('input', { type: 'range', min: 1, max: n, step: 1, value: n, name: 'asOfEvent', id: uid('asof') });
  const sliderText = h('output', { for: slider.id, class: 'num' });
  const atDay = dateField({ label: t('audit.at'), name: 'asOfDay' });
  const atTime = h('input', {
    type: 'text',
    name: 'asOfTime',
    id: uid('asof-time'),
    inputmode: 'numeric',
    placeholder: 'HH:mm',
    maxlength: 5,
    pattern: '[0-2][0-9]:[0-5][0-9]',
  });
  const show = h('button', { type: 'submit', class: 'btn' }, t('audit.show'));
  const result = h('div', { class: 'as-of-result', 'aria-live': 'polite', 'data-testid': 'as-of' });
  let request = 0;

  const load = async (iso, version) => {
    const mine = ++request;
    rows.forEach((r) => r.classList.toggle('future', version !== undefined && Number(r.dataset.version) > version));
    try {
      const s = await api(`/audit/nominations/${id}/as-of`, { query: { at: iso } });
      if (mine !== request) return; // a later move of the slider won
      rows.forEach((r) => r.classList.toggle('future', Number(r.dataset.version) > s.version));
      mount(result, stateView(s, ctx));
    } catch (err) {
      if (mine !== request) return;
      const notYet = err instanceof ApiError && err.status === 404;
      mount(result, notYet ? h('p', { class: 'muted' }, t('audit.notYet')) : errorBox(err));
    }
  };
  const fromSlider = () => {
    const e = events[Number(slider.value) - 1];
    sliderText.textContent = t('audit.sliderValue', { i: slider.value, n, time: formatDateTime(e.recordedAt) });
    slider.setAttribute('aria-valuetext', sliderText.textContent);
    const local = isoToVietnamInput(e.recordedAt);
    atDay.input.value = isoToVietnamese(local.day);
    atTime.value = local.time;
    // The store keeps microseconds, the API sends milliseconds: 1 ms later includes the event itself
    // (and any event written in the same transaction, which shares its instant).
    void load(new Date(Date.parse(e.recordedAt) + 1).toISOString(), e.version);
  };
  slider.addEventListener('input', fromSlider);
  const form = h(
    'form',
    { class: 'as-of-form', novalidate: true },
    h(
      'div',
      { class: 'field slider-field' },
      h('label', { for: slider.id }, t('audit.slider')),
      h('div', { class: 'slider-row' }, slider, sliderText),
    ),
    h(
      'div',
      { class: 'slider-row' },
      atDay.element,
      h('div', { class: 'field' }, h('label', { for: atTime.id }, t('time.label')), atTime),
      show,
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const iso = vietnamInputToIso(atDay.check(), atTime.value.trim());
    if (iso) void load(iso);
    else if (!/^\d{2}:\d{2}$/.test(atTime.value.trim()))
      mount(result, h('p', { class: 'field-error', role: 'alert' }, t('time.invalid')));
  });
  fromSlider();
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'asof-h' },
    h('h2', { id: 'asof-h' }, t('audit.asOf')),
    form,
    result,
  );
}

function stateView(s, ctx) {
  const task = s.openTask;
  const unit = task ? (ctx.units.get(task.unitId)?.name ?? task.unitId) : '';
  const e = s.lastEvent;
  return h(
    'dl',
    { class: 'facts' },
    h('dt', {}, t('col.status')),
    h(
      'dd',
      {},
      statusChip(s.status, s.statusLabel),
      ' ',
      h('small', { class: 'muted' }, t('audit.stateAt', { time: formatDateTime(s.at) })),
    ),
    h('dt', {}, t('audit.openTask')),
    h(
      'dd',
      {},
      task
        ? [
            `${t(`task.${task.kind}`)} · ${levelShort(task.level)} · ${unit}`,
            task.step ? ` · ${t(`step.${task.step}`)}` : '',
            task.dueAt ? ` · ${t('step.due', { date: formatDateTime(task.dueAt) })}` : '',
            task.overdue ? [' ', h('span', { class: 'chip chip-bad' }, t('task.overdue'))] : null,
          ]
        : h('span', { class: 'muted' }, t('audit.noTask')),
    ),
    h('dt', {}, t('audit.lastEvent')),
    h(
      'dd',
      { 'data-testid': 'as-of-last-event', dataset: { eventType: e?.type ?? '' } },
      e
        ? [
            `#${e.version} ${eventName(e.type)} — ${formatDateTime(e.recordedAt)}`,
            e.actor.name ? ` — ${e.actor.name}` : '',
          ]
        : '',
    ),
    h('dt', {}, t('audit.version')),
    h('dd', { class: 'num' }, String(s.version)),
  );
}
