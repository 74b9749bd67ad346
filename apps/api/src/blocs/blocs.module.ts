import { Module } from '@nestjs/common';
import { NominationsModule } from '../nominations/nominations.module';
import { ProjectorModule } from '../projector/projector.module';
import { BlocsController } from './blocs.controller';
import { BlocsService } from './blocs.service';

/** Emulation blocs (khối, cụm thi đua): covenant, scores, suy tôn, rotation and formalism alerts. */
@Module({ imports: [ProjectorModule, NominationsModule], controllers: [BlocsController], providers: [BlocsService] })
export class BlocsModule {}
