/**
 * The auditors' checks of one nomination: the integrity badge (hash chain and the latest signed anchor),
 * the replay check against the current workflow code, and the signed exports (saved through fetch with
 * the token, since a plain link cannot carry it).
 */
import { api, download, saveBlob } from '../api.js';
import { h, mount } from '../dom.js';
import { formatDate, formatDateTime, formatNumber, t } from '../i18n.js';
import { errorBox } from './common.js';

function badge(ok, text, testId) {
  return h(
    'span',
    { class: `badge ${ok ? 'badge-good' : 'badge-bad'}`, 'data-testid': testId, dataset: { ok: String(ok) } },
    [h('span', { 'aria-hidden': 'true' }, ok ? '✓ ' : '✗ '), text],
  );
}

function anchorLine(anchor, check) {
  if (!anchor) return h('p', { class: 'muted' }, t('audit.noAnchor'));
  return h(
    'div',
    { class: 'anchor', 'data-testid': 'anchor' },
    h('p', {}, h('strong', {}, t('audit.anchor')), ': ', formatDateTime(anchor.createdAt)),
    h(
      'p',
      { class: 'muted' },
      t('audit.anchorOf', {
        day: formatDate(anchor.day),
        streams: formatNumber(anchor.streamCount),
        events: formatNumber(anchor.eventCount),
        keyId: anchor.keyId,
      }),
    ),
    check
      ? h(
          'p',
          {},
          h(
            'span',
            { class: `chip ${check.ok ? 'chip-good' : 'chip-bad'}` },
            check.ok ? t('audit.anchorOk') : t('audit.anchorBad', { n: formatNumber(check.problemCount) }),
          ),
          ' ',
          h(
            'small',
            { class: 'muted' },
            check.signatureValid && check.signedByTrustedKey ? t('audit.anchorSig') : t('audit.anchorSigBad'),
          ),
        )
      : null,
  );
}

/** The integrity card: the chain verified now, and the latest anchor with its check (an auditor may anchor today). */
export function integrityCard(id) {
  const body = h('div', { 'aria-live': 'polite' }, h('p', { class: 'muted' }, t('audit.checking')));
  const load = async () => {
    try {
      const [verify, anchors] = await Promise.all([
        api(`/audit/nominations/${id}/verify`),
        api('/audit/anchors', { query: { limit: 1 } }),
      ]);
      const anchor = anchors[0] ?? null;
      const check = anchor ? await api(`/audit/anchors/${anchor.id}/check`) : null;
      const link = verify.brokenLink;
      const anchorButton = h('button', { type: 'button', class: 'btn' }, t('audit.makeAnchor'));
      anchorButton.addEventListener('click', async () => {
        anchorButton.disabled = true;
        try {
          await api('/audit/anchors', { method: 'POST' });
          await load();
        } catch (err) {
          anchorButton.disabled = false;
          body.append(errorBox(err));
        }
      });
      mount(
        body,
        h(
          'p',
          {},
          badge(verify.ok, verify.ok ? t('audit.chainOk') : t('audit.chainBroken'), 'integrity-badge'),
          ' ',
          h('small', { class: 'muted' }, t('audit.chainChecked', { n: formatNumber(verify.eventsChecked) })),
        ),
        link
          ? h(
              'p',
              { class: 'alert alert-error' },
              t('audit.brokenAt', {
                version: link.streamVersion,
                problem: link.problem,
                expected: link.expected.slice(0, 16),
                stored: link.stored.slice(0, 16),
              }),
            )
          : null,
        anchorLine(anchor, check),
        anchorButton,
      );
    } catch (err) {
      mount(body, errorBox(err));
    }
  };
  void load();
  return card('integrity-h', t('audit.integrity'), body);
}

/** The replay check: the Temporal history replayed against today's workflow code, and the two states compared. */
export function replayCard(id) {
  const body = h('div', { 'aria-live': 'polite' });
  const rerun = h('button', { type: 'button', class: 'btn' }, t('audit.rerun'));
  const run = async () => {
    rerun.disabled = true;
    mount(body, h('p', { class: 'muted' }, t('audit.checking')));
    try {
      const r = await api(`/audit/nominations/${id}/replay-check`);
      const s = r.stateComparison;
      const state =
        s.ok === null
          ? t('audit.stateUnknown', { why: s.unavailable ?? '' })
          : s.ok
            ? t('audit.stateOk', { v: s.storeVersion })
            : t('audit.stateBad', {
                wv: s.workflowVersion,
                ws: s.workflowStatus,
                sv: s.storeVersion,
                ss: s.storeStatus,
              });
      mount(
        body,
        h(
          'p',
          {},
          badge(
            r.replay.ok,
            r.replay.ok
              ? t('audit.replayOk', { n: formatNumber(r.historyEvents) })
              : t('audit.replayBad', { error: r.replay.error?.message ?? '' }),
            'replay-badge',
          ),
        ),
        h('p', { class: s.ok === false ? 'alert alert-error' : 'muted' }, state),
      );
    } catch (err) {
      mount(body, errorBox(err));
    } finally {
      rerun.disabled = false;
    }
  };
  rerun.addEventListener('click', () => void run());
  void run();
  return card('replay-h', t('audit.replay'), body, rerun);
}

function slug(text) {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The file name offices can sort and recognise: ho-so-<nominee>-<id prefix>-<yyyymmdd>.<ext>. */
export function exportFileName(nomineeName, id, ext, now = new Date()) {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(now).replace(/-/g, '');
  return `ho-so-${slug(nomineeName) || 'de-nghi'}-${id.slice(0, 8)}-${day}.${ext}`;
}

/** The export buttons: signed JSON, CSV (and its detached signature from the response headers). */
export function exportCard(id, nomineeName, toast) {
  const status = h('div', { 'aria-live': 'polite' });
  const sigButton = h('button', { type: 'button', class: 'btn', hidden: true }, t('audit.exportSig'));
  let csvSignature = null;
  const get = (format) => async (event) => {
    const button = event.currentTarget;
    button.disabled = true;
    mount(status);
    try {
      const { blob, headers } = await download(`/audit/nominations/${id}/export`, { query: { format } });
      const file = exportFileName(nomineeName, id, format);
      saveBlob(blob, file);
      toast(t('audit.saved', { file }), 'good');
      if (format === 'csv') {
        // The format the offline verifier reads next to the CSV: <file>.sig.json.
        csvSignature = {
          file: `${file}.sig.json`,
          body: {
            algorithm: headers.get('X-Vinhdanh-Signature-Algorithm'),
            signature: headers.get('X-Vinhdanh-Signature'),
            publicKey: atob(headers.get('X-Vinhdanh-Public-Key') ?? ''),
            keyId: headers.get('X-Vinhdanh-Key-Id'),
          },
        };
        sigButton.hidden = false;
      }
    } catch (err) {
      mount(status, errorBox(err));
    } finally {
      button.disabled = false;
    }
  };
  sigButton.addEventListener('click', () => {
    if (!csvSignature) return;
    const json = new Blob([JSON.stringify(csvSignature.body, null, 2)], { type: 'application/json' });
    saveBlob(json, csvSignature.file);
    toast(t('audit.saved', { file: csvSignature.file }), 'good');
  });
  return card(
    'export-h',
    t('audit.export'),
    h(
      'div',
      { class: 'button-row' },
      h('button', { type: 'button', class: 'btn btn-primary', onclick: get('json') }, t('audit.exportJson')),
      h('button', { type: 'button', class: 'btn', onclick: get('csv') }, t('audit.exportCsv')),
      sigButton,
    ),
    h('p', { class: 'hint' }, t('audit.exportHint')),
    status,
  );
}

function card(headingId, title, ...children) {
  return h('section', { class: 'card', 'aria-labelledby': headingId }, h('h2', { id: headingId }, title), children);
}
