/**
 * The procedure step forms of a level: intake (tiếp nhận: complete, or the missing documents checked),
 * appraisal (thẩm định: the server records its eligibility checks, with a note) and the council vote
 * (bình xét) with the threshold shown and a live count, the verdict after it is recorded.
 */
import { api } from '../api.js';
import { clearFieldErrors, field, h, mount, showFieldError, uid } from '../dom.js';
import { currentLang, formatNumber, t } from '../i18n.js';
import { ATTACHMENT_KIND_CODES, attachmentKindName } from '../catalog.js';
import { keyed, send } from './action-send.js';

/**
 * The pinned procedure data of the nomination (required attachments, vote threshold). The nomination
 * view does not carry it yet, so it is read from the auditors' as-of fold, which approvers on the route
 * may read; null when unavailable (the server still judges, the form just says less in advance).
 */
async function procedureRules(n) {
  if (n.procedure?.voteThreshold) return n.procedure;
  try {
    const s = await api(`/audit/nominations/${n.id}/as-of`, { query: { at: new Date().toISOString() } });
    return s.state?.procedure ?? null;
  } catch {
    return null;
  }
}

function stepForm(title, ...children) {
  return h('form', { class: 'step-form', novalidate: true }, h('h3', {}, t('proc.title', { step: title })), children);
}

/** Tiếp nhận: complete, or incomplete with the missing kinds (the required ones the dossier lacks pre-checked). */
export function intakeForm({ n, status, reload }) {
  const key = keyed();
  const have = new Set(n.dossier.attachments.map((a) => a.kind));
  const boxes = ATTACHMENT_KIND_CODES.map((code) =>
    h('input', { type: 'checkbox', name: 'missingKinds', value: code, id: uid('kind') }),
  );
  const requiredNote = new Map();
  const group = h(
    'fieldset',
    { class: 'kinds-field', dataset: { field: 'missingKinds' } },
    h('legend', {}, t('proc.missingKinds')),
    h(
      'div',
      { class: 'kinds' },
      boxes.map((box) => {
        const note = h('small', { class: 'muted' });
        requiredNote.set(box.value, note);
        return h('label', { class: 'radio', for: box.id }, box, ' ', attachmentKindName(box.value), ' ', note);
      }),
    ),
  );
  void procedureRules(n).then((rules) => {
    for (const kind of rules?.requiredAttachments ?? []) {
      const note = requiredNote.get(kind);
      if (note) note.textContent = `(${t('proc.required')})`;
      const box = boxes.find((b) => b.value === kind);
      if (box && !have.has(kind)) box.checked = true;
    }
  });
  const reason = h('textarea', { name: 'reason', rows: 2 });
  const complete = h(
    'button',
    { type: 'submit', class: 'btn btn-primary', value: 'complete' },
    t('proc.intakeComplete'),
  );
  const incomplete = h('button', { type: 'submit', class: 'btn', value: 'incomplete' }, t('proc.intakeIncomplete'));
  const form = stepForm(
    t('step.intake'),
    group,
    field({ label: t('proc.intakeReason'), control: reason, name: 'reason' }),
    h('div', { class: 'button-row' }, complete, incomplete),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const done = (event.submitter?.value ?? 'complete') === 'complete';
    const missingKinds = boxes.filter((b) => b.checked).map((b) => b.value);
    const body = { complete: done, taskSeq: n.currentTask.taskSeq };
    if (reason.value.trim()) body.reason = reason.value.trim();
    if (!done) {
      if (missingKinds.length === 0 && !body.reason) {
        clearFieldErrors(form);
        showFieldError(form, 'reason', t('proc.missingRequired'));
        reason.focus();
        return;
      }
      if (missingKinds.length) body.missingKinds = missingKinds;
    }
    void send({ n, path: 'intake', body, key, form, status, reload, buttons: [complete, incomplete] });
  });
  return form;
}

/** Thẩm định: the server computes and records the eligibility checks; the appraiser adds a note. */
export function appraisalForm({ n, status, reload }) {
  const key = keyed();
  const note = h('textarea', { name: 'note', rows: 2 });
  const submit = h('button', { type: 'submit', class: 'btn btn-primary' }, t('proc.appraise'));
  const form = stepForm(
    t('step.appraisal'),
    h('p', { class: 'hint' }, t('proc.appraisalHint')),
    field({ label: t('proc.appraisalNote'), control: note, name: 'note' }),
    submit,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const body = { taskSeq: n.currentTask.taskSeq };
    if (note.value.trim()) body.note = note.value.trim();
    void send({ n, path: 'appraisal', body, key, form, status, reload, buttons: [submit] });
  });
  return form;
}

/** The threshold in words: "quá 50 %" / "≥ 80 %". */
export function thresholdRule(threshold) {
  const pct = formatNumber(Math.round(threshold.minShare * 100));
  return threshold.strict ? t('proc.ruleStrict', { pct }) : t('proc.ruleAtLeast', { pct });
}

// The domain's requiredVotes: float noise rounded away before the ceiling; strict is "more than".
function requiredVotes(total, threshold) {
  const exact = Math.round(total * threshold.minShare * 1e9) / 1e9;
  return threshold.strict ? Math.floor(exact) + 1 : Math.ceil(exact);
}

const TALLY = ['membersTotal', 'present', 'votesFor', 'votesAgainst', 'abstentions', 'writtenFor', 'writtenAgainst'];

/** Bình xét: the tally with the threshold shown, a live count, and the server's verdict after recording. */
export function voteForm({ n, status, reload }) {
  const key = keyed();
  const inputs = Object.fromEntries(
    TALLY.map((name) => [
      name,
      h('input', { type: 'number', name, min: 0, step: 1, inputmode: 'numeric', required: true }),
    ]),
  );
  const minutes = h('input', { name: 'minutesNumber', autocomplete: 'off' });
  const threshold = h('p', { class: 'threshold', 'data-testid': 'vote-threshold' }, t('loading'));
  const preview = h('p', { class: 'muted', 'aria-live': 'polite', 'data-testid': 'vote-preview' });
  let rule = null;
  void procedureRules(n).then((rules) => {
    rule = rules?.voteThreshold ?? null;
    threshold.textContent = rule ? t('proc.threshold', { rule: thresholdRule(rule) }) : t('proc.thresholdUnknown');
    update();
  });
  const value = (name) => Number(inputs[name].value || 0);
  function update() {
    const total = value('membersTotal');
    if (!total) return mount(preview);
    const votesFor = value('votesFor') + value('writtenFor');
    const problems = [];
    if (value('votesFor') + value('votesAgainst') + value('abstentions') !== value('present'))
      problems.push(t('proc.tallyMismatch', { present: value('present') }));
    const written = value('writtenFor') + value('writtenAgainst');
    const absent = Math.max(0, total - value('present'));
    if (written > absent) problems.push(t('proc.writtenTooMany', { written, absent }));
    const pct = new Intl.NumberFormat(currentLang() === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 1 }).format(
      (votesFor / total) * 100,
    );
    const line = rule ? t('proc.preview', { for: votesFor, total, pct, required: requiredVotes(total, rule) }) : '';
    mount(
      preview,
      line,
      problems.map((p) => [h('br'), h('span', { class: 'field-error-inline' }, p)]),
    );
  }
  Object.values(inputs).forEach((i) => i.addEventListener('input', update));
  const submit = h('button', { type: 'submit', class: 'btn btn-primary' }, t('proc.recordVote'));
  const form = stepForm(
    t('step.vote'),
    threshold,
    h(
      'div',
      { class: 'vote-grid' },
      TALLY.map((name) => field({ label: t(`proc.${name}`), control: inputs[name], name })),
      field({ label: t('proc.minutesNumber'), control: minutes, hint: t('proc.minutesHint'), name: 'minutesNumber' }),
    ),
    preview,
    submit,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const body = Object.fromEntries(TALLY.map((name) => [name, value(name)]));
    body.taskSeq = n.currentTask.taskSeq;
    if (minutes.value.trim()) body.minutesNumber = minutes.value.trim();
    const notice = (res) => verdictNotice(res.vote);
    void send({ n, path: 'vote', body, key, form, status, reload, buttons: [submit], notice });
  });
  return form;
}

/** The server's verdict on a recorded vote: passed (green) or failed (red), with its reason. */
export function verdictNotice(vote) {
  if (!vote) return h('div', { class: 'alert alert-good', role: 'status' }, t('nom.done'));
  return h(
    'div',
    { class: `alert ${vote.passed ? 'alert-good' : 'alert-error'}`, role: 'status', 'data-testid': 'vote-verdict' },
    h('strong', {}, vote.passed ? t('proc.verdictPassed') : t('proc.verdictFailed')),
    ' — ',
    currentLang() === 'en' ? vote.reasonEn : vote.reasonVi,
  );
}
