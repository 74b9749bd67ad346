import { Module } from '@nestjs/common';
import { ProjectorModule } from '../projector/projector.module';
import { DelegationsController } from './delegations.controller';
import { DelegationsService } from './delegations.service';

/** Delegation while on leave: create, list, revoke; the grants themselves load with the principal. */
@Module({ imports: [ProjectorModule], controllers: [DelegationsController], providers: [DelegationsService] })
export class DelegationsModule {}
