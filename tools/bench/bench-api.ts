import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { createApp } from '@vinhdanh/api';
import { loadConfig } from '@vinhdanh/config';

/** The API on a loopback port over the bench database (no Temporal), and its base URL (`…/api`). */
export async function startBenchApi(url: string): Promise<{ app: INestApplication; base: string }> {
  const config = loadConfig({
    DATABASE_URL: url,
    DATABASE_POOL_SIZE: '10',
    JWT_SECRET: 'bench-secret-0123456789abcdef',
    TEMPORAL_ADDRESS: '127.0.0.1:1',
    LOG_LEVEL: 'error',
  });
  const app = await createApp(config, { logger: false, shutdownHooks: false, openApi: false });
  await app.listen(0, '127.0.0.1');
  return { app, base: `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/api` };
}
