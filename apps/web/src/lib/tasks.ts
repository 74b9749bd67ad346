/** The open task's commands (claim, release, assign, recuse): one request shape for the inbox and the nomination page. */
import type { TaskAction } from '@vinhdanh/api';
import { api, call } from '../api/client';

const PATHS = {
  claim: '/api/nominations/{id}/claim',
  release: '/api/nominations/{id}/release',
  assign: '/api/nominations/{id}/assignment',
  recuse: '/api/nominations/{id}/recusal',
} as const satisfies Record<TaskAction, string>;

/** Sends one task command for nomination `id` under `key` (a retry with the same key is the same command). */
export function sendTaskCommand(
  action: TaskAction,
  id: string,
  key: string,
  body: { taskSeq?: number; assigneeUserId?: string; reason?: string },
): Promise<unknown> {
  // A recusal is from the nomination, not from one task: its body takes no task number.
  const { taskSeq, ...rest } = body;
  return call<unknown>(
    api.POST(PATHS[action], {
      params: { path: { id }, header: { 'Idempotency-Key': key } },
      body: (action === 'recuse' ? rest : { ...rest, taskSeq }) as never,
    }),
  );
}
