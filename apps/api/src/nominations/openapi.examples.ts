import { ApiHeader, ApiResponse } from '@nestjs/swagger';
import { applyDecorators } from '@nestjs/common';

/** The `Idempotency-Key` header, documented once for every command. */
export const ApiIdempotencyKey = (): MethodDecorator =>
  ApiHeader({
    name: 'Idempotency-Key',
    required: true,
    description:
      'One key per user action (8–128 of A-Z a-z 0-9 . _ : -), reused on retry: a double click or a retried ' +
      'request is one command (it becomes the Temporal Update id).',
    example: 'dp-approve-4f1c2a7e',
  });

const problem = (status: number, code: string, detail: string, extra: Record<string, unknown> = {}) => ({
  status,
  description: code,
  content: {
    'application/problem+json': {
      example: { type: `urn:vinhdanh:problem:${code}`, status, code, detail, ...extra },
    },
  },
});

/** The refusals every command may answer with, with examples. */
export const ApiCommandProblems = (): MethodDecorator =>
  applyDecorators(
    ApiResponse(
      problem(400, 'REQUEST.VALIDATION_FAILED', 'Dữ liệu gửi lên không hợp lệ (1 lỗi).', {
        errors: [{ field: 'reason', in: 'body', rule: 'custom', message: 'reason is required to return a nomination' }],
      }),
    ),
    ApiResponse(
      problem(
        403,
        'AUTH.FORBIDDEN',
        'Bạn không có vai trò Chuyên viên thẩm định / Chủ tịch tại đơn vị Liên đoàn Lao động huyện Đan Phượng.',
      ),
    ),
    ApiResponse(problem(404, 'NOMINATION.NOT_FOUND', 'Không tìm thấy hồ sơ đề nghị "…".')),
    ApiResponse(
      problem(409, 'NOMINATION.ALREADY_DECIDED', 'Hồ sơ đã được Phùng Thị Nga quyết định (đồng ý) ở cấp 2 lúc …', {
        decidedBy: { userId: '…', name: 'Phùng Thị Nga' },
      }),
    ),
    ApiResponse(problem(422, 'NOMINATION.INVALID', 'Dữ liệu không hợp lệ — decisionNumber: is required …')),
  );

/** Example of a command's 200 answer. */
export const COMMAND_RESULT_EXAMPLE = {
  outcome: {
    nominationId: '5f0c…',
    status: 'FORWARDED',
    version: 4,
    events: [
      { type: 'NominationForwarded', streamVersion: 3 },
      { type: 'NominationReviewOpened', streamVersion: 4 },
    ],
  },
  readModelCaughtUp: true,
  nomination: {
    id: '5f0c…',
    version: 4,
    status: 'FORWARDED',
    statusLabel: { vi: 'Đã chuyển cấp trên', en: 'Forwarded' },
  },
};
