import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { IdempotencyKey } from '../nominations/idempotency';
import { ApiCommandProblems, ApiIdempotencyKey } from '../nominations/openapi.examples';
import { ZodBody } from '../validation/zod.pipe';
import { BulkDecisionsService } from './bulk-decisions.service';
import { BULK_MAX_ITEMS, BulkDecisionsRequest, type BulkResponse } from './bulk.schemas';

const BULK_EXAMPLE: BulkResponse = {
  batchId: '8d1b8f0e-3c2a-8b4e-9f1d-6a2c7e5b4d30',
  summary: { total: 2, succeeded: 1, failed: 1, unknown: 0 },
  items: [
    {
      index: 0,
      nominationId: '0b9d6a52-1f43-4c53-9a35-6d2f7c9e1a10',
      ok: true,
      outcome: 'decided',
      status: 'FORWARDED',
      version: 5,
      readModelCaughtUp: false,
    },
    {
      index: 1,
      nominationId: '5f0c2e1a-8a34-4d1e-9d3f-2b7c6a1e9f21',
      ok: false,
      outcome: 'refused',
      problem: {
        type: 'urn:vinhdanh:problem:NOMINATION.ALREADY_DECIDED',
        title: 'Xung đột',
        title_en: 'Conflict',
        status: 409,
        detail: 'Hồ sơ đã được Trần Văn Thành quyết định (đồng ý) ở cấp 4 lúc 2026-11-20T03:00:00.000Z.',
        detail_en: 'Already decided (approve) at level 4 by Trần Văn Thành at 2026-11-20T03:00:00.000Z.',
        code: 'NOMINATION.ALREADY_DECIDED',
      },
    },
  ],
};

/** Duyệt hàng loạt: an approver decides many open reviews in one request. */
@ApiTags('inbox')
@ApiBearerAuth()
@Controller('inbox')
@RequirePermission('inbox.bulkDecide')
export class BulkDecisionsController {
  constructor(private readonly bulk: BulkDecisionsService) {}

  @Post('bulk-decisions')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Duyệt hàng loạt — approve or return many open reviews (reviewer or chair at each task’s unit)',
    description:
      `Up to ${BULK_MAX_ITEMS} items {nominationId, taskSeq, decision: approve|return, reason?, decisionNumber?}, ` +
      'each validated and decided on its own exactly as POST /nominations/:id/decisions would (8 at a time). ' +
      'Partial failure is normal: 200 with every item’s outcome — decided (status and version), refused (its ' +
      'problem with code, Vietnamese and English messages and HTTP status), or unknown when a service was down ' +
      'and the item may or may not have been decided (retry with the same Idempotency-Key to settle it, never ' +
      'deciding twice); 400 only for a malformed envelope. All events of the ' +
      'batch carry its batchId as correlationId. The same Idempotency-Key decides nothing twice.',
  })
  @ApiIdempotencyKey()
  @ApiResponse({ status: 200, content: { 'application/json': { example: BULK_EXAMPLE } } })
  @ApiCommandProblems()
  decide(
    @CurrentUser() user: Principal,
    @IdempotencyKey() key: string,
    @ZodBody(BulkDecisionsRequest) body: BulkDecisionsRequest,
  ): Promise<BulkResponse> {
    return this.bulk.decide(user, key, body);
  }
}
