import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { demoUnitIds, sampleDossier } from '@vinhdanh/domain';
import { demoCampaignIds } from '@vinhdanh/seed';
import { ACCESS, CALLERS, type Policy } from '../support/roles-matrix';
import { startE2eSystem, type E2eSystem } from '../support/e2e-system';

// Hostile input against every write route of the OpenAPI document, as a caller the route's guard
// lets through: no answer may be a 5xx or never come, and a refused request may write nothing (no
// event caused by a person, no row in any table outside the read models).

type JsonSchema = {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minimum?: number;
  minItems?: number;
  example?: unknown;
  examples?: unknown[];
  nullable?: boolean;
  pattern?: string;
  minLength?: number;
};

interface Operation {
  requestBody?: { content?: Record<string, { schema?: JsonSchema; example?: unknown; examples?: unknown }> };
}

/** A small deterministic generator (mulberry32): the same seed gives the same requests every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A plausible value for a schema: the example when there is one, else the first of each choice. */
function sample(schema: JsonSchema | undefined, depth = 0): unknown {
  if (!schema || depth > 8) return 'giá trị';
  if (schema.example !== undefined) return schema.example;
  if (schema.examples?.length) return schema.examples[0];
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  const choice = schema.anyOf ?? schema.oneOf;
  if (choice?.length) return sample(choice.find((c) => c.type !== 'null') ?? choice[0], depth + 1);
  if (schema.allOf?.length) return Object.assign({}, ...schema.allOf.map((s) => sample(s, depth + 1)));
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type ?? (schema.properties ? 'object' : undefined)) {
    case 'object':
      return Object.fromEntries(
        Object.entries(schema.properties ?? {})
          .filter(([k]) => schema.required?.includes(k))
          .map(([k, s]) => [k, sample(s, depth + 1)]),
      );
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => sample(schema.items, depth + 1));
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    case 'string':
      if (schema.format === 'uuid') return randomUUID();
      if (schema.format === 'date') return '2026-09-02';
      if (schema.format === 'date-time') return '2026-09-02T02:00:00Z';
      if (schema.format === 'email') return 'a@example.vn';
      return 'Văn bản thử';
    default:
      return 'giá trị';
  }
}

/** The request body's schema and a plausible body, from the operation's JSON content. */
function bodyOf(op: Operation): { schema?: JsonSchema; base: unknown } {
  const content = op.requestBody?.content ?? {};
  const json = content['application/json'] ?? Object.values(content)[0];
  const examples = json?.examples as Record<string, { value?: unknown }> | undefined;
  const example = json?.example ?? (examples ? Object.values(examples)[0]?.value : undefined);
  const base = example !== undefined && typeof example === 'object' ? example : sample(json?.schema);
  return { schema: json?.schema, base: base ?? {} };
}

/** A body variant: raw text with its content type, or a JSON value. */
type Variant = { name: string; raw?: string | Buffer; contentType?: string; json?: unknown };

function wrongTypeOf(value: unknown): unknown {
  if (typeof value === 'string') return 12345;
  if (typeof value === 'number') return 'không phải số';
  if (typeof value === 'boolean') return 'có';
  if (Array.isArray(value)) return { not: 'a list' };
  if (value && typeof value === 'object') return ['not', 'an', 'object'];
  return { unexpected: true };
}

/** Every top-level and nested string leaf's path in a value, at most `limit`. */
function stringPaths(value: unknown, limit = 6): string[][] {
  const out: string[][] = [];
  const walk = (v: unknown, path: string[]) => {
    if (out.length >= limit) return;
    if (typeof v === 'string') out.push(path);
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, String(i)]));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(value, []);
  return out;
}

function setAt(value: unknown, path: string[], leaf: unknown): unknown {
  if (path.length === 0) return leaf;
  const copy = structuredClone(value) as Record<string, unknown>;
  let cur: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) cur = cur[key] as Record<string, unknown>;
  cur[path[path.length - 1] as string] = leaf;
  return copy;
}

/** The hostile variants of one route's body, deterministic for a seed. */
function variantsOf(base: unknown, random: () => number): Variant[] {
  const variants: Variant[] = [
    { name: 'malformed JSON', raw: '{"a": [1, 2', contentType: 'application/json' },
    { name: 'wrong content type', raw: 'decision=approve&reason=x', contentType: 'application/x-www-form-urlencoded' },
    { name: 'text body', raw: JSON.stringify(base), contentType: 'text/plain' },
    { name: 'JSON null', raw: 'null', contentType: 'application/json' },
    { name: 'JSON string', raw: '"chuỗi"', contentType: 'application/json' },
    { name: 'empty object', json: {} },
    { name: 'array instead of object', json: [base] },
    { name: 'deep nesting', raw: `{"a":${'['.repeat(5000)}${']'.repeat(5000)}}`, contentType: 'application/json' },
    { name: 'deep objects', raw: `${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}`, contentType: 'application/json' },
    {
      name: 'invalid UTF-8',
      raw: Buffer.concat([Buffer.from('{"reason": "Nguy'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('n"}')]),
      contentType: 'application/json',
    },
    { name: 'extra field', json: base && typeof base === 'object' ? { ...base, __proto_x: { $gt: '' } } : base },
    {
      name: 'prototype key',
      raw: '{"__proto__": {"isAdmin": true}, "constructor": 1}',
      contentType: 'application/json',
    },
    { name: 'huge number', json: base && typeof base === 'object' ? { ...base, n: 1e308 * 10 } : base },
  ];
  if (base && typeof base === 'object' && !Array.isArray(base)) {
    for (const key of Object.keys(base)) {
      const { [key]: _dropped, ...rest } = base as Record<string, unknown>;
      variants.push({ name: `missing ${key}`, json: rest });
      variants.push({
        name: `wrong type ${key}`,
        json: { ...base, [key]: wrongTypeOf((base as Record<string, unknown>)[key]) },
      });
    }
  }
  for (const path of stringPaths(base)) {
    const at = path.join('.');
    const cut = Math.floor(random() * 5);
    variants.push({ name: `NUL in ${at}`, json: setAt(base, path, `Văn bản${'x'.repeat(cut)}\u0000`) });
    // A lone surrogate can only travel as a JSON escape.
    const marker = `LONE-${cut}`;
    const text = JSON.stringify(setAt(base, path, marker)).replace(marker, 'a\\ud800b');
    variants.push({ name: `lone surrogate in ${at}`, raw: text, contentType: 'application/json' });
    variants.push({ name: `non-character in ${at}`, json: setAt(base, path, 'Văn\uffffbản') });
    variants.push({ name: `huge string in ${at}`, json: setAt(base, path, 'Ấ'.repeat(150_000)) });
  }
  return variants;
}

/** A caller the route's guard lets through (the most capable one for `signed-in` routes). */
function callerFor(route: string, policy: Policy): string | undefined {
  if (policy === 'public') return undefined;
  if (route === 'POST /api/nominations') return 'bvdp.nominator';
  if (route.startsWith('POST /api/nominations/:id/')) return 'bvdp.chair';
  if (policy === 'signed-in') return 'sysadmin';
  const caller =
    CALLERS.find((c) => c.roles.includes('system_admin') && policy.includes('system_admin')) ??
    CALLERS.find((c) => c.roles.some((r) => policy.includes(r)));
  return caller?.username;
}

// Tables a refused request may still change, by design: failed logins are counted to throttle them.
// Read models are left out: they change only by projecting events, and the events are compared —
// except the workflows' own (deadline timers, actor `system:…`), which run in the background.
const NOT_COMPARED = new Set([
  'login_throttle',
  'nominations',
  'inbox_tasks',
  'inbox_counts',
  'notifications',
  'stream_summaries',
  'projection_checkpoints',
]);

describe('fuzz: every write endpoint refuses hostile input without a 5xx or a write', () => {
  let sys: E2eSystem;
  let nominationId: string;
  let tables: string[];

  beforeAll(async () => {
    sys = await startE2eSystem();
    const dossier = sampleDossier();
    const res = await sys.post('bvdp.nominator', '/api/nominations', {
      nominatingUnitId: demoUnitIds.cdcsBvdkDanPhuong,
      awardCode: 'BK_TLD',
      campaignId: demoCampaignIds.annual2026,
      dossier: { ...dossier, nominee: { ...dossier.nominee, personKey: `P-${randomUUID()}` } },
    });
    nominationId = await sys.projected(res);
    const { rows } = await sql<{ name: string }>`
      select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`.execute(sys.database.db);
    tables = rows.map((r) => r.name).filter((t) => !NOT_COMPARED.has(t) && !t.startsWith('kysely_'));
  }, 120_000);
  afterAll(() => sys?.close());

  /** The last event a person caused and every compared table's row count. */
  async function snapshot(): Promise<string> {
    const counts = tables
      .filter((t) => t !== 'events')
      .map((t) => `select '${t}' as t, count(*)::text as n from "${t}"`)
      .join(' union all ');
    const { rows } = await sql<{ t: string; n: string }>`${sql.raw(counts)}`.execute(sys.database.db);
    const head = await sql<{ h: string | null }>`
      select max(global_position)::text as h from events where metadata ->> 'actor' not like 'system:%'`.execute(
      sys.database.db,
    );
    return JSON.stringify({ head: head.rows[0]?.h ?? null, counts: rows.map((r) => `${r.t}=${r.n}`) });
  }

  /** Waits until every projection has applied every event (so background writes do not look like ours). */
  async function settled(): Promise<void> {
    for (let i = 0; i < 100; i++) {
      const { rows } = await sql<{ behind: number }>`
        select count(*)::int as behind from projection_checkpoints
        where global_position < (select coalesce(max(global_position), 0) from events)`.execute(sys.database.db);
      if ((rows[0]?.behind ?? 0) === 0) return;
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  it('answers every variant below 500, and a refused one writes nothing', async () => {
    const doc = (await sys.http.get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, Operation>>;
    };
    const random = rng(20261207);
    const failures: string[] = [];
    let requests = 0;
    const routes: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        if (!['post', 'patch', 'put', 'delete'].includes(method)) continue;
        const routePath = path.replace(/\{(\w+)\}/g, ':$1');
        const route = `${method.toUpperCase()} ${routePath}`;
        const policy = ACCESS[route];
        if (!policy) {
          failures.push(`${route}: not in the roles matrix`);
          continue;
        }
        routes.push(route);
        const url = path.replace(/\{(\w+)\}/g, (_m, name: string) => {
          if (name === 'id' && path.startsWith('/api/nominations/')) return nominationId;
          if (name === 'id' && path.includes('/units/')) return demoUnitIds.cdcsBvdkDanPhuong;
          if (name === 'unitId') return demoUnitIds.cdcsBvdkDanPhuong;
          if (name === 'date') return '2026-09-02';
          if (name === 'bucketKey') return encodeURIComponent('BK_TLD|national|x');
          return randomUUID();
        });
        const username = callerFor(route, policy);
        const auth = username ? await sys.as(username) : {};
        const { base } = bodyOf(op);
        for (const variant of variantsOf(base, random)) {
          await settled();
          const before = await snapshot();
          let req = sys.http[method as 'post' | 'patch' | 'put' | 'delete'](url)
            .set(auth)
            .set('Idempotency-Key', `fuzz-${randomUUID()}`);
          if (variant.raw !== undefined) {
            req = req.set('Content-Type', variant.contentType ?? 'application/json');
            if (Buffer.isBuffer(variant.raw)) req = req.serialize((b: Buffer) => b as unknown as string);
            req = req.send(variant.raw);
          } else {
            req = req.send(variant.json as object);
          }
          // A request that never answers (an Update wedged behind a retrying append) is a finding too.
          const res = await req.timeout(20_000).catch((err: Error) => {
            failures.push(`${route} [${variant.name}] → no answer: ${err.message}`);
            return null;
          });
          if (!res) continue;
          requests++;
          if (process.env.FUZZ_DEBUG) console.log(`${route} [${variant.name}] → ${res.status} ${res.body?.code ?? ''}`);
          const label = `${route} [${variant.name}] → ${res.status}`;
          if (res.status >= 500) failures.push(`${label} ${String(res.body?.code ?? res.text).slice(0, 200)}`);
          if (res.status >= 400) {
            const after = await snapshot();
            if (after !== before) failures.push(`${label} wrote: ${before} → ${after}`);
          }
        }
      }
    }
    expect(routes.length).toBeGreaterThan(40);
    expect(requests).toBeGreaterThan(1000);
    expect(failures).toEqual([]);
  }, 600_000);
});
