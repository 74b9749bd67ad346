import { randomUUID } from 'node:crypto';
import { demoUnitIds as u, sampleDossier } from '@vinhdanh/domain';
import { demoCampaignIds } from '@vinhdanh/seed';
import { createApiTestContext, type ApiTestContext } from '../testing/api-test-context';

// Without Temporal: the import, and the submission refusals that happen before a workflow starts.

const HEADER = 'person_key,award_code,year,theme,decision_number,issuer,source';

describe('award history import (POST /api/admin/award-history/import) and eligibility reading it', () => {
  let t: ApiTestContext;
  const auth = async (username: string) => ({ Authorization: `Bearer ${await t.tokenFor(username)}` });
  const key = () => ({ 'Idempotency-Key': `k-${randomUUID()}` });
  const importCsv = async (csv: string, username = 'sysadmin') =>
    t.http
      .post('/api/admin/award-history/import')
      .set(await auth(username))
      .set(key())
      .set('Content-Type', 'text/csv; charset=utf-8')
      .send(csv);

  beforeAll(async () => {
    t = await createApiTestContext({ clock: () => new Date('2026-06-15T03:00:00Z') });
  });
  afterAll(() => t?.close());

  it('refuses a file with bad rows with 400 naming each row and field, and imports nothing', async () => {
    const csv = [
      HEADER,
      'CD-001,BK_TINH,2025,,12/QĐ-LĐLĐ,LĐLĐ tỉnh Cao Bằng,Sổ khen thưởng 2025',
      'CD-002,huân chương,2025,,,,Sổ khen thưởng 2025',
      ',BK_TINH,19xx,,,,Sổ khen thưởng 2025',
    ].join('\n');
    const res = await importCsv(csv);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('REQUEST.INVALID_ROWS');
    const fields = res.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(['rows[2].awardCode', 'rows[3].personKey', 'rows[3].year']);
    expect(res.body.errors[0].message).toMatch(/^Dòng 2, cột awardCode/);
    expect(res.body.rowErrors[2]).toMatchObject({ row: 3, field: 'year' });
    expect(await t.db.selectFrom('award_history').selectAll().execute()).toEqual([]);

    const badHeader = await importCsv('person,award_code,year\nCD-1,GK,2024');
    expect(badHeader.status).toBe(400);
    expect(badHeader.body.errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['header.person', 'header.person_key', 'header.source']),
    );
  });

  it('imports CSV and JSON rows idempotently (upsert on person, award, year, theme); system admin only', async () => {
    const csv = [
      HEADER,
      'CD-001,BK_TINH,2025,,12/QĐ-LĐLĐ,LĐLĐ tỉnh Cao Bằng,Sổ khen thưởng 2025',
      '"CD-002",BK_TLD,2026,,"1234/QĐ-TLĐ, đợt 1",Tổng LĐLĐ Việt Nam,Sổ khen thưởng 2026',
    ].join('\r\n');
    expect((await importCsv(csv)).body).toEqual({ rows: 2, inserted: 2, updated: 0 });
    expect((await importCsv(csv)).body).toEqual({ rows: 2, inserted: 0, updated: 2 });
    const rows = await t.db.selectFrom('award_history').selectAll().orderBy('person_key').execute();
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({ person_key: 'CD-002', decision_number: '1234/QĐ-TLĐ, đợt 1', theme: '' });

    const json = await t.http
      .post('/api/admin/award-history/import')
      .set(await auth('sysadmin'))
      .set(key())
      .send({ rows: [{ personKey: 'CD-003', awardCode: 'KNC', year: 2020, source: 'Hồ sơ giấy' }] });
    expect(json.body).toEqual({ rows: 1, inserted: 1, updated: 0 });
    expect((await importCsv(csv, 'cb.admin')).status).toBe(403);
    const noKey = await t.http
      .post('/api/admin/award-history/import')
      .set(await auth('sysadmin'))
      .send({ rows: [] });
    expect(noKey.status).toBe(400);
  });

  it('an imported award refuses a duplicate nomination of the same person (identified by personKey)', async () => {
    const dossier = sampleDossier();
    const submit = async (personKey: string) =>
      t.http
        .post('/api/nominations')
        .set(await auth('bvdp.nominator'))
        .set(key())
        .send({
          nominatingUnitId: u.cdcsBvdkDanPhuong,
          awardCode: 'BK_TLD',
          campaignId: demoCampaignIds.annual2026,
          dossier: { ...dossier, nominee: { ...dossier.nominee, personKey } },
        });
    const refused = await submit('CD-002');
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('ELIGIBILITY.NOT_ELIGIBLE');
    expect(JSON.stringify(refused.body)).toContain('ELIGIBILITY.NO_DUPLICATE');
    expect(refused.body.detail).toContain('2026');
  });
});
