/* Command: `node -r @swc-node/register apps/api/src/main.ts` — starts the HTTP API from the environment. */
import { Logger } from '@nestjs/common';
import { loadConfig } from '@vinhdanh/config';
import { createApp } from './app';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  await app.listen(config.PORT, config.HOST);
  Logger.log(`listening on ${await app.getUrl()}/api (docs: /api/docs)`, 'vinhdanh-api');
}

main().catch((err) => {
  console.error(`[api] failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exit(1);
});
