import { Module } from '@nestjs/common';
import { ProjectorModule } from '../projector/projector.module';
import { RuleSetsController } from './rule-sets.controller';
import { RuleSetsService } from './rule-sets.service';

/** Rule-set versions as data: draft, validate and publish through the API (system admin). */
@Module({ imports: [ProjectorModule], controllers: [RuleSetsController], providers: [RuleSetsService] })
export class RuleSetsModule {}
