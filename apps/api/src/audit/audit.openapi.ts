import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';

const problem = (status: number, code: string, detail: string) => ({
  status,
  description: code,
  content: {
    'application/problem+json': { example: { type: `urn:vinhdanh:problem:${code}`, status, code, detail } },
  },
});

/** The refusals every audit endpoint may answer with. */
export const ApiAuditProblems = (): MethodDecorator =>
  applyDecorators(
    ApiResponse(problem(400, 'REQUEST.VALIDATION_FAILED', 'Dữ liệu gửi lên không hợp lệ (1 lỗi).')),
    ApiResponse(problem(401, 'AUTH.UNAUTHENTICATED', 'Cần đăng nhập để thực hiện thao tác này.')),
    ApiResponse(
      problem(
        403,
        'AUTH.FORBIDDEN',
        'Bạn không có vai trò Kiểm tra, giám sát / Quản trị hệ thống cần thiết cho thao tác này.',
      ),
    ),
    ApiResponse(problem(404, 'NOMINATION.NOT_FOUND', 'Không tìm thấy hồ sơ đề nghị "…".')),
  );

const entry = {
  version: 3,
  eventId: '0b6f…',
  type: 'NominationForwarded',
  description: 'Đồng ý, chuyển từ cấp 1 (cdcs-bvdk-dan-phuong) lên cấp 2 (ldld-dan-phuong)',
  descriptionEn: 'Approved and forwarded from level 1 (cdcs-bvdk-dan-phuong) to level 2 (ldld-dan-phuong)',
  occurredAt: '2026-06-15T02:10:00.000Z',
  recordedAt: '2026-06-15T02:10:00.120Z',
  actor: { id: '7c1d…', name: 'Nguyễn Thị Thu Hằng', unitId: 'cdcs-bvdk-dan-phuong' },
  onBehalfOf: null,
  reason: null,
  ruleSetVersion: '2024.1',
  workflowId: 'nomination:5f0c…',
  correlationId: 'dp-approve-4f1c2a7e',
  prevHash: '9a4e…',
  hash: 'c03b…',
};

/** Example of a timeline. */
export const TIMELINE_EXAMPLE = {
  nominationId: '5f0c…',
  streamId: 'nomination-5f0c…',
  version: 3,
  headHash: 'c03b…',
  status: 'FORWARDED',
  statusLabel: { vi: 'Đã chuyển cấp trên', en: 'Forwarded' },
  events: [entry],
};

/** Example of a state as of an instant. */
export const AS_OF_EXAMPLE = {
  nominationId: '5f0c…',
  at: '2026-06-15T02:05:00.000Z',
  version: 2,
  status: 'AWAITING_INTAKE',
  statusLabel: { vi: 'Chờ tiếp nhận', en: 'Awaiting intake' },
  openTask: { kind: 'review', level: 1, unitId: 'cdcs-bvdk-dan-phuong', taskSeq: 1, openedAt: '2026-06-15T02:00:00Z' },
  lastEvent: {
    ...entry,
    version: 2,
    type: 'NominationReviewOpened',
    description: 'Mở xét duyệt lần 1 tại cấp 1 (cdcs-bvdk-dan-phuong)',
    descriptionEn: 'Review 1 opened at level 1 (cdcs-bvdk-dan-phuong)',
  },
  state: { status: 'AWAITING_INTAKE', '…': '…' },
};
