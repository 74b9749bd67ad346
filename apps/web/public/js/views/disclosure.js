/**
 * Công khai on the nomination page (rule sets with a public-disclosure period): the period, every
 * objection with its answer, and the nominating unit's forms to record an objection and answer one.
 */
import { field, h } from '../dom.js';
import { formatDate, formatDateTime, pick, t } from '../i18n.js';
import { hasRole } from '../session.js';
import { keyed, fieldError, missing, postForm } from './post-form.js';

/** Who records objections and who answers them, at the nominating unit (the API's roles). */
const RECORDER_ROLES = ['nominator', 'chair', 'reviewer', 'unit_admin'];
const ANSWER_ROLES = ['nominator', 'chair'];
const FINAL = ['GRANTED', 'REJECTED', 'WITHDRAWN', 'REVOKED', 'CANCELLED'];

const notice = (key) => () => h('div', { class: 'alert alert-good', role: 'status' }, t(key));

function recordForm(n, reload) {
  const key = keyed();
  const text = h('textarea', { name: 'text', rows: 3, maxlength: 4000 });
  const name = h('input', { name: 'objectorName', autocomplete: 'off', maxlength: 200 });
  const contact = h('input', { name: 'objectorContact', autocomplete: 'off', maxlength: 200 });
  const summary = h('div', { 'aria-live': 'assertive' });
  const submit = h('button', { type: 'submit', class: 'btn btn-primary' }, t('dc.record'));
  const form = h(
    'form',
    { class: 'simple-form', novalidate: true, 'data-testid': 'objection-form' },
    h('h3', {}, t('dc.recordTitle')),
    summary,
    field({ label: t('dc.text'), control: text, name: 'text' }),
    h(
      'div',
      { class: 'grid-2' },
      field({ label: t('dc.objectorName'), control: name, name: 'objectorName' }),
      field({ label: t('dc.objectorContact'), control: contact, name: 'objectorContact' }),
    ),
    submit,
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (missing(form, text, 'text', t('dc.textRequired'))) return;
    const body = { text: text.value.trim() };
    if (name.value.trim()) body.objectorName = name.value.trim();
    if (contact.value.trim()) body.objectorContact = contact.value.trim();
    const res = await postForm({
      form,
      summary,
      path: `/nominations/${n.id}/objections`,
      body,
      key,
      buttons: [submit],
    });
    if (res) await reload(notice('dc.recorded')());
  });
  return form;
}

function answerForm(n, objection, reload) {
  const key = keyed();
  const answer = h('textarea', { name: 'answer', rows: 2, maxlength: 4000 });
  const group = `upheld-${objection.id}`;
  // Both radios carry data-field="upheld"; a field error lands in the slot named after the first.
  const errorId = `${group}-true-error`;
  const radio = (value, label) =>
    h(
      'label',
      { class: 'radio' },
      h('input', { type: 'radio', name: group, id: `${group}-${value}`, value, 'data-field': 'upheld' }),
      ' ',
      label,
    );
  const yes = radio('true', t('dc.upheldYes'));
  const no = radio('false', t('dc.upheldNo'));
  const upheldError = h('p', { class: 'field-error', id: errorId, role: 'alert', hidden: true });
  const summary = h('div', { 'aria-live': 'assertive' });
  const submit = h('button', { type: 'submit', class: 'btn' }, t('dc.send'));
  const form = h(
    'form',
    { class: 'simple-form', novalidate: true, 'data-testid': 'answer-form' },
    summary,
    field({ label: t('dc.answerText'), control: answer, name: 'answer' }),
    h(
      'fieldset',
      { class: 'radios', 'aria-describedby': errorId },
      h('legend', {}, t('dc.upheldQuestion')),
      yes,
      no,
      upheldError,
    ),
    submit,
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (missing(form, answer, 'answer', t('dc.textRequired'))) return;
    const chosen = form.querySelector(`input[name="${group}"]:checked`);
    if (!chosen) return fieldError(form, 'upheld', t('dc.upheldRequired'));
    const body = { answer: answer.value.trim(), upheld: chosen.value === 'true' };
    const path = `/nominations/${n.id}/objections/${objection.id}/answer`;
    const res = await postForm({ form, summary, path, body, key, buttons: [submit] });
    if (res) await reload(notice('dc.answered')());
  });
  return h('details', { class: 'more-action' }, h('summary', {}, t('dc.answerTitle')), form);
}

function objectionItem(n, o, canAnswer, reload) {
  const a = o.answer;
  return h(
    'li',
    { class: 'objection', dataset: { objectionId: o.id, answered: String(Boolean(a)) } },
    h('p', { class: 'prose' }, o.text),
    h(
      'p',
      { class: 'meta' },
      `${t('dc.objector')}: ${[o.objectorName, o.objectorContact].filter(Boolean).join(' · ') || t('dc.anonymous')} · `,
      t('dc.recordedBy', { name: o.recordedBy?.name ?? '', date: formatDateTime(o.recordedAt) }),
    ),
    a
      ? h(
          'div',
          { class: 'answer' },
          h('strong', {}, `${t('dc.answer')}: `),
          h(
            'span',
            { class: `chip ${a.upheld ? 'chip-warn' : 'chip-good'}` },
            a.upheld ? t('dc.upheld') : t('dc.rejected'),
          ),
          h('p', { class: 'prose' }, a.text),
          h('p', { class: 'meta' }, t('dc.answeredBy', { name: a.by?.name ?? '', date: formatDateTime(a.at) })),
        )
      : [h('p', { class: 'chip chip-warn' }, t('dc.notAnswered')), canAnswer ? answerForm(n, o, reload) : null],
  );
}

/** The disclosure card, or null when the nomination's rule set requires none. */
export function disclosureSection(n, ctx, reload) {
  const d = n.disclosure;
  if (!d) return null;
  const live = !FINAL.includes(n.status);
  const canRecord = live && d.state === 'open' && hasRole(ctx.me, RECORDER_ROLES, n.nominatingUnitId);
  const canAnswer = live && hasRole(ctx.me, ANSWER_ROLES, n.nominatingUnitId);
  const period = d.postedAt
    ? t('dc.periodValue', { from: formatDate(d.postedAt), to: formatDateTime(d.endsAt), n: d.workingDays })
    : t('dc.notPosted');
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'dc-h', 'data-testid': 'disclosure' },
    h('h2', { id: 'dc-h' }, t('dc.title')),
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, t('dc.state')),
      h('dd', {}, h('span', { class: 'chip chip-info', dataset: { disclosure: d.state } }, pick(d.label))),
      h('dt', {}, t('dc.period')),
      h('dd', { 'data-testid': 'disclosure-period' }, period),
      d.endedAt ? [h('dt', {}, t('dc.endedAt')), h('dd', {}, formatDateTime(d.endedAt))] : null,
    ),
    h('h3', {}, t('dc.objections')),
    d.unanswered ? h('p', { class: 'alert alert-info' }, t('dc.unanswered', { n: d.unanswered })) : null,
    d.objections.length === 0
      ? h('p', { class: 'muted' }, t('dc.noObjections'))
      : h(
          'ul',
          { class: 'objections' },
          d.objections.map((o) => objectionItem(n, o, canAnswer, reload)),
        ),
    canRecord ? recordForm(n, reload) : null,
  );
}
