import { Module } from '@nestjs/common';
import { CommandsService } from '../nominations/commands.service';
import { WorkflowUpdates } from '../nominations/workflow-updates';
import { BulkDecisionsController } from './bulk-decisions.controller';
import { BulkDecisionsService } from './bulk-decisions.service';

/** Bulk decisions for approvers (the interventions' bulk run lives with the admin desk). */
@Module({
  controllers: [BulkDecisionsController],
  providers: [BulkDecisionsService, CommandsService, WorkflowUpdates],
  // A đề nghị's return / forward decides its nominees through the same path.
  exports: [BulkDecisionsService],
})
export class BulkModule {}
