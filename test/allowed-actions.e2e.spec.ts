import { nominationStreamId } from '@vinhdanh/contracts';
import { demoUnitIds, sampleDossier } from '@vinhdanh/domain';
import { demoCampaignIds } from '@vinhdanh/seed';
import { startE2eSystem, type E2eSystem } from './support/e2e-system';

// A nomination's allowedActions is what the web offers; this holds it to what the API then accepts.
// At each stop of a climb, every caller's listed actions are compared with the expected ones, every
// action left out is sent and must be refused with nothing written, and one listed action is sent
// and must succeed. Route: CĐCS BVĐK Đan Phượng → LĐLĐ huyện Đan Phượng → LĐLĐ TP Hà Nội → Tổng LĐLĐ.

type Action = 'approve' | 'return' | 'reject' | 'resubmit' | 'withdraw';
const ACTIONS: readonly Action[] = ['approve', 'return', 'reject', 'resubmit', 'withdraw'];
type TaskAction = 'claim' | 'release' | 'assign' | 'recuse';

/** One caller per role, on the route and off it. */
const CALLERS = [
  'bvdp.nominator',
  'bvdp.chair',
  'bvdp.reviewer',
  'dp.reviewer',
  'dp.chair',
  'hn.reviewer',
  'cb.admin',
  'tld.auditor',
  'sysadmin',
] as const;
type Caller = (typeof CALLERS)[number];

/** The events a climb command records (the transition table's); anything else is the workflow's bookkeeping. */
const CLIMB_EVENTS = new Set([
  'NominationReviewOpened',
  'NominationForwarded',
  'NominationGranted',
  'NominationReturned',
  'NominationRejected',
  'NominationResubmitted',
  'NominationWithdrawn',
]);

describe('allowedActions on a nomination match what the API accepts, for every role', () => {
  let sys: E2eSystem;
  beforeAll(async () => {
    sys = await startE2eSystem();
  });
  afterAll(() => sys?.close());

  function send(caller: Caller, id: string, action: Action) {
    switch (action) {
      case 'approve':
        return sys.post(caller, `/api/nominations/${id}/decisions`, { decision: 'approve' });
      case 'return':
      case 'reject':
        return sys.post(caller, `/api/nominations/${id}/decisions`, {
          decision: action,
          reason: 'Thiếu biên bản họp.',
        });
      case 'resubmit':
        return sys.post(caller, `/api/nominations/${id}/resubmission`, { note: 'Đã bổ sung biên bản.' });
      case 'withdraw':
        return sys.post(caller, `/api/nominations/${id}/withdrawal`, { reason: 'Cá nhân xin rút hồ sơ.' });
    }
  }

  /** The caller's allowedActions, or null when they may not read the nomination (403). */
  async function allowedFor(caller: Caller, id: string): Promise<Action[] | null> {
    const res = await sys.http.get(`/api/nominations/${id}`).set(await sys.as(caller));
    if (res.status === 403) return null;
    expect(res.status).toBe(200);
    return res.body.allowedActions as Action[];
  }

  /** The caller's inbox row of nomination `id`, if their inbox holds it. */
  async function inboxRowOf(
    caller: Caller,
    id: string,
  ): Promise<{ allowedActions: Action[]; taskActions: TaskAction[] } | undefined> {
    const res = await sys.http
      .get('/api/inbox')
      .query({ limit: 200 })
      .set(await sys.as(caller));
    expect(res.status).toBe(200);
    return (res.body.items as { nominationId: string; allowedActions: Action[]; taskActions: TaskAction[] }[]).find(
      (t) => t.nominationId === id,
    );
  }

  /** The caller's taskActions on the nomination, or null when they may not read it. */
  async function taskActionsFor(caller: Caller, id: string): Promise<TaskAction[] | null> {
    const res = await sys.http.get(`/api/nominations/${id}`).set(await sys.as(caller));
    if (res.status === 403) return null;
    return [...(res.body.taskActions as TaskAction[])].sort();
  }

  /**
   * Checks every caller at the nomination's current state: the listed actions are `expected`
   * (callers not named list none; null: may not read it), and every action not listed records
   * nothing: refused (4xx, not a 5xx), or answered as a repeat of the caller's own decision.
   */
  async function checkStop(id: string, expected: Partial<Record<Caller, Action[] | null>>): Promise<void> {
    const streamId = nominationStreamId(id);
    for (const caller of CALLERS) {
      const listed = await allowedFor(caller, id);
      const want = caller in expected ? expected[caller] : [];
      expect({ caller, listed: listed && [...listed].sort() }).toEqual({ caller, listed: want && [...want].sort() });
      // The caller's inbox row offers the same (the web's inbox reads it there); whoever may decide has the row.
      const row = await inboxRowOf(caller, id);
      if (row)
        expect({ caller, row: [...row.allowedActions].sort() }).toEqual({ caller, row: [...(listed ?? [])].sort() });
      if (listed?.includes('approve'))
        expect({ caller, inInbox: row !== undefined }).toEqual({ caller, inInbox: true });
      for (const action of ACTIONS.filter((a) => !listed?.includes(a))) {
        const before = (await sys.store.readStream(streamId)).length;
        const res = await send(caller, id, action);
        // The workflow's own deadline bookkeeping may append meanwhile; the climb's events may not.
        const written = (await sys.store.readStream(streamId))
          .slice(before)
          .filter((e) => CLIMB_EVENTS.has(e.type)).length;
        // Refused, or the decider's repeat of the caller's own last decision (the table's "repeat"):
        // answered, but nothing recorded.
        const answer =
          res.status >= 400 && res.status < 500
            ? 'refused'
            : res.status === 200 && written === 0
              ? 'repeat, nothing recorded'
              : `status ${res.status}, ${written} events`;
        expect({ caller, action, answer }).toEqual({
          caller,
          action,
          answer: expect.stringMatching(/^(refused|repeat, nothing recorded)$/),
        });
        expect(written).toBe(0);
      }
    }
  }

  /** Sends an action the caller has listed and expects it to succeed. */
  async function take(caller: Caller, id: string, action: Action): Promise<void> {
    expect(await allowedFor(caller, id)).toContain(action);
    const res = await send(caller, id, action);
    expect({ caller, action, status: res.status }).toEqual({ caller, action, status: 200 });
  }

  const notReadable = { 'cb.admin': null } as const;

  /** A nomination of the hospital's union submitted by its nominator, once the read model shows it. */
  const submit = async (): Promise<string> =>
    sys.projected(
      await sys.post('bvdp.nominator', '/api/nominations', {
        nominatingUnitId: demoUnitIds.cdcsBvdkDanPhuong,
        awardCode: 'BK_TLD',
        campaignId: demoCampaignIds.annual2026,
        dossier: sampleDossier(),
      }),
    );

  it('through intake, a return, a resubmission, a forward and a rejection', async () => {
    const id = await submit();

    // Chờ tiếp nhận at the nominating unit: its approvers decide, its nominator may withdraw.
    await checkStop(id, {
      ...notReadable,
      'bvdp.nominator': ['withdraw'],
      'bvdp.chair': ['approve', 'return', 'reject'],
      'bvdp.reviewer': ['approve', 'return', 'reject'],
    });
    await take('bvdp.chair', id, 'return');

    // Bị trả lại to the nominating unit: only its nominator resubmits (or withdraws).
    await checkStop(id, { ...notReadable, 'bvdp.nominator': ['resubmit', 'withdraw'] });
    await take('bvdp.nominator', id, 'resubmit');
    await take('bvdp.reviewer', id, 'approve');

    // Forwarded to the district: its approvers decide; the nominating unit's approvers no longer can.
    await checkStop(id, {
      ...notReadable,
      'bvdp.nominator': ['withdraw'],
      'dp.reviewer': ['approve', 'return', 'reject'],
      'dp.chair': ['approve', 'return', 'reject'],
    });
    await take('dp.chair', id, 'reject');

    // Final: nobody may do anything more.
    await checkStop(id, notReadable);
  }, 600_000);

  it('task actions (claim, release, assign, recuse) follow who holds the task, and what is listed is accepted', async () => {
    const id = await submit();
    const sorted = (a: TaskAction[]) => [...a].sort();
    const expectTaskActions = async (expected: Partial<Record<Caller, TaskAction[] | null>>) => {
      for (const caller of CALLERS) {
        const want = caller in expected ? expected[caller] : [];
        expect({ caller, listed: await taskActionsFor(caller, id) }).toEqual({ caller, listed: want && sorted(want) });
        const row = await inboxRowOf(caller, id);
        if (row) expect({ caller, row: sorted(row.taskActions) }).toEqual({ caller, row: want && sorted(want) });
      }
    };
    // Nobody holds the intake review: its approvers may claim; its chair (and the system admin) assign;
    // anyone with a role on the route may recuse.
    await expectTaskActions({
      'cb.admin': null,
      'bvdp.chair': ['claim', 'assign', 'recuse'],
      'bvdp.reviewer': ['claim', 'recuse'],
      'bvdp.nominator': ['recuse'],
      'dp.reviewer': ['recuse'],
      'dp.chair': ['recuse'],
      'hn.reviewer': ['recuse'],
      sysadmin: ['assign'],
    });
    expect((await sys.post('bvdp.chair', `/api/nominations/${id}/claim`, {})).status).toBe(200);
    // Held by the chair: only they release it; nobody else is offered a claim, and a claim anyway is refused.
    await expectTaskActions({
      'cb.admin': null,
      'bvdp.chair': ['release', 'assign', 'recuse'],
      'bvdp.reviewer': ['recuse'],
      'bvdp.nominator': ['recuse'],
      'dp.reviewer': ['recuse'],
      'dp.chair': ['recuse'],
      'hn.reviewer': ['recuse'],
      sysadmin: ['assign'],
    });
    expect((await sys.post('bvdp.reviewer', `/api/nominations/${id}/claim`, {})).status).toBeGreaterThanOrEqual(400);
    expect((await sys.post('bvdp.chair', `/api/nominations/${id}/release`, {})).status).toBe(200);
    expect(await taskActionsFor('bvdp.chair', id)).toEqual(sorted(['claim', 'assign', 'recuse']));
  }, 300_000);

  it('lets the nominator withdraw while the review is open', async () => {
    const id = await submit();
    await take('bvdp.nominator', id, 'withdraw');
    expect(await allowedFor('bvdp.nominator', id)).toEqual([]);
  }, 120_000);
});
