import { Module } from '@nestjs/common';
import { AdminCalendarController } from './admin-calendar.controller';
import { AdminCalendarService } from './admin-calendar.service';
import { AdminCampaignsController } from './admin-campaigns.controller';
import { CampaignsService } from './campaigns.service';
import { QuotasService } from './quotas.service';
import { AwardHistoryController } from './award-history.controller';
import { AwardHistoryService } from './award-history.service';
import { QuotaHistoryController } from './quota-history.controller';
import { QuotaAllotmentsController, QuotaAllotmentsService } from './quota-allotments.controller';
import { StuckController } from './stuck.controller';
import { StuckService } from './stuck.service';
import { ReorganisationModule } from '../reorganisation/reorganisation.module';
import { AdminUnitsController } from './units.controller';
import { UnitsService } from './units.service';
import { AdminUsersController } from './users.controller';
import { UsersService } from './users.service';

/** Administration: campaigns, quota overrides, the working-day calendar, users and roles, units. */
@Module({
  imports: [ReorganisationModule],
  controllers: [
    AdminCampaignsController,
    AdminCalendarController,
    StuckController,
    AdminUsersController,
    AdminUnitsController,
    AwardHistoryController,
    QuotaHistoryController,
    QuotaAllotmentsController,
  ],
  providers: [
    AdminCalendarService,
    CampaignsService,
    QuotasService,
    StuckService,
    UsersService,
    UnitsService,
    AwardHistoryService,
    QuotaAllotmentsService,
  ],
})
export class AdminModule {}
