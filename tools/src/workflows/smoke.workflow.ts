import { ApplicationFailure, allHandlersFinished, condition, proxyActivities, setHandler } from '@temporalio/workflow';
import type { ToolActivities } from '../activities/smoke.activities';
import { smokeApproveUpdate, type SmokeWorkflowInput, type SmokeWorkflowResult } from '../contracts/smoke.contract';

const { smokeGreet } = proxyActivities<ToolActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { maximumAttempts: 3 },
});

/**
 * Proves the Temporal path end to end: calls one activity, then waits (bounded) for the
 * `smokeApproveUpdate`, whose validator rejects an empty actor before it reaches history.
 */
export async function smokeWorkflow(input: SmokeWorkflowInput): Promise<SmokeWorkflowResult> {
  let approvedBy: string | undefined;
  // Registered before the first await so an early update is not rejected as unknown.
  setHandler(
    smokeApproveUpdate,
    ({ actor }) => {
      approvedBy ??= actor.trim();
      return { approvedBy };
    },
    {
      validator: ({ actor }) => {
        if (typeof actor !== 'string' || actor.trim() === '') {
          throw ApplicationFailure.nonRetryable('actor must not be empty', 'SMOKE.EMPTY_ACTOR');
        }
      },
    },
  );

  const greeting = await smokeGreet(input.name);
  const approved = await condition(() => approvedBy !== undefined, input.approvalTimeoutMs);
  // Let an in-flight update handler reply before the workflow completes.
  await condition(allHandlersFinished);
  return approved && approvedBy !== undefined
    ? { status: 'approved', greeting, approvedBy }
    : { status: 'timed-out', greeting };
}
