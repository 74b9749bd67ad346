import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { CommandMetricsInterceptor } from './command-metrics.interceptor';
import { MetricsController } from './metrics.controller';
import { CommandCounter, MetricsService } from './metrics.service';

/** `GET /api/metrics` (Prometheus) and the per-process command counters behind it. */
@Module({
  controllers: [MetricsController],
  providers: [CommandCounter, MetricsService, { provide: APP_INTERCEPTOR, useClass: CommandMetricsInterceptor }],
  exports: [MetricsService],
})
export class MetricsModule {}
