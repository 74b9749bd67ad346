import { decide, evolve } from '../nomination.decider';
import { NominationRerouted } from './nomination.reroute.events';
import type { RerouteNomination } from './nomination.reroute.commands';
import type { Actor } from '../nomination.commands';
import {
  actors,
  approvedUpTo,
  at,
  decideCmd,
  given,
  meta,
  NOMINATION_ID,
  play,
  resubmitCmd,
  submit,
  submitted,
  unitAt,
  withdrawCmd,
} from '../nomination.spec-helpers';

const SUCCESSOR = 'cd-xa-dan-phuong';
const admin: Actor = { userId: 'u-sysadmin', name: 'Lê Minh Tuấn', unitId: 'tong-ldld' };
const successorChair: Actor = { userId: 'u-xa-chair', name: 'Ngô Thị Mai', unitId: SUCCESSOR };
const REASON = 'Giải thể LĐLĐ huyện theo Nghị quyết 60-NQ/TW; chuyển về Công đoàn xã.';

const rerouteCmd = (minute: number, extra: Partial<RerouteNomination> = {}): RerouteNomination => ({
  type: 'RerouteNomination',
  nominationId: NOMINATION_ID,
  actor: admin,
  now: at(minute),
  reorganisationId: 'reorg-1',
  fromUnitId: unitAt(2),
  toUnitId: SUCCESSOR,
  reason: REASON,
  ...extra,
});

// 2025 reorganisation: unions dissolved or moved (4133/TLĐ [S38], 4173/TLĐ-ToC [S39], NQ 202/2025/QH15 [S41]); moving
// nominations in flight to the successor is the engine's design (domain-sources §1.3 INF).
describe('RerouteNomination [S38][S39][S41]', () => {
  it('given a nomination waiting at the district, then its task and pending step move to the successor', () => {
    const events = play(...approvedUpTo(1));
    const expected: NominationRerouted = {
      type: 'NominationRerouted',
      data: {
        reorganisationId: 'reorg-1',
        from: { level: 2, unitId: unitAt(2) },
        to: { level: 2, unitId: SUCCESSOR },
        reason: REASON,
        taskSeq: 2,
      },
      metadata: meta(admin, 30),
    };
    const after = submitted(given(events).when(rerouteCmd(30)).then([expected]));
    expect(after.openTask).toMatchObject({ kind: 'review', level: 2, unitId: SUCCESSOR, taskSeq: 2 });
    expect(after.route.map((s) => s.unitId)).toEqual([unitAt(1), SUCCESSOR, unitAt(3), unitAt(4)]);
    expect(NominationRerouted.parse(JSON.parse(JSON.stringify(expected)))).toEqual(expected);

    // The successor's chair decides; the dissolved district no longer can.
    const moved = [...events, expected];
    given(moved)
      .when(decideCmd(actors.reviewer2, 'approve', 2, 31))
      .thenRefuses('NOMINATION.NOT_AT_THIS_LEVEL');
    const forwarded = decide(decideCmd(successorChair, 'approve', 2, 32, { unitId: SUCCESSOR }), after);
    expect(forwarded.map((e) => e.type)).toEqual(['NominationForwarded', 'NominationReviewOpened']);
    expect(forwarded[0]?.data).toMatchObject({ from: { level: 2, unitId: SUCCESSOR } });
  });

  it('given a nomination still at its CĐCS, then only the pending route step changes', () => {
    const events = play(submit());
    const [event] = decide(rerouteCmd(5), given(events).state);
    expect(event).toMatchObject({ type: 'NominationRerouted', data: { taskSeq: null } });
    const after = submitted(evolve(given(events).state, event!));
    expect(after.openTask).toMatchObject({ level: 1, unitId: unitAt(1) });
    expect(after.route[1]?.unitId).toBe(SUCCESSOR);
    // Level 1 approves: the review opens at the successor.
    const next = decide(decideCmd(actors.chair1, 'approve', 1, 10), after);
    expect(next[1]).toMatchObject({ type: 'NominationReviewOpened', data: { level: 2, unitId: SUCCESSOR } });
  });

  it('given a return from the district, then the resubmission goes to the successor', () => {
    const events = play(...approvedUpTo(1), decideCmd(actors.reviewer2, 'return', 2, 20));
    const state = given(events).state;
    const [event] = decide(rerouteCmd(25), state);
    expect(event?.data).toMatchObject({ taskSeq: null });
    const after = submitted(evolve(state, event!));
    expect(after.openTask).toMatchObject({ kind: 'revision', unitId: unitAt(1), returnedBy: { unitId: SUCCESSOR } });
    const resubmitted = decide(resubmitCmd(actors.chair1, 30), after);
    expect(resubmitted[1]).toMatchObject({ type: 'NominationReviewOpened', data: { level: 2, unitId: SUCCESSOR } });
  });

  it('is a no-op once moved, after the district decided, and for a final nomination', () => {
    const waiting = play(...approvedUpTo(1));
    const once = decide(rerouteCmd(30), given(waiting).state);
    given([...waiting, ...once])
      .when(rerouteCmd(31))
      .then([]);
    given(play(...approvedUpTo(2)))
      .when(rerouteCmd(40))
      .then([]);
    given(play(...approvedUpTo(1), withdrawCmd(actors.nominator, 20)))
      .when(rerouteCmd(40))
      .then([]);
  });

  it('refuses a successor already on the route and a move to the same unit, naming toUnitId', () => {
    const waiting = play(...approvedUpTo(1));
    const onRoute = given(waiting)
      .when(rerouteCmd(30, { toUnitId: unitAt(3) }))
      .thenRefuses('NOMINATION.INVALID');
    expect(JSON.stringify(onRoute.details)).toContain('toUnitId');
    const same = given(waiting)
      .when(rerouteCmd(30, { toUnitId: unitAt(2) }))
      .thenRefuses('NOMINATION.INVALID');
    expect(JSON.stringify(same.details)).toContain('toUnitId');
    given(waiting)
      .when(rerouteCmd(30, { reason: ' ' }))
      .thenRefuses('NOMINATION.INVALID');
  });
});
