import { Module } from '@nestjs/common';
import { WorkflowUpdates } from '../nominations/workflow-updates';
import { BulkInterventionsService } from './interventions-bulk.service';
import { InterventionsController } from './interventions.controller';
import { InterventionsService } from './interventions.service';

/** Administrators' interventions (remind, force return, cancel) and their bulk run with a dry run. */
@Module({
  controllers: [InterventionsController],
  providers: [InterventionsService, BulkInterventionsService, WorkflowUpdates],
})
export class InterventionsModule {}
