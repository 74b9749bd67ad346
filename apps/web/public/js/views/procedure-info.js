/** What the procedure has recorded so far at the open level: hold, deadline, appraisal checks, vote; and a revocation. */
import { h } from '../dom.js';
import { currentLang, formatDate, formatDateTime, formatNumber, t } from '../i18n.js';
import { overdueChip } from './common.js';

const pick2 = (vi, en) => (currentLang() === 'en' && en ? en : vi);

/** Notices above the actions: on hold, revoked, the due date (red when overdue), appraisal and vote results. */
export function procedureInfo(n) {
  const p = n.procedure;
  const parts = [];
  if (n.status === 'ON_HOLD' && n.hold && !n.hold.resumed)
    parts.push(
      h(
        'p',
        { class: 'alert alert-info', 'data-testid': 'hold' },
        t('proc.held', { kind: t(`hold.${n.hold.kind}`), date: formatDate(n.hold.at), reason: n.hold.reason }),
      ),
    );
  if (n.revocation)
    parts.push(
      h(
        'p',
        { class: 'alert alert-error' },
        t('proc.revoked', { date: formatDate(n.revocation.at), reason: n.revocation.reason }),
        n.revocation.decisionNumber ? ` (${n.revocation.decisionNumber})` : '',
      ),
    );
  if (p?.dueAt)
    parts.push(
      h(
        'p',
        { class: 'due' },
        t('step.due', { date: formatDateTime(p.dueAt) }),
        p.overdue ? [' ', overdueChip()] : null,
      ),
    );
  if (p?.appraisal)
    parts.push(
      h('h3', {}, t('proc.appraisalResult')),
      h(
        'ul',
        { class: 'checks' },
        p.appraisal.checks.map((c) =>
          h(
            'li',
            {},
            h(
              'span',
              { class: `chip ${c.passed ? 'chip-good' : 'chip-bad'}` },
              c.passed ? t('proc.checkPassed') : t('proc.checkFailed'),
            ),
            ' ',
            pick2(c.reasonVi, c.reasonEn),
          ),
        ),
      ),
    );
  if (p?.vote)
    parts.push(
      h('h3', {}, t('proc.lastVote')),
      h(
        'p',
        {},
        h(
          'span',
          { class: `chip ${p.vote.passed ? 'chip-good' : 'chip-bad'}` },
          p.vote.passed ? t('proc.verdictPassed') : t('proc.verdictFailed'),
        ),
        ' ',
        t('proc.voteSummary', {
          pct: formatNumber(Math.round(p.vote.share * 1000) / 10),
          required: formatNumber(p.vote.required),
        }),
      ),
    );
  return parts.length ? h('div', { class: 'procedure-info' }, parts) : null;
}
