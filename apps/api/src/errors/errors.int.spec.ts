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
