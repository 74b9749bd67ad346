import { Module } from '@nestjs/common';
import { ProjectorModule } from '../projector/projector.module';
import { AwardDecisionsController } from './award-decisions.controller';
import { AwardDecisionsService } from './award-decisions.service';

/** Quyết định khen thưởng with its annex, the grants it makes, its documents and certificates. */
@Module({ imports: [ProjectorModule], controllers: [AwardDecisionsController], providers: [AwardDecisionsService] })
export class AwardDecisionsModule {}
