import { createAnchor, type AuditSigner } from '@vinhdanh/audit';
import { DAILY_ANCHOR_CREATED_BY, type DailyAnchorResult } from '@vinhdanh/contracts';
import { vietnamDateOf } from '@vinhdanh/domain';
import type { ActivityDeps } from './activity-deps';

/** What the anchor activity needs: the database, the clock and the auditors' signing key. */
export type AnchorActivityDeps = Pick<ActivityDeps, 'db' | 'clock'> & { signer: AuditSigner };

/** The daily integrity anchor, as the worker's schedule runs it. */
export function createAnchorActivities(deps: AnchorActivityDeps) {
  return {
    /**
     * Creates today's anchor (Vietnam's calendar day on the worker's clock). Idempotent per day:
     * a retry, a second schedule run or an auditor's POST the same day returns the first anchor.
     */
    async createDailyAnchor(): Promise<DailyAnchorResult> {
      const now = deps.clock.now();
      const day = vietnamDateOf(now.toISOString());
      const { anchor, created } = await createAnchor(deps.db, deps.signer, {
        day,
        now,
        createdBy: DAILY_ANCHOR_CREATED_BY,
      });
      return { anchorId: anchor.id, day, created };
    },
  };
}

/** The anchor activities, as the anchor workflow sees them. */
export type AnchorActivities = ReturnType<typeof createAnchorActivities>;
