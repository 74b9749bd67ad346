import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { ZodParam } from '../validation/zod.pipe';
import { BucketKeyParam } from './admin.schemas';
import { QuotasService, type QuotaChange } from './quotas.service';

const CampaignIdParam = z.uuid({ error: 'id must be a campaign id (UUID)' });

/** Lịch sử điều chỉnh chỉ tiêu: every change of a quota bucket's limit, from the event store. */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/campaigns')
export class QuotaHistoryController {
  constructor(private readonly quotas: QuotasService) {}

  @Get(':id/quotas/:bucketKey/history')
  @RequirePermission('admin.org')
  @ApiOperation({
    summary: 'Lịch sử chỉ tiêu — every change of a bucket’s limit: before, after, who, when, why',
    description:
      'Oldest first; each change is a QuotaLimitChanged event of stream quota-<campaignId> (hash-chained like ' +
      'nominations). Same access as changing the bucket.',
  })
  @ApiResponse({
    status: 200,
    content: {
      'application/json': {
        example: [
          {
            version: 1,
            at: '2026-11-23T02:10:00.000Z',
            bucketKey: 'BK_CD|unit:ldld-cao-bang|theme:GVN-DVN-2026',
            previousLimit: 4,
            limit: 6,
            reason: 'Bổ sung chỉ tiêu theo Công văn 123/TLĐ.',
            by: { userId: '…', name: 'Lê Minh Tuấn', username: 'sysadmin' },
          },
        ],
      },
    },
  })
  history(
    @CurrentUser() user: Principal,
    @ZodParam('id', CampaignIdParam) id: string,
    @ZodParam('bucketKey', BucketKeyParam) bucketKey: string,
  ): Promise<QuotaChange[]> {
    return this.quotas.history(user, id, bucketKey);
  }
}
