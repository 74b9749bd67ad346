import { Module } from '@nestjs/common';
import { OrgController } from './org.controller';

/** Org tree and campaign read endpoints. */
@Module({ controllers: [OrgController] })
export class OrgModule {}
