import { sql } from 'kysely';
import { hashPassword } from './auth/password';
import { createApiTestContext, DEMO_CONTENT, type ApiTestContext } from './testing/api-test-context';
// Relative until the lead links @vinhdanh/seed with npm install.
import { defaultRuleSets, demoOrgTree } from '@vinhdanh/domain';
import { demoLogins, seedDemo } from '@vinhdanh/seed';

async function counts(t: ApiTestContext): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of ['units', 'unit_parents', 'rule_sets', 'campaigns', 'users', 'user_roles']) {
    const { rows } = await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(t.db);
    out[table] = Number(rows[0]!.n);
  }
  return out;
}

describe('app: seed, health, OpenAPI', () => {
  let t: ApiTestContext;
  beforeAll(async () => {
    // `npm start`'s seed as shipped (the specs' own content leaves out the 2026 map's units).
    t = await createApiTestContext({ content: DEMO_CONTENT });
  });
  afterAll(() => t.close());

  it('seeds idempotently: a second run leaves the same rows and the demo logins still work', async () => {
    const first = await counts(t);
    expect(first).toMatchObject({
      units: demoOrgTree.units.length,
      rule_sets: defaultRuleSets.length,
      campaigns: 2,
      users: demoLogins().length,
      user_roles: demoLogins().length,
    });
    await seedDemo(t.db, { hashPassword });
    expect(await counts(t)).toEqual(first);
    for (const login of demoLogins()
      .filter((l) => ['nominator', 'auditor', 'system_admin'].includes(l.role))
      .slice(0, 3)) {
      await t.http.post('/api/auth/login').send({ username: login.username, password: login.password }).expect(200);
    }
  });

  it('reports PostgreSQL up and an unreachable Temporal as degraded (503)', async () => {
    const res = await t.http.get('/api/health').expect(503);
    expect(res.body).toMatchObject({
      status: 'degraded',
      checks: { postgres: { status: 'up' }, temporal: { status: 'down' } },
    });
  });

  it('serves the OpenAPI document and Swagger UI', async () => {
    const doc = await t.http.get('/api/docs-json').expect(200);
    expect(doc.body.paths['/api/auth/login'].post.requestBody.content['application/json'].schema.required).toEqual([
      'username',
      'password',
    ]);
    expect(doc.body.paths).toHaveProperty('/api/units');
    const ui = await t.http.get('/api/docs/').expect(200);
    expect(ui.text).toContain('swagger-ui');
  });
});
