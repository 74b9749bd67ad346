import path from 'node:path';
import { Inject, Module, Optional, type DynamicModule, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { builtApp, staticFiles } from './static-files';

/** Injection token for the folder served at `/` (default: `apps/web/public`). */
export const WEB_ROOT = Symbol('vinhdanh.WebRoot');

/** The web UI's files in this checkout. */
export const DEFAULT_WEB_ROOT = path.resolve(__dirname, '../../../web/public');

/** The React app's build output in this checkout (`npm start` and the browser tests build it). */
export const BUILT_APP_ROOT = path.resolve(__dirname, '../../../web/dist');

/** Where the React app is served while the old app stays at `/`. */
export const BUILT_APP_MOUNT = '/moi';

/**
 * Serves the web UI (`apps/web/public`) at `/`, with `index.html` for client-side routes, and the
 * React app (`apps/web/dist`) at `/moi/`. `/api` is never served from disk, so unknown API paths
 * still get the API's problem+json 404.
 */
@Module({})
export class WebModule implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Optional() @Inject(WEB_ROOT) private readonly root: string = DEFAULT_WEB_ROOT,
  ) {}

  /** The module serving another folder (e.g. a packaged copy of `apps/web/public`). */
  static forRoot(options: { root: string }): DynamicModule {
    return { module: WebModule, providers: [{ provide: WEB_ROOT, useValue: path.resolve(options.root) }] };
  }

  // Nest calls module init hooks after it has registered the controllers' routes and before its
  // not-found handler, so the handler below only sees requests no API route answered.
  onModuleInit(): void {
    const express = this.adapterHost.httpAdapter.getInstance<{ use(handler: unknown): void }>();
    express.use(builtApp({ root: BUILT_APP_ROOT, mount: BUILT_APP_MOUNT }));
    express.use(staticFiles({ root: this.root ?? DEFAULT_WEB_ROOT, excludePrefixes: ['/api', BUILT_APP_MOUNT] }));
  }
}
