import { Module } from '@nestjs/common';
import { ViewsController } from './views.controller';
import { ViewsService } from './views.service';

/** Saved views (bộ lọc đã lưu) of the inbox and the stuck desk. */
@Module({ controllers: [ViewsController], providers: [ViewsService] })
export class ViewsModule {}
