/**
 * The attachments field: each chosen file is uploaded (POST /api/attachments), the server's SHA-256
 * is compared with the one computed in the browser, and the dossier lists the stored file's id.
 */
import { newIdempotencyKey, uploadFile } from '../api.js';
import { field, h, mount } from '../dom.js';
import { formatBytes, t } from '../i18n.js';
import { ATTACHMENT_KIND_CODES, attachmentKindName } from '../catalog.js';
import { sha256Hex } from '../sha256.js';
import { errorText } from './common.js';

/** What the server takes (checked there too): PDF, JPG, PNG, DOCX, XLSX up to 10 MB. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
const TYPES = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
const ACCEPT = Object.keys(TYPES)
  .map((e) => `.${e}`)
  .join(',');

const typeOf = (name) => TYPES[/\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? ''];

/** One file's state in the table: uploading, stored (with the server's checksum) or refused. */
function statusCell(f) {
  if (f.state === 'error') return h('span', { class: 'field-error upload-error', role: 'alert' }, f.error);
  if (f.state !== 'done') return h('span', { class: 'muted' }, t('att.uploading'));
  return h(
    'span',
    {},
    h('code', { class: 'hash', title: f.sha256 }, f.sha256),
    h('br'),
    h('small', { class: f.verified ? 'ok' : 'field-error' }, f.verified ? t('att.verified') : t('att.mismatch')),
  );
}

/** The file picker and the table of chosen files; `files` holds each file's upload state. */
export function attachmentsBlock(files) {
  const input = h('input', { type: 'file', multiple: true, name: 'files', accept: ACCEPT });
  const body = h('tbody');
  const render = () => {
    mount(
      body,
      files.length === 0
        ? h('tr', {}, h('td', { colspan: 5, class: 'muted' }, t('d.noAttachments')))
        : files.map((f, i) => {
            const kind = h(
              'select',
              {
                'aria-label': `${t('d.attachmentKind')}: ${f.name}`,
                dataset: { field: `dossier.attachments[${i}].kind` },
              },
              ATTACHMENT_KIND_CODES.map((c) =>
                h('option', { value: c, selected: c === f.kind }, attachmentKindName(c)),
              ),
            );
            kind.addEventListener('change', () => {
              f.kind = kind.value;
            });
            const remove = h(
              'button',
              { type: 'button', class: 'btn-link danger', 'aria-label': `${t('common.remove')}: ${f.name}` },
              t('common.remove'),
            );
            remove.addEventListener('click', () => {
              files.splice(files.indexOf(f), 1);
              render();
            });
            return h(
              'tr',
              { dataset: { upload: f.state } },
              h('td', {}, kind),
              h('td', {}, f.name),
              h('td', { class: 'num' }, formatBytes(f.sizeBytes)),
              h('td', {}, statusCell(f)),
              h('td', {}, remove),
            );
          }),
    );
  };

  async function send(file, entry) {
    const contentType = typeOf(file.name);
    if (!contentType) return Object.assign(entry, { state: 'error', error: t('att.badType') });
    if (file.size > MAX_UPLOAD_BYTES) return Object.assign(entry, { state: 'error', error: t('att.tooBig') });
    try {
      const [local, stored] = await Promise.all([
        sha256Hex(file),
        uploadFile('/attachments', file, { contentType, idempotencyKey: entry.key }),
      ]);
      Object.assign(entry, {
        state: 'done',
        sha256: stored.sha256,
        attachmentId: stored.id,
        sizeBytes: stored.sizeBytes,
        verified: local === stored.sha256,
      });
    } catch (err) {
      Object.assign(entry, { state: 'error', error: errorText(err) });
    }
  }

  input.addEventListener('change', async () => {
    const chosen = [...input.files];
    input.value = '';
    const entries = chosen.map((file) => ({
      kind: guessKind(file.name),
      name: file.name,
      sizeBytes: file.size,
      sha256: '',
      state: 'uploading',
      // One key per chosen file: a retried request stores the file once.
      key: newIdempotencyKey(),
    }));
    files.push(...entries);
    render();
    await Promise.all(chosen.map((file, i) => send(file, entries[i]).then(render)));
  });
  render();
  return h(
    'div',
    {},
    field({ label: t('d.chooseFiles'), control: input, hint: t('att.hint'), name: 'dossier.attachments' }),
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { class: 'grid' },
        h('caption', { class: 'sr-only' }, t('d.attachments')),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            [t('d.attachmentKind'), t('d.fileName'), t('d.fileSize'), t('d.sha256'), ''].map((x) =>
              h('th', { scope: 'col' }, x),
            ),
          ),
        ),
        body,
      ),
    ),
  );
}

/** The dossier's attachment list; throws while an upload runs or when a refused file is still listed. */
export function readAttachments(files) {
  if (files.some((f) => f.state === 'uploading')) throw new Error(t('att.waitUploads'));
  if (files.some((f) => f.state === 'error')) throw new Error(t('att.removeFailed'));
  return files.map((f) => ({
    kind: f.kind,
    name: f.name,
    sizeBytes: f.sizeBytes,
    sha256: f.sha256,
    attachmentId: f.attachmentId,
  }));
}

function guessKind(name) {
  // "Tờ trình.pdf" and "to-trinh.pdf" alike: compare without diacritics.
  const n = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase();
  if (/to.?trinh/.test(n)) return 'TO_TRINH';
  if (/bao.?cao|thanh.?tich/.test(n)) return 'BAO_CAO_THANH_TICH';
  if (/bien.?ban/.test(n)) return 'BIEN_BAN';
  if (/sang.?kien/.test(n)) return 'SANG_KIEN';
  return 'KHAC';
}
