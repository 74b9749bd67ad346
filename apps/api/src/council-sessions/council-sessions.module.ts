import { Module } from '@nestjs/common';
import { NominationsModule } from '../nominations/nominations.module';
import { CouncilRostersController } from './council-rosters.controller';
import { CouncilRostersService } from './council-rosters.service';
import { CouncilSessionsController } from './council-sessions.controller';
import { CouncilSessionsService } from './council-sessions.service';

/** Council sessions (phiên họp Hội đồng TĐKT): their stream, and the results sent to the nominations' vote steps. */
@Module({
  imports: [NominationsModule],
  controllers: [CouncilSessionsController, CouncilRostersController],
  providers: [CouncilSessionsService, CouncilRostersService],
  exports: [CouncilSessionsService],
})
export class CouncilSessionsModule {}
