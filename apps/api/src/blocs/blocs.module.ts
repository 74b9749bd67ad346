import { Module } from '@nestjs/common';
import { ProjectorModule } from '../projector/projector.module';
import { BlocsController } from './blocs.controller';
import { BlocsService } from './blocs.service';

/** Emulation blocs (khối, cụm thi đua): covenant, scores, suy tôn, rotation and formalism alerts. */
@Module({ imports: [ProjectorModule], controllers: [BlocsController], providers: [BlocsService] })
export class BlocsModule {}
