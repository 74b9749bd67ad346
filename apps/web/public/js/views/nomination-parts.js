/** Read-only parts of the nomination page: route stepper, dossier and timeline. */
import { h } from '../dom.js';
import { formatBytes, formatDate, formatDateTime, formatNumber, formatVnd, t } from '../i18n.js';
import { attachmentKindName, eventName, levelName } from '../catalog.js';
import { table } from './common.js';
import { downloadButton } from './attachment-download.js';

/** The route as a stepper across the levels; the current step is marked for screen readers too. */
export function routeStepper(n) {
  const last = n.route.length - 1;
  return h(
    'ol',
    { class: 'stepper' },
    n.route.map((step, i) => {
      const state = step.state;
      const granted = i === last && n.status === 'GRANTED';
      const stateText =
        state === 'current'
          ? t('nom.currentStep')
          : granted
            ? t('nom.stepGranted')
            : state === 'done'
              ? t('nom.stepDone')
              : t('nom.stepPending');
      return h(
        'li',
        { class: `step step-${state}`, 'aria-current': state === 'current' ? 'step' : undefined },
        h('span', { class: 'step-dot', 'aria-hidden': 'true' }, state === 'done' ? '✓' : String(i + 1)),
        h(
          'span',
          { class: 'step-body' },
          h('strong', {}, step.unitName),
          h('small', {}, levelName(step.level), i === last ? ` · ${t('nom.grantingLevel')}` : ''),
          h('small', { class: 'step-state' }, stateText),
          state === 'current' ? levelSteps(n.procedure) : null,
        ),
      );
    }),
  );
}

/** The steps of the current level (tiếp nhận → thẩm định → bình xét → ký), the one under way marked. */
function levelSteps(procedure) {
  const steps = procedure?.steps;
  if (!steps || steps.length < 2) return null;
  const at = steps.indexOf(procedure.step);
  return h(
    'ol',
    { class: 'substeps', 'aria-label': t('step.ofLevel') },
    steps.map((s, i) =>
      h(
        'li',
        { class: i < at ? 'done' : i === at ? 'current' : '', 'aria-current': i === at ? 'step' : undefined },
        i < at ? '✓ ' : '',
        t(`step.${s}`),
      ),
    ),
  );
}

function dl(pairs) {
  return h(
    'dl',
    { class: 'facts' },
    pairs.filter(Boolean).map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]),
  );
}

/** The dossier: nominee, achievements, initiatives with values in VND, attachments with their SHA-256. */
export function dossierView(d) {
  const nominee =
    d.nominee.kind === 'person'
      ? dl([
          [t('d.kind'), t('d.person')],
          [t('d.fullName'), d.nominee.fullName],
          [t('d.gender'), t(`d.${d.nominee.gender}`)],
          [t('d.birthYear'), String(d.nominee.birthYear)],
          [t('d.position'), d.nominee.position],
          [t('d.isLeader'), d.nominee.isLeader ? t('common.yes') : t('common.no')],
          [t('d.isDirectWorker'), d.nominee.isDirectWorker ? t('common.yes') : t('common.no')],
        ])
      : dl([
          [t('d.kind'), t('d.collective')],
          [t('d.collectiveName'), d.nominee.name],
          [t('d.memberCount'), formatNumber(d.nominee.memberCount)],
          [t('d.womenShare'), `${formatNumber(Math.round(d.nominee.womenShare * 1000) / 10)} %`],
        ]);
  const total = d.initiatives.reduce((sum, i) => sum + i.valueVnd, 0);
  const initiatives =
    d.initiatives.length === 0
      ? h('p', { class: 'muted' }, t('d.noInitiatives'))
      : [
          table(
            t('d.initiatives'),
            [t('d.initiativeTitle'), t('d.initiativeValue'), t('d.initiativeYear')],
            d.initiatives.map((i) =>
              h(
                'tr',
                {},
                h('td', {}, i.title),
                h('td', { class: 'num' }, formatVnd(i.valueVnd)),
                h('td', { class: 'num' }, String(i.appliedYear)),
              ),
            ),
          ),
          h('p', { class: 'total' }, `${t('d.total')}: `, h('strong', {}, formatVnd(total))),
        ];
  const attachments =
    d.attachments.length === 0
      ? h('p', { class: 'muted' }, t('d.noAttachments'))
      : table(
          t('d.attachments'),
          [t('d.attachmentKind'), t('d.fileName'), t('d.fileSize'), t('d.sha256'), t('att.file')],
          d.attachments.map((a) =>
            h(
              'tr',
              { dataset: { attachmentId: a.attachmentId ?? '' } },
              h('td', {}, attachmentKindName(a.kind)),
              h('td', {}, a.name),
              h('td', { class: 'num' }, formatBytes(a.sizeBytes)),
              h('td', {}, h('code', { class: 'hash', title: a.sha256 }, a.sha256)),
              h('td', {}, downloadButton(a)),
            ),
          ),
        );
  return h(
    'div',
    { class: 'dossier' },
    nominee,
    h('h3', {}, t('d.achievements')),
    h('p', { class: 'prose' }, d.achievements),
    h('h3', {}, t('d.initiatives')),
    initiatives,
    h('h3', {}, t('d.attachments')),
    attachments,
  );
}

/** The full history from the event store: time, actor, event, reason, hash prefix. */
export function timeline(history) {
  return table(
    t('nom.timeline'),
    ['#', t('tl.time'), t('tl.event'), t('tl.actor'), t('tl.reason'), t('tl.hash')],
    history.map((e) =>
      h(
        'tr',
        { dataset: { eventType: e.type } },
        h('td', { class: 'num muted' }, String(e.version)),
        h('td', { class: 'num nowrap' }, formatDateTime(e.occurredAt)),
        h('td', {}, eventName(e.type)),
        h('td', {}, e.actor.name ?? h('span', { class: 'muted' }, t('tl.system'))),
        h('td', {}, e.reason ?? ''),
        h('td', { class: 'nowrap' }, h('code', { class: 'hash', title: e.hash }, e.hash.slice(0, 12))),
      ),
    ),
  );
}

/** One line saying where the nomination is now. */
export function whereNow(n, units) {
  if (n.status === 'GRANTED' && n.decisionNumber) return t('nom.grantedBy', { number: n.decisionNumber });
  const task = n.currentTask;
  if (!task) return '';
  return t('nom.waitingAt', {
    kind: t(`task.${task.kind}`).toLowerCase(),
    unit: units.get(task.unitId)?.name ?? task.unitId,
    date: formatDate(task.openedAt),
  });
}
