import { Module } from '@nestjs/common';
import { NominationsModule } from '../nominations/nominations.module';
import { SubmissionBatchesController } from './submission-batches.controller';
import { SubmissionBatchesService } from './submission-batches.service';

/** Submission batches (đề nghị of many nominees): submit, list, read with progress. */
@Module({
  imports: [NominationsModule],
  controllers: [SubmissionBatchesController],
  providers: [SubmissionBatchesService],
  exports: [SubmissionBatchesService],
})
export class SubmissionBatchesModule {}
