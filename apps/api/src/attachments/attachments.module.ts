import { Module } from '@nestjs/common';
import { AttachmentsController } from './attachments.controller';

/** `POST /api/attachments` (upload, stored in PostgreSQL) and `GET /api/attachments/:id` (download). */
@Module({ controllers: [AttachmentsController] })
export class AttachmentsModule {}
