import { Module } from '@nestjs/common';
import { HealthController } from './health.controller';

/** `GET /api/health`. Add checks (projector lag, …) to the controller as they appear. */
@Module({ controllers: [HealthController] })
export class HealthModule {}
