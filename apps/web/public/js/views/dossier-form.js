/** The dossier part of the nomination form: nominee, achievements, initiatives, attachments (with SHA-256). */
import { field, h, mount, uid } from '../dom.js';
import { formatNumber, formatVnd, t } from '../i18n.js';
import { attachmentsBlock, readAttachments } from './attachments-field.js';

const P = 'dossier.nominee';
const digits = (s) => String(s ?? '').replace(/\D/g, '');
// An empty box is left out, so the API answers "Trường này là bắt buộc" rather than a type error.
const intOrNull = (s) => (digits(s) === '' ? undefined : Number(digits(s)));

function check(name, label) {
  const id = uid();
  return h(
    'div',
    { class: 'check' },
    h('input', { type: 'checkbox', id, name, dataset: { field: `${P}.${name}` } }),
    h('label', { for: id }, label),
  );
}

function personFields() {
  const gender = h(
    'select',
    { name: 'gender' },
    h('option', { value: 'female' }, t('d.female')),
    h('option', { value: 'male' }, t('d.male')),
  );
  return h(
    'div',
    { class: 'grid-2', dataset: { nominee: 'person' } },
    field({
      label: t('d.fullName'),
      control: h('input', { name: 'fullName', autocomplete: 'off', required: true }),
      name: `${P}.fullName`,
      className: 'span-2',
    }),
    field({ label: t('d.gender'), control: gender, name: `${P}.gender` }),
    field({
      label: t('d.birthYear'),
      control: h('input', { name: 'birthYear', inputmode: 'numeric', maxlength: 4 }),
      name: `${P}.birthYear`,
    }),
    field({
      label: t('d.position'),
      control: h('input', { name: 'position' }),
      name: `${P}.position`,
      className: 'span-2',
    }),
    check('isLeader', t('d.isLeader')),
    check('isDirectWorker', t('d.isDirectWorker')),
  );
}

function collectiveFields() {
  return h(
    'div',
    { class: 'grid-2', dataset: { nominee: 'collective' }, hidden: true },
    field({
      label: t('d.collectiveName'),
      control: h('input', { name: 'name' }),
      name: `${P}.name`,
      className: 'span-2',
    }),
    field({
      label: t('d.memberCount'),
      control: h('input', { name: 'memberCount', inputmode: 'numeric' }),
      name: `${P}.memberCount`,
    }),
    field({
      label: t('d.womenShare'),
      control: h('input', { name: 'womenPercent', inputmode: 'decimal' }),
      name: `${P}.womenShare`,
    }),
  );
}

function initiativeRow(list, index) {
  const at = (k) => `dossier.initiatives[${index}].${k}`;
  const value = h('input', { name: 'valueVnd', inputmode: 'numeric' });
  const preview = h('output', { class: 'money-preview' });
  value.addEventListener('input', () => {
    preview.textContent = digits(value.value) ? formatVnd(Number(digits(value.value))) : '';
  });
  // Thousands separators as offices write amounts (80.000.000); reading strips them again.
  value.addEventListener('blur', () => {
    if (digits(value.value)) value.value = formatNumber(Number(digits(value.value)));
  });
  const remove = h('button', { type: 'button', class: 'btn-link danger' }, t('common.remove'));
  const row = h(
    'fieldset',
    { class: 'initiative' },
    h('legend', {}, `${t('d.initiatives')} ${index + 1}`),
    field({
      label: t('d.initiativeTitle'),
      control: h('input', { name: 'title' }),
      name: at('title'),
      className: 'grow',
    }),
    h(
      'div',
      { class: 'field' },
      field({ label: t('d.initiativeValue'), control: value, name: at('valueVnd') }),
      preview,
    ),
    field({
      label: t('d.initiativeYear'),
      control: h('input', { name: 'appliedYear', inputmode: 'numeric', maxlength: 4 }),
      name: at('appliedYear'),
    }),
    remove,
  );
  remove.addEventListener('click', () => {
    row.remove();
    list.dispatchEvent(new Event('renumber'));
  });
  return row;
}

export function dossierForm() {
  const files = [];
  const person = personFields();
  const collective = collectiveFields();
  const kindName = uid('kind');
  const radio = (value, label) => {
    const id = uid();
    return h(
      'span',
      { class: 'radio' },
      h('input', { type: 'radio', name: kindName, id, value, checked: value === 'person' }),
      h('label', { for: id }, label),
    );
  };
  const kinds = h(
    'fieldset',
    { class: 'radios' },
    h('legend', {}, t('d.kind')),
    radio('person', t('d.person')),
    radio('collective', t('d.collective')),
  );
  kinds.addEventListener('change', () => {
    const kind = kinds.querySelector('input:checked').value;
    person.hidden = kind !== 'person';
    collective.hidden = kind !== 'collective';
  });
  const achievements = h('textarea', { name: 'achievements', rows: 6 });
  const list = h('div', { class: 'initiatives' });
  list.addEventListener('renumber', () => {
    const rows = [...list.children];
    mount(
      list,
      rows.map((_, i) => initiativeRow(list, i)),
    );
    rows.forEach((old, i) => copyInputs(old, list.children[i]));
  });
  const add = h('button', { type: 'button', class: 'btn' }, `+ ${t('d.addInitiative')}`);
  add.addEventListener('click', () => {
    const row = initiativeRow(list, list.children.length);
    list.append(row);
    row.querySelector('input').focus();
  });
  const sections = {
    who: h('section', { class: 'card' }, h('h2', {}, t('form.section.who')), kinds, person, collective),
    what: h(
      'section',
      { class: 'card' },
      h('h2', {}, t('form.section.what')),
      field({
        label: t('d.achievements'),
        control: achievements,
        hint: t('d.achievementsHint'),
        name: 'dossier.achievements',
      }),
      h('h3', {}, t('d.initiatives')),
      list,
      add,
    ),
    files: h('section', { class: 'card' }, h('h2', {}, t('form.section.files')), attachmentsBlock(files)),
  };
  const read = () => {
    const kind = kinds.querySelector('input:checked').value;
    const v = (scope, name) => scope.querySelector(`[name="${name}"]`);
    const nominee =
      kind === 'person'
        ? {
            kind,
            fullName: v(person, 'fullName').value,
            gender: v(person, 'gender').value,
            birthYear: intOrNull(v(person, 'birthYear').value),
            position: v(person, 'position').value,
            isLeader: v(person, 'isLeader').checked,
            isDirectWorker: v(person, 'isDirectWorker').checked,
          }
        : {
            kind,
            name: v(collective, 'name').value,
            memberCount: intOrNull(v(collective, 'memberCount').value),
            womenShare: percentToShare(v(collective, 'womenPercent').value),
          };
    const initiatives = [...list.children].map((row) => ({
      title: v(row, 'title').value,
      valueVnd: intOrNull(v(row, 'valueVnd').value),
      appliedYear: intOrNull(v(row, 'appliedYear').value),
    }));
    return { nominee, achievements: achievements.value, initiatives, attachments: readAttachments(files) };
  };
  return { sections, read };
}

function percentToShare(text) {
  const n = Number(String(text).replace(',', '.').trim());
  if (String(text).trim() === '') return undefined;
  return Number.isNaN(n) ? String(text) : Math.round(n * 100) / 10000;
}

function copyInputs(from, to) {
  const src = from.querySelectorAll('input');
  to.querySelectorAll('input').forEach((input, i) => {
    input.value = src[i]?.value ?? '';
    input.dispatchEvent(new Event('input'));
  });
}
