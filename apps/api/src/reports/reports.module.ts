import { Module } from '@nestjs/common';
import { StuckService } from '../admin/stuck.service';
import { CouncilSessionsModule } from '../council-sessions/council-sessions.module';
import { SubmissionBatchesModule } from '../submission-batches/submission-batches.module';
import { ListExportsController } from './list-exports.controller';
import { ReportExportsService } from './report-exports.service';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';
import { RoundAdminExportsController } from './round-admin-exports.controller';

/** Reports and statistics (read from the statistics projection), their .xlsx/.csv downloads and the record of each. */
@Module({
  imports: [SubmissionBatchesModule, CouncilSessionsModule],
  controllers: [ReportsController, ListExportsController, RoundAdminExportsController],
  providers: [ReportsService, ReportExportsService, StuckService],
  exports: [ReportExportsService],
})
export class ReportsModule {}
