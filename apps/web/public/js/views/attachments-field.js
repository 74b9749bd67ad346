/** The attachments field: files chosen from disk, their SHA-256 computed in the browser and shown. */
import { field, h, mount } from '../dom.js';
import { formatBytes, t } from '../i18n.js';
import { ATTACHMENT_KIND_CODES, attachmentKindName } from '../catalog.js';
import { sha256Hex } from '../sha256.js';

/** The file picker and the table of chosen files; `files` is filled with `{ kind, name, sizeBytes, sha256 }`. */
export function attachmentsBlock(files) {
  const input = h('input', { type: 'file', multiple: true, name: 'files' });
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
              files.splice(i, 1);
              render();
            });
            return h(
              'tr',
              {},
              h('td', {}, kind),
              h('td', {}, f.name),
              h('td', { class: 'num' }, formatBytes(f.sizeBytes)),
              h(
                'td',
                {},
                f.sha256
                  ? h('code', { class: 'hash', title: f.sha256 }, f.sha256)
                  : h('span', { class: 'muted' }, t('d.hashing')),
              ),
              h('td', {}, remove),
            );
          }),
    );
  };
  input.addEventListener('change', async () => {
    const chosen = [...input.files];
    input.value = '';
    const entries = chosen.map((file) => ({
      kind: guessKind(file.name),
      name: file.name,
      sizeBytes: file.size,
      sha256: '',
    }));
    files.push(...entries);
    render();
    await Promise.all(
      chosen.map(async (file, i) => {
        entries[i].sha256 = await sha256Hex(file);
      }),
    );
    render();
  });
  render();
  return h(
    'div',
    {},
    field({ label: t('d.chooseFiles'), control: input, hint: t('d.chooseFilesHint'), name: 'dossier.attachments' }),
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

function guessKind(name) {
  const n = name.toLowerCase();
  if (/to.?trinh/.test(n)) return 'TO_TRINH';
  if (/bao.?cao|thanh.?tich/.test(n)) return 'BAO_CAO_THANH_TICH';
  if (/bien.?ban/.test(n)) return 'BIEN_BAN';
  if (/sang.?kien/.test(n)) return 'SANG_KIEN';
  return 'KHAC';
}

/** Builds the dossier sections; `read()` returns the dossier as the API expects it (or throws if hashing is unfinished). */
