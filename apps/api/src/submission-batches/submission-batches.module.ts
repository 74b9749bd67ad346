import { Module } from '@nestjs/common';
import { BulkModule } from '../bulk/bulk.module';
import { NominationsModule } from '../nominations/nominations.module';
import { BatchImportController } from './batch-import.controller';
import { BatchImportService } from './batch-import.service';
import { SubmissionBatchesController } from './submission-batches.controller';
import { SubmissionBatchesService } from './submission-batches.service';

/** Submission batches (đề nghị of many nominees): submit (or import from .xlsx), list, read with progress. */
@Module({
  imports: [NominationsModule, BulkModule],
  // The import's routes first: `import/template` must not reach `:id`.
  controllers: [BatchImportController, SubmissionBatchesController],
  providers: [SubmissionBatchesService, BatchImportService],
  exports: [SubmissionBatchesService],
})
export class SubmissionBatchesModule {}
