/** The desk's chart of where nominations wait: one CSS bar per level × unit, split by days waiting. */
import { h } from '../dom.js';
import { formatNumber, t } from '../i18n.js';
import { levelShort } from '../catalog.js';

/** `h()` with inline CSS set through the CSSOM: the page's CSP (style-src 'self') refuses style attributes. */
function hs(tag, css, attrs, ...children) {
  const el = h(tag, attrs, ...children);
  el.style.cssText = css;
  return el;
}

// Calm to alarming, readable on white and distinct for the common colour-vision deficiencies.
const BUCKETS = [
  ['upTo5', '#5b9b6b'],
  ['d6to10', '#d8b14a'],
  ['d11to20', '#d9822b'],
  ['over20', '#b5402f'],
];

function legend() {
  return hs(
    'ul',
    'display:flex;gap:1rem;list-style:none;padding:0;margin:.5rem 0 1rem;flex-wrap:wrap',
    { class: 'aging-legend' },
    BUCKETS.map(([key, colour]) =>
      hs(
        'li',
        'display:flex;align-items:center;gap:.35rem',
        {},
        hs('span', `display:inline-block;width:.9rem;height:.9rem;border-radius:2px;background:${colour}`, {
          'aria-hidden': 'true',
        }),
        t(`aging.${key}`),
      ),
    ),
  );
}

function bar(cell, max) {
  const text = t('aging.row', { total: cell.total, overdue: cell.overdue, ...cell.buckets });
  const segments = BUCKETS.filter(([key]) => cell.buckets[key] > 0).map(([key, colour]) =>
    hs('span', `flex:${cell.buckets[key]} 1 0;background:${colour};min-width:3px`, {
      title: `${t(`aging.${key}`)}: ${cell.buckets[key]}`,
    }),
  );
  return hs(
    'li',
    'display:grid;grid-template-columns:minmax(14rem,22rem) 1fr 9rem;gap:.75rem;align-items:center;padding:.3rem 0',
    { dataset: { level: cell.level, unitId: cell.unitId } },
    h('span', {}, h('strong', {}, levelShort(cell.level)), ' · ', cell.unitName ?? cell.unitId),
    hs(
      'span',
      'display:block',
      {},
      hs(
        'span',
        `display:flex;height:1.1rem;width:${Math.max(2, (100 * cell.total) / max)}%;border-radius:3px;overflow:hidden`,
        { role: 'img', 'aria-label': text },
        segments,
      ),
    ),
    h(
      'span',
      { class: 'num' },
      formatNumber(cell.total),
      cell.overdue
        ? h('small', { class: 'muted' }, ` (${t('aging.overdue', { n: formatNumber(cell.overdue) })})`)
        : null,
    ),
  );
}

/** A card with the aging chart of `cells` (from `GET /api/admin/stuck/aging`). */
export function agingChart(cells) {
  const max = Math.max(1, ...cells.map((c) => c.total));
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'aging-title', 'data-testid': 'aging' },
    h('h2', { id: 'aging-title' }, t('aging.title')),
    h('p', { class: 'muted' }, t('aging.lead')),
    legend(),
    cells.length
      ? hs(
          'ul',
          'list-style:none;padding:0;margin:0',
          {},
          cells.map((c) => bar(c, max)),
        )
      : h('p', { class: 'empty' }, t('aging.empty')),
  );
}
