/** "Tải về": downloads a stored attachment with the token and checks its SHA-256 against the dossier's. */
import { download, saveBlob } from '../api.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { sha256Hex } from '../sha256.js';
import { errorText } from './common.js';

/** A download button for a dossier attachment, or a note when the dossier predates uploads. */
export function downloadButton(a) {
  if (!a.attachmentId) return h('span', { class: 'muted' }, t('att.notStored'));
  const status = h('small', { class: 'download-status', 'aria-live': 'polite' });
  const button = h(
    'button',
    { type: 'button', class: 'btn btn-small', 'aria-label': t('att.downloadOf', { name: a.name }) },
    t('att.download'),
  );
  button.addEventListener('click', async () => {
    button.disabled = true;
    status.textContent = '';
    try {
      const { blob } = await download(`/attachments/${a.attachmentId}`);
      // The dossier's checksum is the record: a file that changed in storage must not pass silently.
      const actual = await sha256Hex(blob);
      status.className = actual === a.sha256 ? 'download-status ok' : 'download-status field-error';
      status.textContent = actual === a.sha256 ? t('att.downloadedOk') : t('att.downloadedMismatch');
      saveBlob(blob, a.name);
    } catch (err) {
      status.className = 'download-status field-error';
      status.textContent = errorText(err);
    } finally {
      button.disabled = false;
    }
  });
  return h('span', { class: 'download' }, button, ' ', status);
}
