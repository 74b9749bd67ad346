import { randomUUID } from 'node:crypto';
import { EventStore, type NewEvent } from '@vinhdanh/event-store';
import { demoCampaignIds } from '@vinhdanh/seed';
import { QUOTA_LIMIT_CHANGED } from '../admin/quotas.service';
import { createApiTestContext, type ApiTestContext } from '../testing/api-test-context';

// Events appended straight to the store, shaped as the workflow (and, for quota overrides and
// delegation, the administrators' and delegates' commands) record them: the report reads only them.
const CAMPAIGN = demoCampaignIds.annual2026; // open 2026-01-01 … 2026-12-31
const OTHER_CAMPAIGN = demoCampaignIds.gioiViecNuoc2026;
type Anomaly = {
  kind: string;
  nominationId: string | null;
  streamVersion: number;
  type: string;
  details: object;
  explanation: { vi: string; en: string };
};

const person = (id: string) => ({ actor: id, actorName: `Cán bộ ${id}`, actorUnitId: `unit-${id}` });
const ev = (type: string, occurredAt: string, data: object, metadata: Record<string, string> = {}): NewEvent => ({
  eventId: randomUUID(),
  type,
  occurredAt,
  data: data as Record<string, unknown>,
  metadata: { ruleSetVersion: '2024.1', ...metadata },
});

/** A two-level climb: level 1 due 10 June, level 2 due 1 July; who decides and when is up to the test. */
function climb(
  campaignId: string,
  first: { by: string; at: string },
  second: { by: string; at: string; extra?: object },
) {
  return [
    ev(
      'NominationSubmitted',
      '2026-06-01T02:00:00Z',
      { campaignId, nominatingUnitId: 'cdcs-a', awardCode: 'BK_TLD' },
      person('nominator'),
    ),
    ev('NominationReviewOpened', '2026-06-01T02:00:00Z', { level: 1, unitId: 'cdcs-a', taskSeq: 1 }, person('system')),
    ev(
      'NominationTaskDueSet',
      '2026-06-01T02:00:01Z',
      { taskSeq: 1, dueAt: '2026-06-10T10:00:00.000Z' },
      person('system'),
    ),
    ev(
      'NominationForwarded',
      first.at,
      { from: { level: 1, unitId: 'cdcs-a' }, to: { level: 2, unitId: 'ld-b' } },
      person(first.by),
    ),
    ev('NominationReviewOpened', first.at, { level: 2, unitId: 'ld-b', taskSeq: 2 }, person(first.by)),
    ev('NominationTaskDueSet', first.at, { taskSeq: 2, dueAt: '2026-07-01T10:00:00.000Z' }, person('system')),
    ev(
      'NominationRejected',
      second.at,
      { level: 2, unitId: 'ld-b', reason: 'Chưa đủ tiêu chuẩn.' },
      {
        ...person(second.by),
        ...(second.extra ?? {}),
      },
    ),
  ];
}

describe('GET /api/audit/anomalies', () => {
  let t: ApiTestContext;
  let store: EventStore;
  let auditor: { Authorization: string };
  const ids: Record<'flagged' | 'clean' | 'otherCampaign' | 'lateArrival', string> = {
    flagged: '',
    clean: '',
    otherCampaign: '',
    lateArrival: '',
  };
  const get = (query: string) => t.http.get(`/api/audit/anomalies?${query}`).set(auditor);

  beforeAll(async () => {
    t = await createApiTestContext();
    store = new EventStore(t.database.pool, { notify: false });
    auditor = { Authorization: `Bearer ${await t.tokenFor('tld.auditor')}` };
    const append = async (events: NewEvent[]) => {
      const id = randomUUID();
      await store.append(`nomination-${id}`, 0, events);
      return id;
    };
    // Level 1 decides two days late; the same person then rejects at level 2, on behalf of its chair.
    ids.flagged = await append(
      climb(
        CAMPAIGN,
        { by: 'hang', at: '2026-06-12T03:00:00Z' },
        {
          by: 'hang',
          at: '2026-06-20T03:00:00Z',
          extra: { onBehalfOf: 'quang', reason: 'Ủy quyền khi chủ tịch đi công tác' },
        },
      ),
    );
    ids.clean = await append(
      climb(CAMPAIGN, { by: 'hang', at: '2026-06-09T03:00:00Z' }, { by: 'nga', at: '2026-06-30T03:00:00Z' }),
    );
    ids.otherCampaign = await append(
      climb(OTHER_CAMPAIGN, { by: 'x', at: '2026-06-12T03:00:00Z' }, { by: 'x', at: '2026-06-20T03:00:00Z' }),
    );
    // Forwarded after level 2's cut-off: the workflow recorded the sender's late submission and gave
    // level 2 its working-day due time, which it then met (cut-offs blame the sender [S23][S30]).
    const sender = { from: { level: 1, unitId: 'cdcs-a' }, to: { level: 2, unitId: 'ld-b' } };
    ids.lateArrival = await append([
      ev(
        'NominationSubmitted',
        '2026-11-02T02:00:00Z',
        { campaignId: OTHER_CAMPAIGN, nominatingUnitId: 'cdcs-a', awardCode: 'BK_TINH' },
        person('nominator'),
      ),
      ev(
        'NominationReviewOpened',
        '2026-11-02T02:00:00Z',
        { level: 1, unitId: 'cdcs-a', taskSeq: 1 },
        person('nominator'),
      ),
      ev(
        'NominationTaskDueSet',
        '2026-11-02T02:00:01Z',
        { taskSeq: 1, dueAt: '2026-11-16T10:00:00.000Z' },
        person('system'),
      ),
      ev('NominationForwarded', '2026-11-13T03:00:00Z', sender, person('quang')),
      ev('NominationReviewOpened', '2026-11-13T03:00:00Z', { level: 2, unitId: 'ld-b', taskSeq: 2 }, person('quang')),
      ev(
        'NominationSubmittedAfterCutOff',
        '2026-11-13T03:00:00Z',
        {
          taskSeq: 2,
          receivedBy: sender.to,
          receivedAt: '2026-11-13T03:00:00Z',
          cutOffAt: '2026-11-10T10:00:00.000Z',
          submittedBy: sender.from,
          sender: { userId: 'quang', name: 'Cán bộ quang', unitId: 'cdcs-a' },
        },
        person('system'),
      ),
      ev(
        'NominationTaskDueSet',
        '2026-11-13T03:00:00Z',
        { taskSeq: 2, dueAt: '2026-11-27T10:00:00.000Z' },
        person('system'),
      ),
      ev(
        'NominationRejected',
        '2026-11-20T03:00:00Z',
        { level: 2, unitId: 'ld-b', reason: 'Chưa đủ tiêu chuẩn.' },
        person('nga'),
      ),
    ]);
    const quota = (at: string, campaignId: string, limit: number) =>
      ev(
        // The type the quota service writes, so the report and the writer cannot drift apart.
        QUOTA_LIMIT_CHANGED,
        at,
        { campaignId, bucketKey: 'BK_TLD|unit:ldld-ha-noi|2026', limit, previousLimit: 3 },
        {
          ...person('admin'),
          reason: 'Bổ sung chỉ tiêu',
        },
      );
    await store.append(`quota-${CAMPAIGN}`, 0, [
      quota('2025-12-31T16:59:00Z', CAMPAIGN, 4), // 23:59 on 31 Dec in Hà Nội: before the window
      quota('2026-05-01T03:00:00Z', CAMPAIGN, 5),
    ]);
    await store.append(`quota-${OTHER_CAMPAIGN}`, 0, [quota('2026-05-01T03:00:00Z', OTHER_CAMPAIGN, 6)]);
  });
  afterAll(() => t.close());

  it('finds each kind in the campaign and flags nothing in a clean nomination', async () => {
    const res = await get(`campaignId=${CAMPAIGN}`).expect(200);
    const items = res.body.items as Anomaly[];
    const summary = items.map((a) => [a.kind, a.nominationId, a.type, a.streamVersion]);
    expect(summary).toEqual(
      expect.arrayContaining([
        ['quota_change_in_round', null, QUOTA_LIMIT_CHANGED, 2],
        ['late_decision', ids.flagged, 'NominationForwarded', 4],
        ['multi_level_decider', ids.flagged, 'NominationRejected', 7],
        ['on_behalf', ids.flagged, 'NominationRejected', 7],
      ]),
    );
    expect(items).toHaveLength(4);
    expect(items.some((a) => a.nominationId === ids.clean || a.nominationId === ids.otherCampaign)).toBe(false);
    expect(res.body.scannedNominations).toBe(2);
    expect(res.body.nextCursor).toBeNull();

    const late = items.find((a) => a.kind === 'late_decision');
    expect(late).toMatchObject({
      actor: { id: 'hang', name: 'Cán bộ hang', unitId: 'unit-hang' },
      details: { taskSeq: 1, dueAt: '2026-06-10T10:00:00.000Z', hoursLate: 41 },
      explanation: {
        vi: expect.stringContaining('sau hạn xử lý'),
        en: expect.stringContaining("after task 1's due time"),
      },
    });
    expect(items.find((a) => a.kind === 'multi_level_decider')?.details).toEqual({
      level: 2,
      earlierLevel: 1,
      earlierStreamVersion: 4,
    });
    expect(items.find((a) => a.kind === 'on_behalf')?.details).toEqual({
      onBehalfOf: 'quang',
      reason: 'Ủy quyền khi chủ tịch đi công tác',
    });
    expect(items.find((a) => a.kind === 'quota_change_in_round')).toMatchObject({
      details: { bucketKey: 'BK_TLD|unit:ldld-ha-noi|2026', limit: 5, previousLimit: 3 },
      explanation: { vi: expect.stringContaining('3 → 5'), en: expect.stringContaining('while the campaign was open') },
    });
    // Read on screen: the event by its name, the award by its name, no ISO date.
    expect(late?.explanation.vi).toContain('ghi nhận Đồng ý, chuyển cấp trên lúc');
    const quotaText = items.find((a) => a.kind === 'quota_change_in_round')?.explanation.vi ?? '';
    expect(quotaText).not.toMatch(/BK_TLD|\d{4}-\d{2}-\d{2}|ldld-ha-noi/);
  });

  it('filters by kind and pages a bounded number of nominations at a time', async () => {
    const onBehalf = await get(`campaignId=${CAMPAIGN}&kind=on_behalf`).expect(200);
    expect(onBehalf.body.items.map((a: Anomaly) => [a.kind, a.nominationId])).toEqual([['on_behalf', ids.flagged]]);
    const other = await get(`campaignId=${OTHER_CAMPAIGN}&kind=multi_level_decider`).expect(200);
    expect(other.body.items.map((a: Anomaly) => a.nominationId)).toEqual([ids.otherCampaign]);

    const seen: Anomaly[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: { body: { scannedNominations: number; items: Anomaly[]; nextCursor: string | null } } = await get(
        `campaignId=${CAMPAIGN}&limit=1${cursor ? `&cursor=${cursor}` : ''}`,
      ).expect(200);
      expect(page.body.scannedNominations).toBeLessThanOrEqual(1);
      seen.push(...page.body.items);
      cursor = page.body.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(3); // two nominations, then an empty last page
    expect(seen.map((a) => a.kind).sort()).toEqual([
      'late_decision',
      'multi_level_decider',
      'on_behalf',
      'quota_change_in_round',
    ]);
  });

  it('reports a recorded late submission against the sending unit, and the receivers who met their working-day time not at all [S23][S30]', async () => {
    const res = await get(`campaignId=${OTHER_CAMPAIGN}&kind=late_submission`).expect(200);
    expect(res.body.items).toEqual([
      expect.objectContaining({
        kind: 'late_submission',
        nominationId: ids.lateArrival,
        type: 'NominationSubmittedAfterCutOff',
        actor: { id: 'quang', name: 'Cán bộ quang', unitId: 'cdcs-a' },
        details: expect.objectContaining({ submittingUnitId: 'cdcs-a', cutOffDueAt: '2026-11-10T10:00:00.000Z' }),
      }),
    ]);
    const late = await get(`campaignId=${OTHER_CAMPAIGN}&kind=late_decision`).expect(200);
    expect(late.body.items.map((a: Anomaly) => a.nominationId)).not.toContain(ids.lateArrival);
  });

  it('refuses bad queries naming the field, unknown campaigns, and callers who are not auditors', async () => {
    const bad = await get('campaignId=nope&kind=odd').expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['campaignId', 'kind']);
    expect((await get(`campaignId=${randomUUID()}`)).body.code).toBe('CAMPAIGN.NOT_FOUND');
    const chair = { Authorization: `Bearer ${await t.tokenFor('dp.chair')}` };
    expect((await t.http.get(`/api/audit/anomalies?campaignId=${CAMPAIGN}`).set(chair)).status).toBe(403);
  });
});
