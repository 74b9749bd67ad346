/**
 * Tiến độ sắp xếp tổ chức: a reorganisation's moves (moved / failed / pending / skipped), polled while
 * it runs, its failures, and a retry button (safe to repeat: each move has a fixed Update id).
 */
import { api, newIdempotencyKey } from '../api.js';
import { h, mount } from '../dom.js';
import { formatDate, formatNumber, t } from '../i18n.js';
import { errorBox } from './common.js';

const TONE = {
  scheduled: 'info',
  running: 'progress',
  interrupted: 'warn',
  completed: 'good',
  completed_with_failures: 'bad',
};
const POLL_MS = 1000;
const MAX_POLLS = 120;

async function unitName(id) {
  try {
    return (await api(`/admin/units/${encodeURIComponent(id)}`)).name;
  } catch {
    return id;
  }
}

function view(r, name, retry) {
  const counts = [
    ['moved', r.counts.moved],
    ['failed', r.counts.failed],
    ['pending', r.counts.pending],
    ['skipped', r.counts.skipped],
  ];
  return [
    h(
      'p',
      {},
      h(
        'span',
        { class: `chip chip-${TONE[r.status] ?? 'neutral'}`, dataset: { reorgStatus: r.status } },
        t(`ro.status.${r.status}`),
      ),
      ' ',
      t(`ro.kind.${r.kind}`, { unit: name(r.unitId), date: formatDate(r.effectiveFrom) }),
    ),
    h(
      'dl',
      { class: 'facts', 'data-testid': 'reorg-counts' },
      counts.map(([k, v]) => [h('dt', {}, t(`ro.count.${k}`)), h('dd', { dataset: { count: k } }, formatNumber(v))]),
    ),
    r.failures.length
      ? h(
          'ul',
          { class: 'failures' },
          r.failures.map((f) =>
            h(
              'li',
              {},
              h('a', { href: `/nominations/${f.nominationId}` }, f.nominationId.slice(0, 8)),
              ` — ${f.error.message}`,
            ),
          ),
        )
      : null,
    r.status === 'running' ? null : h('div', { class: 'button-row' }, retry),
  ];
}

/** The progress card of reorganisation `id`; polls until it is no longer running, then calls `onSettled`. */
export function reorganisationProgress(id, ctx, { onSettled } = {}) {
  const body = h('div', { 'aria-live': 'polite' }, h('p', { class: 'loading' }, t('loading')));
  const retry = h('button', { type: 'button', class: 'btn' }, t('ro.retry'));
  const names = new Map();
  let timer;
  let polls = 0;
  async function load() {
    clearTimeout(timer);
    try {
      const r = await api(`/admin/reorganisations/${id}`);
      if (!body.isConnected && polls > 0) return; // the page moved on
      // A dissolved unit is no longer in today's tree: ask for its name once.
      if (!names.has(r.unitId)) names.set(r.unitId, ctx.units.get(r.unitId)?.name ?? (await unitName(r.unitId)));
      mount(
        body,
        view(r, (u) => names.get(u) ?? ctx.units.get(u)?.name ?? u, retry),
      );
      polls += 1;
      if (r.status === 'running' && polls < MAX_POLLS) timer = setTimeout(load, POLL_MS);
      else if (r.status !== 'running') onSettled?.();
    } catch (err) {
      mount(body, errorBox(err));
    }
  }
  retry.addEventListener('click', async () => {
    retry.disabled = true;
    try {
      await api(`/admin/reorganisations/${id}/retry`, { method: 'POST', idempotencyKey: newIdempotencyKey() });
      polls = 0;
      await load();
    } catch (err) {
      mount(body, errorBox(err));
    } finally {
      retry.disabled = false;
    }
  });
  void load();
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'ro-h', 'data-testid': 'reorganisation' },
    h('h2', { id: 'ro-h' }, t('ro.title')),
    body,
  );
}
