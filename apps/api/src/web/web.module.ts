import path from 'node:path';
import { Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { builtApp } from './static-files';

/** The web app's build output in this checkout (`npm start` and the browser tests build it). */
export const BUILT_APP_ROOT = path.resolve(__dirname, '../../../web/dist');

/** Where the app was served while the old hand-written one stayed at `/`; old links redirect. */
export const FORMER_APP_MOUNT = '/moi';

/**
 * Serves the web app (React, `apps/web/dist`) at `/`, with `index.html` for client-side routes.
 * `/api` is never served from disk, so unknown API paths still get the API's problem+json 404.
 */
@Module({})
export class WebModule implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  // Nest calls module init hooks after it has registered the controllers' routes and before its
  // not-found handler, so the handler below only sees requests no API route answered.
  onModuleInit(): void {
    const express = this.adapterHost.httpAdapter.getInstance<{ use(handler: unknown): void }>();
    express.use(builtApp({ root: BUILT_APP_ROOT, excludePrefixes: ['/api'], formerMount: FORMER_APP_MOUNT }));
  }
}
