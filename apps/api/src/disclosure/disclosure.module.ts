import { Module } from '@nestjs/common';
import { NominationsModule } from '../nominations/nominations.module';
import { DisclosureController } from './disclosure.controller';
import { DisclosureService } from './disclosure.service';

/** Public disclosure (công khai): objections and answers on posted nominations. */
@Module({
  imports: [NominationsModule],
  controllers: [DisclosureController],
  providers: [DisclosureService],
})
export class DisclosureModule {}
