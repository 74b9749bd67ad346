/* HTTP side of bench:inbox: the inbox request shapes, a timed client pool and percentiles. */
import { demoCampaignIds } from '@vinhdanh/seed';

/** The inbox requests measured, in rotation: plain first page, filters, accent-free name searches, due-time order and overdue. */
export function inboxShapes(base: string): { name: string; url: string }[] {
  return [
    { name: 'firstPage', url: `${base}/inbox?limit=50` },
    { name: 'kindAndAward', url: `${base}/inbox?kind=review&awardCode=BK_TLD&limit=50` },
    { name: 'searchCommon', url: `${base}/inbox?search=${encodeURIComponent('nguyen van')}&limit=50` },
    {
      name: 'campaignAndSearch',
      url: `${base}/inbox?campaignId=${demoCampaignIds.annual2026}&search=${encodeURIComponent('thi lan')}&limit=50`,
    },
    { name: 'dueFirst', url: `${base}/inbox?sort=due&limit=50` },
    { name: 'overdue', url: `${base}/inbox?overdue=true&limit=50` },
    { name: 'overdueDueFirst', url: `${base}/inbox?overdue=true&sort=due&limit=50` },
  ];
}

/** One timed request: which (for shapes), how long, and the status. */
export interface Timing {
  i: number;
  ms: number;
  status: number;
}

/** Runs `total` GETs of `url(i)` with `concurrency` in flight, timing each (body read included). */
export async function timed(
  total: number,
  concurrency: number,
  headers: Record<string, string>,
  url: (i: number) => string,
  offset = 0,
): Promise<Timing[]> {
  const out: Timing[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let k = next++; k < total; k = next++) {
        const i = offset + k;
        const start = process.hrtime.bigint();
        const res = await fetch(url(i), { headers });
        await res.arrayBuffer();
        out.push({ i, ms: Number(process.hrtime.bigint() - start) / 1e6, status: res.status });
      }
    }),
  );
  return out;
}

/** The p-th percentile (nearest rank), in ms rounded to 0.1. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const v = sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
  return Math.round(v * 10) / 10;
}
