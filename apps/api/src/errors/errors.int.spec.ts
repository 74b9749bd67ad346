import { Body, Controller, Get, Module, Post } from '@nestjs/common';
import { z } from 'zod';
import { Public } from '../auth/auth.decorators';
import { createApiTestContext, type ApiTestContext } from '../testing/api-test-context';
import { ZodBody, ZodParam } from '../validation/zod.pipe';
import { ApiError } from './api-error';

const Probe = z.strictObject({
  nominee: z.strictObject({ fullName: z.string().min(1), gender: z.enum(['male', 'female']) }),
  initiatives: z.array(z.object({ valueVnd: z.number().int().min(0) })).max(3),
});
type Probe = z.infer<typeof Probe>;

class NominationAlreadyDecided extends Error {
  readonly code = 'NOMINATION.ALREADY_DECIDED';
  readonly messageVi = 'Nhiệm vụ đã được xử lý bởi Nông Văn Đức.';
  readonly messageEn = 'Task already decided by Nông Văn Đức.';
  readonly details = { decidedBy: 'cb.chair' };
}

@Public()
@Controller('test-errors')
class ErrorProbeController {
  @Post('probe')
  probe(@ZodBody(Probe) body: Probe): Probe {
    return body;
  }

  @Get('items/:id')
  item(@ZodParam('id', z.uuid()) id: string): { id: string } {
    return { id };
  }

  @Post('raw')
  raw(@Body() body: unknown): unknown {
    return body;
  }

  @Get('bug')
  bug(): never {
    throw new Error('connection string postgres://secret@db leaked');
  }

  @Get('decided')
  decided(): never {
    throw new NominationAlreadyDecided();
  }

  @Get('refused')
  refused(): never {
    throw new ApiError('NOMINATION.NOT_ELIGIBLE', 'Chưa đủ điều kiện.', 'Not eligible.');
  }

  @Get('missing')
  missing(): never {
    throw new ApiError('NOMINATION.NOT_FOUND', 'Không tìm thấy.', 'Not found.');
  }

  @Get('unmapped')
  unmapped(): never {
    throw new ApiError('SOMETHING.UNMAPPED_CODE', 'x', 'x');
  }
}

@Module({ controllers: [ErrorProbeController] })
class ErrorProbeModule {}

describe('problem+json errors', () => {
  let t: ApiTestContext;
  beforeAll(async () => {
    t = await createApiTestContext({ seed: false, imports: [ErrorProbeModule], jsonLimit: '2kb' });
  });
  afterAll(() => t.close());

  it('answers malformed JSON with 400 REQUEST.MALFORMED_JSON', async () => {
    const res = await t.http
      .post('/api/test-errors/raw')
      .set('Content-Type', 'application/json')
      .send('{"username": "a",')
      .expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      status: 400,
      code: 'REQUEST.MALFORMED_JSON',
      type: 'urn:vinhdanh:problem:REQUEST.MALFORMED_JSON',
    });
    const login = await t.http
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send('not json')
      .expect(400);
    expect(login.body.code).toBe('REQUEST.MALFORMED_JSON');
  });

  it('answers a body over the limit with 413', async () => {
    const res = await t.http
      .post('/api/test-errors/raw')
      .send({ blob: 'x'.repeat(4000) })
      .expect(413);
    expect(res.body.code).toBe('REQUEST.TOO_LARGE');
  });

  it('names every field and rule a zod schema refuses, Vietnamese first', async () => {
    const res = await t.http
      .post('/api/test-errors/probe')
      .send({ nominee: { gender: 'other' }, initiatives: [{ valueVnd: -5 }], extra: 1 })
      .expect(400);
    expect(res.body).toMatchObject({ status: 400, code: 'REQUEST.VALIDATION_FAILED', title: 'Yêu cầu không hợp lệ' });
    const byField = Object.fromEntries(res.body.errors.map((e: { field: string }) => [e.field, e]));
    expect(byField['nominee.fullName']).toMatchObject({
      in: 'body',
      rule: 'required',
      message: 'Trường này là bắt buộc.',
    });
    expect(byField['nominee.gender']).toMatchObject({ rule: 'enum' });
    expect(byField['nominee.gender'].message).toContain('"female"');
    expect(byField['initiatives[0].valueVnd']).toMatchObject({ rule: 'min' });
    expect(byField['extra']).toMatchObject({ rule: 'unknown_key' });
    expect(typeof byField['extra'].message_en).toBe('string');
  });

  it('validates path parameters and the login body the same way', async () => {
    const param = await t.http.get('/api/test-errors/items/not-a-uuid').expect(400);
    expect(param.body.errors).toEqual([expect.objectContaining({ field: 'id', in: 'path', rule: 'format:uuid' })]);
    const login = await t.http.post('/api/auth/login').send({ username: 'a' }).expect(400);
    expect(login.body.errors).toEqual([expect.objectContaining({ field: 'password', rule: 'required' })]);
  });

  it('refuses NUL, lone surrogates and non-characters anywhere in the input with a 400 naming the field', async () => {
    const nul = await t.http
      .post('/api/test-errors/probe')
      .send({ nominee: { fullName: 'Nguyễn\u0000An', gender: 'male' }, initiatives: [] })
      .expect(400);
    expect(nul.body.errors).toEqual([
      expect.objectContaining({ field: 'nominee.fullName', in: 'body', rule: 'text:unsafe_char' }),
    ]);
    expect(nul.body.errors[0].message).toContain('NUL');
    // A lone surrogate can only arrive as a JSON escape: JSON.stringify would pass it through as one.
    const surrogate = await t.http
      .post('/api/test-errors/raw')
      .set('Content-Type', 'application/json')
      .send('{"note": {"deeper": ["ok", "a\\ud800b"]}}')
      .expect(400);
    expect(surrogate.body.errors).toEqual([
      expect.objectContaining({ field: 'note.deeper[1]', rule: 'text:unsafe_char' }),
    ]);
    const key = await t.http
      .post('/api/test-errors/raw')
      .send({ ['x\uffff']: 1 })
      .expect(400);
    expect(key.body.errors[0]).toMatchObject({ field: 'x\uffff', rule: 'text:unsafe_char' });
    const query = await t.http.get('/api/test-errors/decided?q=a%00b').expect(400);
    expect(query.body.errors).toEqual([expect.objectContaining({ field: 'q', in: 'query', rule: 'text:unsafe_char' })]);
    const param = await t.http.get('/api/test-errors/items/%EF%BF%BE').expect(400);
    expect(param.body.errors).toEqual([expect.objectContaining({ field: 'id', in: 'path', rule: 'text:unsafe_char' })]);
  });

  it('refuses a body that is not valid UTF-8 instead of turning it into U+FFFD', async () => {
    const bytes = Buffer.concat([Buffer.from('{"note": "Nguy'), Buffer.from([0xc3, 0x28]), Buffer.from('n"}')]);
    const res = await t.http
      .post('/api/test-errors/raw')
      .set('Content-Type', 'application/json; charset=utf-8')
      // Sent as the bytes themselves (superagent would otherwise JSON-encode the Buffer object).
      .serialize((b: Buffer) => b as unknown as string)
      .send(bytes)
      .expect(400);
    expect(res.body.code).toBe('REQUEST.INVALID_UTF8');
  });

  it('refuses absurdly deep nesting with a 400', async () => {
    const res = await t.http
      .post('/api/test-errors/raw')
      .set('Content-Type', 'application/json')
      .send(`{"a":${'['.repeat(100)}${']'.repeat(100)}}`)
      .expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ rule: 'max_depth' })]);
  });

  it('lists at most 20 field errors, each echoed value cut short, and says how many there were', async () => {
    const res = await t.http
      .post('/api/test-errors/probe')
      .send({
        nominee: { fullName: 'An', gender: 'male' },
        initiatives: [],
        ...Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`k${i}`, 1])),
        ['k'.repeat(600)]: 1,
      })
      .expect(400);
    expect(res.body.errors).toHaveLength(20);
    expect(res.body.errors_total).toBe(61);
    for (const e of res.body.errors) {
      for (const text of [e.field, e.message, e.message_en]) expect(text.length).toBeLessThanOrEqual(200);
    }
  });

  it('maps stable codes to statuses and carries the details', async () => {
    const decided = await t.http.get('/api/test-errors/decided').expect(409);
    expect(decided.body).toMatchObject({
      code: 'NOMINATION.ALREADY_DECIDED',
      decidedBy: 'cb.chair',
      detail: 'Nhiệm vụ đã được xử lý bởi Nông Văn Đức.',
    });
    expect((await t.http.get('/api/test-errors/refused').expect(422)).body.code).toBe('NOMINATION.NOT_ELIGIBLE');
    expect((await t.http.get('/api/test-errors/missing').expect(404)).body.code).toBe('NOMINATION.NOT_FOUND');
    expect((await t.http.get('/api/no-such-route').expect(404)).body.code).toBe('REQUEST.ROUTE_NOT_FOUND');
  });

  it('hides internals of unexpected errors behind a 500 with a trace id', async () => {
    const res = await t.http.get('/api/test-errors/bug').expect(500);
    expect(res.body).toMatchObject({ status: 500, code: 'INTERNAL' });
    expect(res.body.trace_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.stringify(res.body)).not.toContain('secret');
    expect((await t.http.get('/api/test-errors/unmapped').expect(500)).body.code).toBe('INTERNAL');
  });
});

describe('an unauthenticated login body of 1 MB', () => {
  let t: ApiTestContext;
  beforeAll(async () => {
    t = await createApiTestContext({ seed: false });
  });
  afterAll(() => t.close());

  it('gets an answer of a few kilobytes, not megabytes', async () => {
    const body: Record<string, string> = { username: 'a', password: 'b' };
    for (let i = 0; i < 15_000; i++) body[`k${i}`.padEnd(60, 'x')] = '';
    expect(JSON.stringify(body).length).toBeGreaterThan(990_000);
    const res = await t.http.post('/api/auth/login').send(body).expect(400);
    expect(res.text.length).toBeLessThan(16_384);
    expect(res.body.errors).toHaveLength(20);
    expect(res.body.errors_total).toBeGreaterThan(10_000);
  });
});
