import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { ProjectorModule } from '../projector/projector.module';
import { ActingModule } from '../tasks/acting.module';
import { CallerActionsService } from './caller-actions';
import { CommandsService } from './commands.service';
import { IdempotencyFingerprintInterceptor } from './idempotency-fingerprint';
import { InboxController } from './inbox.controller';
import { NominationsController } from './nominations.controller';
import { RevocationService } from './revocation.service';
import { StepsController } from './steps.controller';
import { StepsService } from './steps.service';
import { SubmissionService } from './submission.service';
import { WorkflowUpdates } from './workflow-updates';

/** Nominations: submit, list, read, the procedure steps, holds, deadlines, revocation, and the inbox; runs the projector. */
@Module({
  imports: [ProjectorModule, ActingModule],
  controllers: [NominationsController, StepsController, InboxController],
  providers: [
    SubmissionService,
    CommandsService,
    StepsService,
    RevocationService,
    WorkflowUpdates,
    CallerActionsService,
    // Every command in the app (any route taking an Idempotency-Key): one key, one request.
    { provide: APP_INTERCEPTOR, useClass: IdempotencyFingerprintInterceptor },
  ],
  // The task commands (claim, release, assign, recuse) send their Updates the same way.
  exports: [WorkflowUpdates, CommandsService, SubmissionService, StepsService, RevocationService],
})
export class NominationsModule {}
