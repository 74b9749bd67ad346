import { Module } from '@nestjs/common';
import { QuotaUsageController } from './quota-usage.controller';
import { QuotaUsageService } from './quota-usage.service';

/** `GET /api/quotas/usage`: the quota gauge of the inbox and the nomination page. */
@Module({ controllers: [QuotaUsageController], providers: [QuotaUsageService] })
export class QuotasReadModule {}
