import { Global, Module } from '@nestjs/common';
import { ActingGuard } from './acting.guard';

/**
 * The checks every task command shares (conflicts, holder, delegation). Global, because
 * CommandsService needs it wherever a module provides its own copy (the bulk decisions do).
 */
@Global()
@Module({ providers: [ActingGuard], exports: [ActingGuard] })
export class ActingModule {}
