/*
 * Writes src/api/schema.d.ts from the API's OpenAPI document, built from the Nest app itself (no
 * database or Temporal needed: the document is read from the controllers' decorators before
 * anything connects). The file is committed so `tsc` and the web build need no running API;
 * `--check` fails when it differs from what the API describes now (run in the unit tests).
 * Command: `npm run openapi -w @vinhdanh/web` (or `node -r @swc-node/register apps/web/tools/openapi-types.ts`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SwaggerModule, DocumentBuilder } from '@nestjs/swagger';
import openapiTS, { astToString } from 'openapi-typescript';
import prettier from 'prettier';
import { loadConfig } from '@vinhdanh/config';
import { createApp } from '@vinhdanh/api';

export const SCHEMA_FILE = path.resolve(__dirname, '../src/api/schema.d.ts');

const HEADER = '// Generated from the API’s OpenAPI document by apps/web/tools/openapi-types.ts: do not edit.\n';

/** The OpenAPI document of the API as the code declares it now. */
export async function apiDocument(): Promise<Record<string, unknown>> {
  const config = loadConfig({
    // Never connected to: building the document reads decorators only.
    DATABASE_URL: 'postgres://openapi@127.0.0.1:1/openapi',
    JWT_SECRET: 'openapi-document-only-0123456789',
    TEMPORAL_ADDRESS: '127.0.0.1:1',
    LOG_LEVEL: 'error',
  });
  const app = await createApp(config, { logger: false, shutdownHooks: false, openApi: false });
  try {
    return SwaggerModule.createDocument(app, new DocumentBuilder().setTitle('vinhdanh API').build()) as never;
  } finally {
    await app.close().catch(() => undefined);
  }
}

/** The TypeScript declarations of the document's paths (formatted as the repository formats files). */
export async function schemaSource(): Promise<string> {
  const ast = await openapiTS((await apiDocument()) as never);
  const source = HEADER + astToString(ast);
  const options = (await prettier.resolveConfig(SCHEMA_FILE)) ?? {};
  return prettier.format(source, { ...options, filepath: SCHEMA_FILE });
}

if (require.main === module) {
  const check = process.argv.includes('--check');
  schemaSource().then(
    (source) => {
      if (check) {
        if (readFileSync(SCHEMA_FILE, 'utf8') !== source) {
          console.error(`${SCHEMA_FILE} is out of date: run npm run openapi -w @vinhdanh/web`);
          process.exit(1);
        }
        return;
      }
      writeFileSync(SCHEMA_FILE, source);
      console.log(`[web] wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);
      process.exit(0);
    },
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
