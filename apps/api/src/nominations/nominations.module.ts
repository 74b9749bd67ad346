import { Module } from '@nestjs/common';
import { ProjectorModule } from '../projector/projector.module';
import { CommandsService } from './commands.service';
import { InboxController } from './inbox.controller';
import { NominationsController } from './nominations.controller';
import { SubmissionService } from './submission.service';

/** Nominations: submit, list, read, decide, resubmit, withdraw, and the inbox; runs the projector. */
@Module({
  imports: [ProjectorModule],
  controllers: [NominationsController, InboxController],
  providers: [SubmissionService, CommandsService],
})
export class NominationsModule {}
