import { Module } from '@nestjs/common';
import { HealthController } from './health.controller';

/** `GET /api/health` (readiness, naming what is down) and `GET /api/health/live` (liveness). */
@Module({ controllers: [HealthController] })
export class HealthModule {}
