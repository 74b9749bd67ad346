import { Module } from '@nestjs/common';
import { ReorganisationController } from './reorganisation.controller';
import { ReorganisationService } from './reorganisation.service';

/** Reorganisation moves: nominations waiting at a dissolved or replaced unit move to its successor. */
@Module({
  controllers: [ReorganisationController],
  providers: [ReorganisationService],
  exports: [ReorganisationService],
})
export class ReorganisationModule {}
