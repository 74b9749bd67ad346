import { NominationError } from '../shared/nomination.errors';

interface Holder {
  readonly userId: string;
  readonly name: string;
  readonly since: string;
}

/** The refusals of task ownership and recusal, each a `NominationError` with its stable code. */
export const taskRefusals = {
  /** Someone else holds the task; names them and since when. */
  held(holder: Holder, taskSeq: number): NominationError {
    return new NominationError(
      'NOMINATION.TASK_HELD',
      `Nhiệm vụ đang do ${holder.name} đảm nhận (từ ${holder.since}).`,
      `The task is held by ${holder.name} (since ${holder.since}).`,
      { holder, taskSeq },
    );
  },

  /** Only the holder releases a task. */
  notHeld(holder: Holder | undefined, taskSeq: number): NominationError {
    return new NominationError(
      'NOMINATION.TASK_NOT_HELD',
      holder
        ? `Bạn không đảm nhận nhiệm vụ này; người đảm nhận là ${holder.name}.`
        : 'Nhiệm vụ này chưa có ai đảm nhận.',
      holder ? `You do not hold this task; ${holder.name} does.` : 'Nobody holds this task.',
      { holder: holder ?? null, taskSeq },
    );
  },

  /** The user recused themselves from this nomination and can no longer act on it. */
  recused(recusal: { userId: string; name: string; at: string; reason: string }): NominationError {
    return new NominationError(
      'NOMINATION.RECUSED',
      `${recusal.name} đã tự rút khỏi việc xét hồ sơ này lúc ${recusal.at} (xung đột lợi ích: ${recusal.reason}); không thể thao tác.`,
      `${recusal.name} recused from this nomination at ${recusal.at} (conflict of interest: ${recusal.reason}) and cannot act on it.`,
      { recusal },
    );
  },

  /** The chosen assignee recused from this nomination. */
  assigneeRecused(recusal: { userId: string; name: string; at: string }): NominationError {
    return new NominationError(
      'NOMINATION.ASSIGNEE_RECUSED',
      `Không thể giao cho ${recusal.name}: người này đã tự rút khỏi việc xét hồ sơ lúc ${recusal.at}.`,
      `Cannot assign to ${recusal.name}: they recused from this nomination at ${recusal.at}.`,
      { assignee: { userId: recusal.userId, name: recusal.name }, recusedAt: recusal.at },
    );
  },
};
