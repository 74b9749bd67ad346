import { Module } from '@nestjs/common';
import { ProjectorModule } from '../projector/projector.module';
import { CommandsService } from './commands.service';
import { InboxController } from './inbox.controller';
import { NominationsController } from './nominations.controller';
import { RevocationService } from './revocation.service';
import { StepsController } from './steps.controller';
import { StepsService } from './steps.service';
import { SubmissionService } from './submission.service';
import { WorkflowUpdates } from './workflow-updates';

/** Nominations: submit, list, read, the procedure steps, holds, deadlines, revocation, and the inbox; runs the projector. */
@Module({
  imports: [ProjectorModule],
  controllers: [NominationsController, StepsController, InboxController],
  providers: [SubmissionService, CommandsService, StepsService, RevocationService, WorkflowUpdates],
})
export class NominationsModule {}
