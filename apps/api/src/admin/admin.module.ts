import { Module } from '@nestjs/common';
import { AdminCalendarController } from './admin-calendar.controller';
import { AdminCampaignsController } from './admin-campaigns.controller';
import { CampaignsService } from './campaigns.service';
import { QuotasService } from './quotas.service';
import { StuckController } from './stuck.controller';
import { StuckService } from './stuck.service';

/** Administration: campaigns, quota overrides and the working-day calendar. */
@Module({
  controllers: [AdminCampaignsController, AdminCalendarController, StuckController],
  providers: [CampaignsService, QuotasService, StuckService],
})
export class AdminModule {}
