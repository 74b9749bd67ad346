import { QuotaError } from './quota.errors';

/** Whether a unit's person nominations in a campaign meet the minimum share of direct workers. */
export interface DirectWorkerShareResult {
  readonly passed: boolean;
  readonly share: number;
  /** Direct workers needed among `total` person nominations. */
  readonly required: number;
}

/** Evaluates the minimum share of direct workers (công nhân, lao động trực tiếp) among `total` person nominations. */
export function directWorkerShare(
  minShare: number,
  counts: { directWorkers: number; total: number },
): DirectWorkerShareResult {
  const required = Math.ceil(Math.round(counts.total * minShare * 1e9) / 1e9);
  const share = counts.total === 0 ? 1 : counts.directWorkers / counts.total;
  return { passed: counts.directWorkers >= required, share, required };
}

/** Throws `QUOTA.DIRECT_WORKER_SHARE` naming the minimum share and the actual count when it is not met. */
export function assertDirectWorkerShare(
  unitId: string,
  minShare: number,
  counts: { directWorkers: number; total: number },
): void {
  const result = directWorkerShare(minShare, counts);
  if (result.passed) return;
  const pct = Math.round(minShare * 100);
  throw new QuotaError(
    'QUOTA.DIRECT_WORKER_SHARE',
    `Đơn vị ${unitId}: cần ít nhất ${pct} % người lao động trực tiếp trong số cá nhân được đề nghị (${result.required}/${counts.total}); hiện có ${counts.directWorkers}.`,
    `Unit ${unitId}: at least ${pct} % of person nominations must be direct workers (${result.required}/${counts.total}); there are ${counts.directWorkers}.`,
    { unitId, minShare, required: result.required, directWorkers: counts.directWorkers, total: counts.total },
  );
}
