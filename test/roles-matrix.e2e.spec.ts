import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, ModulesContainer, MetadataScanner } from '@nestjs/core';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import { readIdempotencyKey } from '../apps/api/src/nominations/idempotency';
import { createApiTestContext, type ApiTestContext } from '../apps/api/src/testing/api-test-context';
import { ACCESS, CALLERS, IDEMPOTENCY_EXEMPT, type Caller } from './support/roles-matrix';

/**
 * The whole matrix of role × endpoint: every route the app serves must be listed in `ACCESS`
 * (a new endpoint without a declared policy fails here), and every caller gets the guard's answer
 * the policy says — 401 for anonymous callers, 403 `AUTH.FORBIDDEN` for roles not listed, and
 * never either for the roles listed. Resource checks (whose nomination, which unit) happen after the
 * guard and are covered by each feature's own tests.
 */
describe('role × endpoint matrix', () => {
  let ctx: ApiTestContext;
  const tokens = new Map<Caller, string>();

  beforeAll(async () => {
    ctx = await createApiTestContext();
    for (const caller of CALLERS) if (caller.username) tokens.set(caller, await ctx.tokenFor(caller.username));
  }, 60_000);
  afterAll(() => ctx?.close());

  /** Every route as "METHOD /path" with its handler, from Nest's own metadata. */
  function discoverRoutes(): Map<string, { target: object; method: string }> {
    const discovery = new DiscoveryService(ctx.app.get(ModulesContainer));
    const scanner = new MetadataScanner();
    const routes = new Map<string, { target: object; method: string }>();
    for (const wrapper of discovery.getControllers()) {
      const { instance, metatype } = wrapper;
      if (!instance || !metatype) continue;
      const base = String(Reflect.getMetadata(PATH_METADATA, metatype) ?? '');
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const name of scanner.getAllMethodNames(prototype)) {
        const handler = (prototype as Record<string, unknown>)[name] as object;
        const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
        const verb = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (path === undefined || verb === undefined) continue;
        const full = ['api', base, path]
          .map((p) => p.replace(/^\/+|\/+$/g, ''))
          .filter(Boolean)
          .join('/');
        routes.set(`${RequestMethod[verb]} /${full}`, { target: metatype, method: name });
      }
    }
    return routes;
  }

  it('declares an access policy for every route the app serves, and no policy for a route that is gone', () => {
    const served = [...discoverRoutes().keys()].filter((r) => !r.includes('/api/docs'));
    expect(served.filter((r) => !(r in ACCESS)).sort()).toEqual([]);
    expect(Object.keys(ACCESS).filter((r) => !served.includes(r))).toEqual([]);
  });

  it('documents every served route in the OpenAPI document', async () => {
    const doc = (await ctx.http.get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([path, ops]) =>
        Object.keys(ops).map((verb) => `${verb.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
      ),
    );
    expect(Object.keys(ACCESS).filter((route) => !documented.has(route))).toEqual([]);
  });

  it('requires an Idempotency-Key on every state-changing POST and PATCH (exemptions say why)', () => {
    const missing: string[] = [];
    for (const [route, { target, method }] of discoverRoutes()) {
      if (!/^(POST|PATCH) /.test(route) || route in IDEMPOTENCY_EXEMPT) continue;
      const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, target, method) ?? {}) as Record<
        string,
        { factory?: unknown }
      >;
      if (!Object.values(args).some((a) => a.factory === readIdempotencyKey)) missing.push(route);
    }
    expect(missing).toEqual([]);
  });

  const cases = Object.entries(ACCESS).flatMap(([route, policy]) =>
    CALLERS.map((caller) => ({ route, policy, caller })),
  );

  it.each(cases.map((c) => [c.route, c.caller.label, c] as const))('%s as %s', async (_route, _label, c) => {
    const [verb, template] = c.route.split(' ') as [string, string];
    // Placeholders that exist nowhere: a caller past the guard gets a 4xx from the resource, not 401/403.
    const path = template.replace(/:([A-Za-z]+)/g, (_m, name: string) => samplePathValue(name));
    // Logging out ends the session of the token it carries: that call gets a session of its own.
    const token =
      c.route === 'POST /api/auth/logout' && c.caller.username
        ? await ctx.tokenFor(c.caller.username)
        : tokens.get(c.caller);
    const req = ctx.http[verb.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](path)
      .set('Idempotency-Key', `matrix-${Math.random().toString(36).slice(2, 12)}`)
      .send(verb === 'GET' || verb === 'DELETE' ? undefined : {});
    if (token) req.set('Authorization', `Bearer ${token}`);
    const res = await req;
    const code = (res.body as { code?: string } | undefined)?.code;
    const guardSaid = res.status === 401 ? 'unauthenticated' : code === 'AUTH.FORBIDDEN' ? 'forbidden' : 'passed';
    const expected =
      c.policy === 'public'
        ? 'passed'
        : !token
          ? 'unauthenticated'
          : c.policy === 'signed-in' || c.policy.some((role) => c.caller.roles.includes(role))
            ? 'passed'
            : 'forbidden';
    expect({ route: c.route, caller: c.caller.label, guard: guardSaid }).toEqual({
      route: c.route,
      caller: c.caller.label,
      guard: expected,
    });
    // Nothing a caller sends may break the server; health alone answers 503 (Temporal is unreachable here).
    if (c.route !== 'GET /api/health') expect(res.status).toBeLessThan(500);
  });
});

function samplePathValue(name: string): string {
  if (name === 'date') return '2026-12-31';
  if (name === 'unitId') return 'unit-that-does-not-exist';
  if (name === 'bucketKey') return 'no-bucket';
  return '00000000-0000-4000-8000-000000000000';
}
