import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { AwardCode } from '@vinhdanh/domain';
import { CurrentUser } from '../auth/auth.decorators';
import { assertMay } from '../auth/policy';
import type { Principal } from '../auth/principal';
import { ZodQuery } from '../validation/zod.pipe';
import { QuotaUsageService, type QuotaUsageView } from './quota-usage.service';

/** Query of `GET /api/quotas/usage`. */
export const QuotaUsageQuery = z.strictObject({
  campaignId: z.uuid({ error: 'campaignId must be a campaign id (UUID)' }),
  unitId: z.string({ error: 'unitId is required' }).trim().min(1, { error: 'unitId is required' }).max(128),
  awardCode: AwardCode,
});
/** Query of `GET /api/quotas/usage`. */
export type QuotaUsageQuery = z.infer<typeof QuotaUsageQuery>;

/** Roles at the unit that see its quota gauge: those who decide there, and its administrator. */

/** Chỉ tiêu: how many slots of an award's quota are used, for the approvers of the unit it is counted at. */
@ApiTags('quotas')
@ApiBearerAuth()
@Controller('quotas')
export class QuotaUsageController {
  constructor(private readonly quotas: QuotaUsageService) {}

  @Get('usage')
  @ApiOperation({
    summary: 'Chỉ tiêu đã dùng — slots used of an award’s quota at a unit (reviewer, chair or unit admin there)',
    description:
      'The unit-scope counters counted at this unit’s level, and the national caps, with the limit in force ' +
      '(override, counter, rule set). Empty buckets when the award has no quota. Auditors and system admins: any unit.',
  })
  @ApiResponse({
    status: 200,
    content: {
      'application/json': {
        example: {
          campaignId: '7d1f2c4e-0000-4000-8000-000000000002',
          unitId: 'ldld-cao-bang',
          awardCode: 'BK_CD',
          buckets: [
            {
              bucketKey: 'BK_CD|unit:ldld-cao-bang|theme:GVN-DVN-2026',
              scope: 'unit',
              unitId: 'ldld-cao-bang',
              periodKey: 'theme:GVN-DVN-2026',
              limit: 4,
              used: 3,
              remaining: 1,
              labelVi: 'BK_CD của đơn vị ldld-cao-bang (theme:GVN-DVN-2026)',
              labelEn: 'BK_CD for unit ldld-cao-bang (theme:GVN-DVN-2026)',
            },
          ],
        },
      },
    },
  })
  usage(@CurrentUser() user: Principal, @ZodQuery(QuotaUsageQuery) query: QuotaUsageQuery): Promise<QuotaUsageView> {
    assertMay(user, 'quota.readUsage', query.unitId);
    return this.quotas.usage(query);
  }
}
