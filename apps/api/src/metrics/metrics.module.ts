import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { CommandMetricsInterceptor } from './command-metrics.interceptor';
import { MetricsController } from './metrics.controller';
import { MetricsService } from './metrics.service';

/** `GET /api/metrics` (Prometheus, prom-client) and the per-process counters and histograms behind it. */
@Module({
  controllers: [MetricsController],
  providers: [MetricsService, { provide: APP_INTERCEPTOR, useClass: CommandMetricsInterceptor }],
  exports: [MetricsService],
})
export class MetricsModule {}
