import { Module } from '@nestjs/common';
import { NominationsModule } from '../nominations/nominations.module';
import { ProjectorModule } from '../projector/projector.module';
import { AwardDecisionsController } from './award-decisions.controller';
import { AwardDecisionsService } from './award-decisions.service';

/** Quyết định khen thưởng with its annex, the grants it makes, its documents and certificates. */
@Module({
  // Revocation by decision revokes each nomination through the nominations' own revocation path.
  imports: [ProjectorModule, NominationsModule],
  controllers: [AwardDecisionsController],
  providers: [AwardDecisionsService],
})
export class AwardDecisionsModule {}
