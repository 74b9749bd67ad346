import { Module } from '@nestjs/common';
import { NominationsModule } from '../nominations/nominations.module';
import { ProjectorModule } from '../projector/projector.module';
import { ActingModule } from './acting.module';
import { RelativesController } from './relatives.controller';
import { RelativesService } from './relatives.service';
import { TasksController } from './tasks.controller';
import { TasksService } from './tasks.service';

/** Who holds a task (claim, release, assign), recusal and declared relatives. Exports TasksService for admin screens. */
@Module({
  imports: [ProjectorModule, NominationsModule, ActingModule],
  controllers: [TasksController, RelativesController],
  providers: [TasksService, RelativesService],
  exports: [TasksService],
})
export class TasksModule {}
