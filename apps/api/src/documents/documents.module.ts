import { Module } from '@nestjs/common';
import { DocumentTemplatesController } from './document-templates.controller';

/** Document templates offices replace (validated at upload). */
@Module({ controllers: [DocumentTemplatesController] })
export class DocumentsModule {}
