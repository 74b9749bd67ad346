import { randomUUID } from 'node:crypto';
import { demoUnitIds, vietnamDateOf } from '@vinhdanh/domain';
import { EventStore } from '@vinhdanh/event-store';
import { ReorganisationService } from '../reorganisation/reorganisation.service';
import { createApiTestContext, type ApiTestContext } from '../testing/api-test-context';

const key = () => `k-${randomUUID()}`;
const today = vietnamDateOf(new Date().toISOString());

describe('admin: effective-dated units', () => {
  let t: ApiTestContext;
  let store: EventStore;
  const auth = async (username: string) => ({ Authorization: `Bearer ${await t.tokenFor(username)}` });
  const send = async (as: string, method: 'post' | 'patch', path: string, body: object) =>
    t.http[method](`/api/admin/units${path}`)
      .set(await auth(as))
      .set('Idempotency-Key', key())
      .send(body);
  const commune = (code: string, parentId: string = demoUnitIds.ldldHaNoi) => ({
    code,
    name: `Công đoàn xã ${code}`,
    kind: 'CD_XA_PHUONG',
    parentId,
    effectiveFrom: '2025-07-01',
    memberCount: 900,
    reason: 'Thành lập theo Đề án sắp xếp tổ chức.',
  });

  beforeAll(async () => {
    t = await createApiTestContext();
    store = new EventStore(t.database.pool, { notify: false });
  });
  afterAll(() => t.close());

  it('creates a unit, renames it, and re-parents a CĐCS from a date; the tree as of each day agrees', async () => {
    const created = await send('sysadmin', 'post', '', commune('HN-XDP'));
    expect(created.status).toBe(201);
    const id = created.body.unit.id as string;
    expect(created.body.unit).toMatchObject({
      level: 2,
      parents: [{ parentId: demoUnitIds.ldldHaNoi, validTo: null }],
    });
    const renamed = await send('sysadmin', 'patch', `/${id}`, {
      name: 'Công đoàn xã Đan Phượng',
      reason: 'Tên chính thức.',
    });
    expect(renamed.body.name).toBe('Công đoàn xã Đan Phượng');

    const moved = await send('sysadmin', 'post', `/${demoUnitIds.cdcsThcsTanHoi}/parent`, {
      parentId: id,
      effectiveFrom: '2026-01-01',
      reason: 'Chuyển về Công đoàn xã.',
    });
    expect(moved.status).toBe(202);
    expect(moved.body.unit.parents).toEqual([
      expect.objectContaining({ parentId: demoUnitIds.ldldDanPhuong, validTo: '2026-01-01' }),
      expect.objectContaining({ parentId: id, validFrom: '2026-01-01', validTo: null }),
    ]);
    const reorg = moved.body.reorganisation;
    expect(reorg.href).toBe(`/api/admin/reorganisations/${reorg.id}`);
    await t.app.get(ReorganisationService).settled(reorg.id);
    const progress = await t.http
      .get(reorg.href)
      .set(await auth('sysadmin'))
      .expect(200);
    expect(progress.body).toMatchObject({
      kind: 'reparent',
      status: 'completed',
      replacements: [{ fromUnitId: demoUnitIds.ldldDanPhuong, toUnitId: id }],
      counts: { pending: 0, moved: 0, failed: 0 },
    });

    const parentOn = async (asOf: string) => {
      const { body } = await t.http
        .get(`/api/units?asOf=${asOf}`)
        .set(await auth('sysadmin'))
        .expect(200);
      const find = (nodes: { id: string; children: unknown[] }[], parent: string | null): string | null | undefined => {
        for (const n of nodes) {
          if (n.id === demoUnitIds.cdcsThcsTanHoi) return parent;
          const found = find(n.children as typeof nodes, n.id);
          if (found !== undefined) return found;
        }
        return undefined;
      };
      return find(body.roots, null);
    };
    expect(await parentOn('2025-12-31')).toBe(demoUnitIds.ldldDanPhuong);
    expect(await parentOn('2026-01-01')).toBe(id);
    const types = (await store.readStream(`unit-${id}`)).map((e) => e.type);
    expect(types).toEqual(['UnitCreated', 'UnitRenamed']);
    const moves = await store.readStream(`unit-${demoUnitIds.cdcsThcsTanHoi}`);
    // A seeded unit's stream starts with what the table held, then the command's own event.
    expect(moves.map((e) => [e.type, e.data['reorganisationId'], e.metadata.reason])).toEqual([
      ['UnitRecorded', undefined, 'Chuyển về Công đoàn xã.'],
      ['UnitReparented', reorg.id, 'Chuyển về Công đoàn xã.'],
    ]);
  });

  it('refuses a cycle, a parent not above the child and a later-recorded change, naming the field', async () => {
    const cycle = await send('sysadmin', 'post', `/${demoUnitIds.ldldHaNoi}/parent`, {
      parentId: demoUnitIds.cdcsBvdkDanPhuong,
      effectiveFrom: today,
      reason: 'thử',
    });
    expect(cycle.status).toBe(422);
    expect(cycle.body).toMatchObject({ code: 'ORG.CYCLE', errors: [{ field: 'parentId' }] });
    const level = await send('sysadmin', 'post', `/${demoUnitIds.cdcsBvdkDanPhuong}/parent`, {
      parentId: demoUnitIds.cdcsThcsTanHoi,
      effectiveFrom: today,
      reason: 'thử',
    });
    expect(level.status).toBe(422);
    expect(level.body.code).toBe('ORG.PARENT_LEVEL_NOT_ABOVE');
    // Hòa An's CĐCS moved on 2025-07-01: a change dated before it would rewrite later history.
    const earlier = await send('sysadmin', 'post', `/${demoUnitIds.cdcsTieuHocHongViet}/parent`, {
      parentId: demoUnitIds.cdVienChucCaoBang,
      effectiveFrom: '2025-01-01',
      reason: 'thử',
    });
    expect(earlier.status).toBe(400);
    expect(earlier.body.errors[0].field).toBe('effectiveFrom');
    const badDate = await send('sysadmin', 'post', `/${demoUnitIds.cdcsBvdkDanPhuong}/parent`, {
      parentId: demoUnitIds.ldldDanPhuong,
      effectiveFrom: '2026-13-01',
      reason: 'thử',
    });
    expect(badDate.body.errors[0].field).toBe('effectiveFrom');
  });

  it('dissolves a district into a same-level successor: children move, role grants end, all on the record', async () => {
    const successor = await send('sysadmin', 'post', '', commune('HG-XCTA', demoUnitIds.ldldHauGiang));
    const successorId = successor.body.unit.id as string;
    const wrongLevel = await send('sysadmin', 'post', `/${demoUnitIds.ldldChauThanhA}/dissolution`, {
      effectiveFrom: today,
      successorId: demoUnitIds.ldldHauGiang,
      reason: 'thử',
    });
    expect(wrongLevel.status).toBe(400);
    expect(wrongLevel.body.errors[0]).toMatchObject({ field: 'successorId', rule: 'same-level' });
    const outside = await send('cb.admin', 'post', `/${demoUnitIds.ldldChauThanhA}/dissolution`, {
      effectiveFrom: today,
      successorId,
      reason: 'thử',
    });
    expect(outside.status).toBe(403);

    const reviewerToken = await t.tokenFor('cta.reviewer');
    const dissolved = await send('sysadmin', 'post', `/${demoUnitIds.ldldChauThanhA}/dissolution`, {
      effectiveFrom: today,
      successorId,
      reason: 'Giải thể LĐLĐ huyện Châu Thành A theo Nghị quyết 60-NQ/TW.',
    });
    expect(dissolved.status).toBe(202);
    expect(dissolved.body.unit).toMatchObject({ dissolvedOn: today });
    const { body: child } = await t.http
      .get(`/api/admin/units/${demoUnitIds.cdcsTtytChauThanhA}`)
      .set(await auth('sysadmin'))
      .expect(200);
    expect(child.parents.at(-1)).toMatchObject({ parentId: successorId, validFrom: today, validTo: null });
    const me = await t.http.get('/api/me').set('Authorization', `Bearer ${reviewerToken}`).expect(200);
    expect(me.body.roles).toEqual([]);
    await t.app.get(ReorganisationService).settled(dissolved.body.reorganisation.id);
    const { body: progress } = await t.http.get(dissolved.body.reorganisation.href).set(await auth('tld.auditor'));
    expect(progress).toMatchObject({ kind: 'dissolve', status: 'completed', unitId: demoUnitIds.ldldChauThanhA });
    const unitEvents = await store.readStream(`unit-${demoUnitIds.ldldChauThanhA}`);
    expect(unitEvents[0]).toMatchObject({ type: 'UnitRecorded', metadata: { recordedFromReadModel: true } });
    expect(unitEvents[1]).toMatchObject({ type: 'UnitDissolved', data: { successorId, effectiveFrom: today } });
    // The children moved and the roles ended on their own streams, in the same transaction.
    const childEvents = await store.readStream(`unit-${demoUnitIds.cdcsTtytChauThanhA}`);
    expect(childEvents.map((e) => e.type)).toEqual(['UnitRecorded', 'UnitReparented']);
    expect(childEvents[1]?.data).toMatchObject({ fromParentId: demoUnitIds.ldldChauThanhA, parentId: successorId });
    const again = await send('sysadmin', 'post', `/${demoUnitIds.ldldChauThanhA}/dissolution`, {
      effectiveFrom: today,
      successorId,
      reason: 'lần hai',
    });
    expect(again.status).toBe(400);
  });
});
