import { condition, proxyLocalActivities } from '@temporalio/workflow';
import type { Activities } from '@vinhdanh/activities';
import { isFinalStatus } from '@vinhdanh/domain';
import type { Actor, NominationCommand, NominationState } from '@vinhdanh/domain';

// A local activity like the append: one calendar read, retried with backoff while the database is down.
const { computeDisclosureEndsAt } = proxyLocalActivities<Activities>({
  startToCloseTimeout: '15 seconds',
  retry: { initialInterval: '500 milliseconds', backoffCoefficient: 2, maximumInterval: '2 seconds' },
});

/** The workflow itself, as the one who posts and ends the disclosure. */
export const DISCLOSURE_ACTOR = (unitId: string): Actor => ({
  userId: 'system:disclosure',
  name: 'Hệ thống (công khai)',
  unitId,
});

/**
 * Posts the nomination (its end from the calendar, computed by an activity), then waits on a
 * durable timer until the end and records it, unless the nomination closes first. A failed
 * computation or a refused command leaves the disclosure unposted: forwarding then stays refused,
 * which is the safe side (never forwarded without its disclosure).
 */
export async function runDisclosure(host: {
  state(): NominationState;
  now(): string;
  execute(command: NominationCommand): Promise<unknown>;
}): Promise<void> {
  const submitted = host.state();
  if (submitted.status === 'DRAFT' || !submitted.disclosure || isFinalStatus(submitted.status)) return;
  const { nominationId, nominatingUnitId } = submitted;
  const actor = DISCLOSURE_ACTOR(nominatingUnitId);
  const postedAt = host.now();
  const workingDays = submitted.disclosure.workingDays;
  try {
    const { endsAt } = await computeDisclosureEndsAt({ postedAt, workingDays });
    await host.execute({ type: 'PostDisclosure', nominationId, actor, now: host.now(), workingDays, endsAt });
  } catch {
    return;
  }
  const posted = (() => {
    const s = host.state();
    return s.status === 'DRAFT' ? undefined : s.disclosure?.posted;
  })();
  if (!posted) return;
  const closed = () => {
    const s = host.state();
    return s.status === 'DRAFT' || isFinalStatus(s.status) || s.disclosure?.endedAt !== undefined;
  };
  // Workflow time: deterministic on replay; an end already past fires at once.
  if (await condition(closed, Math.max(1, Date.parse(posted.endsAt) - Date.now()))) return;
  try {
    await host.execute({ type: 'EndDisclosure', nominationId, actor, now: host.now(), endsAt: posted.endsAt });
  } catch {
    // A refusal here would only mean the nomination closed meanwhile.
  }
}
