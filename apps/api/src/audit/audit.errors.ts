import { ApiError } from '../errors/api-error';

/** The nomination had no event recorded yet at the requested instant (404). */
export class NotYetRecordedError extends ApiError {
  constructor(nominationId: string, at: string) {
    super(
      'AUDIT.NOT_FOUND',
      `Hồ sơ "${nominationId}" chưa tồn tại tại thời điểm ${at}.`,
      `Nomination "${nominationId}" did not exist yet at ${at}.`,
      { nominationId, at },
    );
    this.name = 'NotYetRecordedError';
  }
}

/** Temporal has no workflow for the nomination (404). */
export class WorkflowNotFoundError extends ApiError {
  constructor(workflowId: string) {
    super(
      'WORKFLOW.NOT_FOUND',
      `Không tìm thấy tiến trình "${workflowId}" trên Temporal.`,
      `Temporal has no workflow "${workflowId}".`,
      { workflowId },
    );
    this.name = 'WorkflowNotFoundError';
  }
}

/** Temporal could not be reached for the replay check (503). */
export class TemporalUnavailableError extends ApiError {
  constructor(reason: string) {
    super(
      'TEMPORAL.UNAVAILABLE',
      'Không kết nối được Temporal để kiểm tra phát lại.',
      `Temporal is unavailable: ${reason}`,
    );
    this.name = 'TemporalUnavailableError';
  }
}
