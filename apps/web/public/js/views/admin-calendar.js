/** Lịch làm việc: holidays, compensatory days off and make-up working days of a year, each with a note. */
import { api } from '../api.js';
import { field, h, mount } from '../dom.js';
import { formatDate, formatDateTime, pick, t } from '../i18n.js';
import { hasRole } from '../session.js';
import { errorBox, pageHeader, selectControl, table } from './common.js';
import { dateField } from './date-field.js';
import { showProblem } from './form-errors.js';

const KINDS = ['holiday', 'compensatory', 'makeup_workday'];
const TONE = { holiday: 'bad', compensatory: 'warn', makeup_workday: 'good' };

/** The form that sets what a date is (PUT /api/admin/calendar/:date). */
function dayForm(onSaved) {
  const date = dateField({ label: t('cal.date'), name: 'date', required: true });
  const kind = selectControl(
    'kind',
    KINDS.map((k) => [k, t(`cal.kind.${k}`)]),
    'holiday',
  );
  const nameVi = h('input', { name: 'nameVi', maxlength: 200 });
  const nameEn = h('input', { name: 'nameEn', maxlength: 200 });
  const note = h('textarea', { name: 'note', rows: 2, maxlength: 1000 });
  const summary = h('div', { 'aria-live': 'assertive' });
  const form = h(
    'form',
    { class: 'card', novalidate: true, 'data-testid': 'calendar-form' },
    h('h2', {}, t('cal.formTitle')),
    summary,
    h(
      'div',
      { class: 'grid-2' },
      date.element,
      field({ label: t('cal.kind'), control: kind, hint: t('cal.kindHint'), name: 'kind' }),
      field({ label: t('cal.nameVi'), control: nameVi, name: 'nameVi' }),
      field({ label: t('cal.nameEn'), control: nameEn, name: 'nameEn' }),
      field({ label: t('cal.note'), control: note, name: 'note', className: 'span-2' }),
    ),
    h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'btn btn-primary' }, t('cal.save'))),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const day = date.check();
    if (!day) return date.input.focus();
    try {
      const saved = await api(`/admin/calendar/${day}`, {
        method: 'PUT',
        body: { kind: kind.value, nameVi: nameVi.value, nameEn: nameEn.value, note: note.value.trim() || undefined },
      });
      form.reset();
      onSaved(saved);
    } catch (err) {
      showProblem(form, summary, err);
    }
  });
  return form;
}

/** Renders the calendar page into `el` (everyone reads it; system admins change it). */
export async function renderAdminCalendar(el, ctx) {
  const canEdit = hasRole(ctx.me, ['system_admin']);
  const params = new URLSearchParams(location.search);
  let year = Number(params.get('year')) || new Date().getFullYear();
  const yearSelect = selectControl(
    'year',
    [year - 1, year, year + 1].map((y) => [String(y), String(y)]),
    String(year),
  );
  yearSelect.addEventListener('change', () => {
    year = Number(yearSelect.value);
    history.replaceState(null, '', `${location.pathname}?year=${year}`);
    void load();
  });
  const list = h('div');
  const status = h('div', { role: 'status', 'aria-live': 'polite' });
  mount(
    el,
    pageHeader(t('cal.title')),
    h('p', { class: 'hint' }, t('cal.lead')),
    canEdit
      ? dayForm((saved) => {
          status.textContent = t('cal.saved', { date: formatDate(saved.date) });
          void load();
        })
      : null,
    h('div', { class: 'filter-bar' }, field({ label: t('cal.year'), control: yearSelect })),
    status,
    list,
  );

  async function remove(day) {
    if (!confirm(t('cal.confirmRemove', { date: formatDate(day.date) }))) return;
    try {
      await api(`/admin/calendar/${day.date}`, { method: 'DELETE' });
      status.textContent = t('cal.removed', { date: formatDate(day.date) });
      await load();
    } catch (err) {
      mount(status, errorBox(err));
    }
  }

  async function load() {
    try {
      const days = await api('/admin/calendar', { query: { year } });
      if (days.length === 0) return mount(list, h('p', { class: 'muted' }, t('cal.empty')));
      mount(
        list,
        table(
          t('cal.title'),
          [t('cal.date'), t('cal.kind'), t('cal.name'), t('cal.note'), t('cal.updated'), ''],
          days.map((d) =>
            h(
              'tr',
              { dataset: { date: d.date } },
              h('td', { class: 'num nowrap' }, formatDate(d.date)),
              h('td', {}, h('span', { class: `chip chip-${TONE[d.kind]}` }, t(`cal.kind.${d.kind}`))),
              h('td', {}, pick({ vi: d.nameVi, en: d.nameEn })),
              h('td', {}, d.note ?? ''),
              h('td', {}, h('small', { class: 'muted' }, `${d.updatedBy}, ${formatDateTime(d.updatedAt)}`)),
              h(
                'td',
                {},
                canEdit
                  ? h(
                      'button',
                      {
                        type: 'button',
                        class: 'btn-link danger',
                        'aria-label': t('cal.removeFor', { date: formatDate(d.date) }),
                        onclick: () => remove(d),
                      },
                      t('cal.remove'),
                    )
                  : null,
              ),
            ),
          ),
        ),
      );
    } catch (err) {
      mount(list, errorBox(err));
    }
  }
  await load();
}
