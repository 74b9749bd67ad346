import { Module } from '@nestjs/common';
import { StuckService } from '../admin/stuck.service';
import { ListExportsController } from './list-exports.controller';
import { ReportExportsService } from './report-exports.service';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

/** Reports and statistics (read from the statistics projection), their .xlsx/.csv downloads and the record of each. */
@Module({
  controllers: [ReportsController, ListExportsController],
  providers: [ReportsService, ReportExportsService, StuckService],
  exports: [ReportExportsService],
})
export class ReportsModule {}
