import { Module } from '@nestjs/common';
import { UnitsService } from '../admin/units.service';
import { ReorganisationModule } from '../reorganisation/reorganisation.module';
import { OrgImportController } from './org-import.controller';
import { OrgImportService } from './org-import.service';

/** Nhập cơ cấu tổ chức từ Excel, through the unit administration commands. */
@Module({
  imports: [ReorganisationModule],
  controllers: [OrgImportController],
  // The unit commands' service (stateless), provided here so the admin module stays as it is.
  providers: [OrgImportService, UnitsService],
})
export class OrgImportModule {}
