import { Module } from '@nestjs/common';
import { NominationsModule } from '../nominations/nominations.module';
import { CouncilSessionsController } from './council-sessions.controller';
import { CouncilSessionsService } from './council-sessions.service';

/** Council sessions (phiên họp Hội đồng TĐKT): their stream, and the results sent to the nominations' vote steps. */
@Module({
  imports: [NominationsModule],
  controllers: [CouncilSessionsController],
  providers: [CouncilSessionsService],
  exports: [CouncilSessionsService],
})
export class CouncilSessionsModule {}
