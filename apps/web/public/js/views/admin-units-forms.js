/**
 * The units editor's forms: create a unit, rename, re-parent from a date, dissolve into a successor
 * from a date. Each takes a reason; errors from the API land under their fields.
 */
import { field, h } from '../dom.js';
import { currentLang, t } from '../i18n.js';
import { selectControl } from './common.js';
import { dateField } from './date-field.js';
import { keyed, missing, postForm } from './post-form.js';

/** Unit kinds and their level (the union's charter; mirrors libs/domain UNIT_KINDS). */
export const UNIT_KINDS = {
  CDCS: [1, 'Công đoàn cơ sở', 'Grassroots union'],
  NGHIEP_DOAN_CO_SO: [1, 'Nghiệp đoàn cơ sở', 'Grassroots trade syndicate'],
  LDLD_HUYEN: [2, 'Liên đoàn Lao động huyện', 'District labour federation'],
  CD_VIEN_CHUC_TINH: [2, 'Công đoàn Viên chức tỉnh', 'Provincial civil servants union'],
  CD_NGANH_TINH: [2, 'Công đoàn ngành tỉnh', 'Provincial sector union'],
  CD_KCN: [2, 'Công đoàn các khu công nghiệp', 'Industrial zones union'],
  CD_XA_PHUONG: [2, 'Công đoàn xã, phường, đặc khu', 'Commune, ward or special-zone union'],
  LDLD_TINH: [3, 'Liên đoàn Lao động tỉnh, thành phố', 'Provincial labour federation'],
  CD_NGANH_TW: [3, 'Công đoàn ngành Trung ương', 'Central sector union'],
  CD_TONG_CONG_TY: [3, 'Công đoàn Tổng công ty', 'Corporation union'],
  TONG_LDLD: [4, 'Tổng Liên đoàn Lao động Việt Nam', 'Vietnam General Confederation of Labour'],
};
/** A unit kind in the current language. */
export const kindName = (kind) => UNIT_KINDS[kind]?.[currentLang() === 'en' ? 2 : 1] ?? kind;

/** A select of units (optionally only those `keep` accepts). */
export function unitSelect(ctx, name, { keep = () => true, empty = true } = {}) {
  const units = [...ctx.units.values()].filter(keep);
  units.sort((a, b) => b.level - a.level || a.name.localeCompare(b.name, 'vi'));
  return selectControl(name, [...(empty ? [['', t('form.choose')]] : []), ...units.map((u) => [u.id, u.name])], '');
}

/**
 * One form: `controls` and a reason, `body()` (null when a local check failed), posted with `method`
 * to `path`; `onDone(answer)` after success.
 */
function unitForm({ title, testId, controls, button, method = 'POST', path, body, question, danger, onDone }) {
  const key = keyed();
  const reason = h('textarea', { name: 'reason', rows: 2, maxlength: 4000 });
  const summary = h('div', { 'aria-live': 'assertive' });
  const submit = h('button', { type: 'submit', class: danger ? 'btn btn-danger' : 'btn btn-primary' }, button);
  const form = h(
    'form',
    { class: 'simple-form', novalidate: true, 'data-testid': testId },
    h('h3', {}, title),
    summary,
    controls,
    field({ label: t('un.reason'), control: reason, hint: t('un.reasonHint'), name: 'reason' }),
    submit,
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const values = body(form);
    if (!values) return;
    if (missing(form, reason, 'reason', t('dl.required'))) return;
    if (question && !confirm(question())) return;
    const res = await postForm({
      form,
      summary,
      method,
      path,
      body: { ...values, reason: reason.value.trim() },
      key,
      buttons: [submit],
    });
    if (res) onDone(res);
  });
  return form;
}

/** The date (yyyy-mm-dd) of a required date field, or null after showing why not. */
function dateOf(date) {
  const v = date.check();
  if (v === null) date.input.focus();
  return v;
}

/** Đổi tên. */
export function renameForm(unit, onDone) {
  const name = h('input', { name: 'name', autocomplete: 'off', maxlength: 300, value: unit.name });
  return unitForm({
    title: t('un.renameTitle'),
    testId: 'rename-form',
    controls: field({ label: t('un.newName'), control: name, name: 'name' }),
    button: t('un.rename'),
    method: 'PATCH',
    path: `/admin/units/${unit.id}`,
    body: (form) => (missing(form, name, 'name', t('dl.required')) ? null : { name: name.value.trim() }),
    onDone,
  });
}

/** Chuyển cấp trên from a date: a unit one level up or more. */
export function reparentForm(unit, ctx, onDone) {
  const parent = unitSelect(ctx, 'parentId', { keep: (u) => u.level > unit.level && u.id !== unit.id });
  const date = dateField({ label: t('un.effectiveFrom'), name: 'effectiveFrom', required: true });
  return unitForm({
    title: t('un.reparentTitle'),
    testId: 'reparent-form',
    controls: [field({ label: t('un.newParent'), control: parent, name: 'parentId' }), date.element],
    button: t('un.reparent'),
    path: `/admin/units/${unit.id}/parent`,
    body: (form) => {
      if (missing(form, parent, 'parentId', t('dl.required'))) return null;
      const effectiveFrom = dateOf(date);
      return effectiveFrom ? { parentId: parent.value, effectiveFrom } : null;
    },
    onDone,
  });
}

/** Giải thể from a date into a successor at the same level. */
export function dissolveForm(unit, ctx, onDone) {
  const successor = unitSelect(ctx, 'successorId', { keep: (u) => u.level === unit.level && u.id !== unit.id });
  const date = dateField({
    label: t('un.effectiveFrom'),
    name: 'effectiveFrom',
    required: true,
    hint: t('un.dissolveDateHint'),
  });
  return unitForm({
    title: t('un.dissolveTitle'),
    testId: 'dissolve-form',
    controls: [field({ label: t('un.successor'), control: successor, name: 'successorId' }), date.element],
    button: t('un.dissolve'),
    danger: true,
    question: () =>
      t('un.confirmDissolve', { name: unit.name, successor: successor.selectedOptions[0]?.textContent ?? '' }),
    path: `/admin/units/${unit.id}/dissolution`,
    body: (form) => {
      if (missing(form, successor, 'successorId', t('dl.required'))) return null;
      const effectiveFrom = dateOf(date);
      return effectiveFrom ? { successorId: successor.value, effectiveFrom } : null;
    },
    onDone,
  });
}

/** Thành lập: code, name, kind (fixes the level), parent, date, members. */
export function createForm(ctx, onDone) {
  const code = h('input', { name: 'code', autocomplete: 'off', maxlength: 64 });
  const name = h('input', { name: 'name', autocomplete: 'off', maxlength: 300 });
  const kind = selectControl(
    'kind',
    [['', t('form.choose')], ...Object.keys(UNIT_KINDS).map((k) => [k, kindName(k)])],
    '',
  );
  const parent = unitSelect(ctx, 'parentId');
  const members = h('input', {
    name: 'memberCount',
    type: 'number',
    min: 0,
    step: 1,
    value: '0',
    inputmode: 'numeric',
  });
  const date = dateField({ label: t('un.effectiveFrom'), name: 'effectiveFrom', required: true });
  return unitForm({
    title: t('un.createTitle'),
    testId: 'create-unit-form',
    controls: h(
      'div',
      { class: 'grid-2' },
      field({ label: t('un.code'), control: code, hint: t('un.codeHint'), name: 'code' }),
      field({ label: t('un.name'), control: name, name: 'name' }),
      field({ label: t('un.kind'), control: kind, name: 'kind' }),
      field({ label: t('un.parent'), control: parent, name: 'parentId' }),
      field({ label: t('un.members'), control: members, name: 'memberCount' }),
      date.element,
    ),
    button: t('un.create'),
    path: '/admin/units',
    body: (form) => {
      for (const [control, field] of [
        [code, 'code'],
        [name, 'name'],
        [kind, 'kind'],
        [parent, 'parentId'],
      ])
        if (missing(form, control, field, t('dl.required'))) return null;
      const effectiveFrom = dateOf(date);
      if (!effectiveFrom) return null;
      return {
        code: code.value.trim().toUpperCase(),
        name: name.value.trim(),
        kind: kind.value,
        parentId: parent.value,
        effectiveFrom,
        memberCount: Number(members.value || 0),
      };
    },
    onDone,
  });
}
