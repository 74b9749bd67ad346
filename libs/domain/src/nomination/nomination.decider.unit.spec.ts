import { sampleDossier, sampleRoute } from './shared/nomination.samples';
import {
  actors,
  approvedUpTo,
  at,
  decideCmd,
  given,
  meta,
  NOMINATION_ID,
  play,
  submit,
  submitted,
  unitAt,
  withdrawCmd,
  resubmitCmd,
} from './nomination.spec-helpers';

const SUBMIT_META = {
  nominationId: NOMINATION_ID,
  actor: actors.nominator,
  now: '2026-03-02T08:00:00Z',
  ruleSetVersion: '2024.1',
};

describe('nomination decider — SubmitNomination', () => {
  it('given nothing, when the nominating unit submits, then it is submitted and the review opens at its own level', () => {
    const state = given([])
      .when(submit())
      .then([
        {
          type: 'NominationSubmitted',
          data: {
            nominatingUnitId: unitAt(1),
            awardCode: 'BK_TLD',
            campaignId: 'campaign-2026-annual',
            dossier: sampleDossier(),
            route: [...sampleRoute],
          },
          metadata: SUBMIT_META,
        },
        { type: 'NominationReviewOpened', data: { level: 1, unitId: unitAt(1), taskSeq: 1 }, metadata: SUBMIT_META },
      ]);
    expect(submitted(state)).toEqual(
      expect.objectContaining({
        status: 'AWAITING_INTAKE',
        openTask: { kind: 'review', level: 1, unitId: unitAt(1), taskSeq: 1, openedAt: SUBMIT_META.now },
        ruleSetVersion: '2024.1',
      }),
    );
  });

  it('given a submitted nomination, when the same submission is delivered again, then nothing happens (no-op)', () => {
    given(play(submit())).when(submit()).then([]);
  });

  it('given a submitted nomination, when it is submitted again later, then NOMINATION.ALREADY_SUBMITTED says by whom', () => {
    const error = given(play(submit()))
      .when(submit({ now: at(30) }))
      .thenRefuses('NOMINATION.ALREADY_SUBMITTED');
    expect(error.messageVi).toContain('Lê Văn Bình');
  });

  it('when someone outside the nominating unit submits, then NOMINATION.NOT_NOMINATING_UNIT', () => {
    given([])
      .when(submit({ actor: actors.reviewer2 }))
      .thenRefuses('NOMINATION.NOT_NOMINATING_UNIT');
  });

  it('when the route does not start at the nominating unit, then NOMINATION.INVALID names route[0].unitId', () => {
    const error = given([])
      .when(submit({ route: sampleRoute.slice(1) }))
      .thenRefuses('NOMINATION.INVALID');
    expect(error.details).toEqual({
      issues: [
        {
          field: 'route[0].unitId',
          message: expect.stringContaining('nominating unit'),
          messageVi: 'phải là đơn vị đề nghị',
        },
      ],
    });
  });

  it('when the dossier is malformed, then NOMINATION.INVALID names the field', () => {
    const dossier = { ...sampleDossier(), attachments: [{ ...sampleDossier().attachments[0]!, sha256: 'ABC' }] };
    const error = given([]).when(submit({ dossier })).thenRefuses('NOMINATION.INVALID');
    expect(error.messageEn).toContain(
      'dossier.attachments[0].sha256: sha256 must be 64 lowercase hexadecimal characters',
    );
  });
});

describe('nomination decider — DecideNomination', () => {
  it('given a review at level 1, when the chair approves, then it is forwarded and the review opens at level 2', () => {
    const state = given(play(submit()))
      .when(decideCmd(actors.chair1, 'approve', 1, 10, { decisionNumber: '12/TTr-CĐCS' }))
      .then([
        {
          type: 'NominationForwarded',
          data: { from: sampleRoute[0]!, to: sampleRoute[1]!, decisionNumber: '12/TTr-CĐCS' },
          metadata: meta(actors.chair1, 10),
        },
        {
          type: 'NominationReviewOpened',
          data: { level: 2, unitId: unitAt(2), taskSeq: 2 },
          metadata: meta(actors.chair1, 10),
        },
      ]);
    expect(submitted(state).status).toBe('FORWARDED');
    expect(submitted(state).lastDecisions[1]).toEqual({
      decision: 'approve',
      level: 1,
      unitId: unitAt(1),
      taskSeq: 1,
      by: actors.chair1,
      at: at(10),
    });
  });

  it('given a review at the granting level, when it approves with a decision number, then the award is granted', () => {
    const state = given(play(...approvedUpTo(3)))
      .when(decideCmd(actors.reviewer4, 'approve', 4, 40, { decisionNumber: '1234/QĐ-TLĐ' }))
      .then([
        {
          type: 'NominationGranted',
          data: { level: 4, unitId: unitAt(4), awardCode: 'BK_TLD', decisionNumber: '1234/QĐ-TLĐ' },
          metadata: meta(actors.reviewer4, 40),
        },
      ]);
    expect(submitted(state)).toEqual(
      expect.objectContaining({
        status: 'GRANTED',
        openTask: null,
        outcome: { status: 'GRANTED', by: actors.reviewer4, at: at(40), decisionNumber: '1234/QĐ-TLĐ' },
      }),
    );
  });

  it('given a review at the granting level, when it approves without a decision number, then NOMINATION.INVALID names decisionNumber', () => {
    const error = given(play(...approvedUpTo(3)))
      .when(decideCmd(actors.reviewer4, 'approve', 4, 40))
      .thenRefuses('NOMINATION.INVALID');
    expect(error.details).toEqual({ issues: [expect.objectContaining({ field: 'decisionNumber' })] });
  });

  it('given a review at level 2, when it returns, then a revision task opens at level 1 with the reason', () => {
    const state = given(play(...approvedUpTo(1)))
      .when(decideCmd(actors.reviewer2, 'return', 2, 20))
      .then([
        {
          type: 'NominationReturned',
          data: { by: sampleRoute[1]!, to: sampleRoute[0]!, reason: 'Thiếu biên bản họp bình xét', taskSeq: 3 },
          metadata: meta(actors.reviewer2, 20),
        },
      ]);
    expect(submitted(state)).toEqual(
      expect.objectContaining({
        status: 'RETURNED',
        returnCount: 1,
        openTask: {
          kind: 'revision',
          level: 1,
          unitId: unitAt(1),
          taskSeq: 3,
          openedAt: at(20),
          returnedBy: sampleRoute[1],
        },
      }),
    );
  });

  it('given a review at level 1, when it returns, then the revision goes to the nominating unit itself', () => {
    given(play(submit()))
      .when(decideCmd(actors.chair1, 'return', 1, 10))
      .then([
        {
          type: 'NominationReturned',
          data: { by: sampleRoute[0]!, to: sampleRoute[0]!, reason: 'Thiếu biên bản họp bình xét', taskSeq: 2 },
          metadata: meta(actors.chair1, 10),
        },
      ]);
  });

  it('given a review at level 3, when it rejects, then the nomination is rejected (final)', () => {
    const state = given(play(...approvedUpTo(2)))
      .when(decideCmd(actors.reviewer3, 'reject', 3, 30, { reason: 'Chưa đủ 2 năm hoàn thành xuất sắc nhiệm vụ' }))
      .then([
        {
          type: 'NominationRejected',
          data: { level: 3, unitId: unitAt(3), reason: 'Chưa đủ 2 năm hoàn thành xuất sắc nhiệm vụ' },
          metadata: meta(actors.reviewer3, 30),
        },
      ]);
    expect(submitted(state).status).toBe('REJECTED');
  });

  it.each(['return', 'reject'] as const)(
    'when it tries to %s without a reason, then NOMINATION.INVALID names reason',
    (decision) => {
      const command = { ...decideCmd(actors.chair1, decision, 1, 10), reason: undefined };
      const error = given(play(submit())).when(command).thenRefuses('NOMINATION.INVALID');
      expect(error.details).toEqual({
        issues: [{ field: 'reason', message: `reason is required to ${decision} a nomination` }],
      });
    },
  );

  it('given nothing submitted, when a decision arrives, then NOMINATION.NOT_SUBMITTED', () => {
    given([])
      .when(decideCmd(actors.chair1, 'approve', 1, 10))
      .thenRefuses('NOMINATION.NOT_SUBMITTED');
  });

  it('when the command names another nomination, then NOMINATION.INVALID names nominationId', () => {
    const error = given(play(submit()))
      .when(decideCmd(actors.chair1, 'approve', 1, 10, { nominationId: 'nom-9999' }))
      .thenRefuses('NOMINATION.INVALID');
    expect(error.messageEn).toContain('nominationId');
  });

  it('when an actor decides for a unit they do not belong to, then NOMINATION.ACTOR_NOT_AT_UNIT', () => {
    given(play(...approvedUpTo(1)))
      .when(decideCmd(actors.reviewer3, 'approve', 2, 20))
      .thenRefuses('NOMINATION.ACTOR_NOT_AT_UNIT');
  });

  it('given the review is at level 2, when level 3 decides, then NOMINATION.NOT_AT_THIS_LEVEL says where it is', () => {
    const error = given(play(...approvedUpTo(1)))
      .when(decideCmd(actors.reviewer3, 'approve', 3, 20))
      .thenRefuses('NOMINATION.NOT_AT_THIS_LEVEL');
    expect(error.messageEn).toBe(
      `The nomination is at level 2 (unit ${unitAt(2)}), not at level 3 (unit ${unitAt(3)}).`,
    );
  });

  it('given level 2 has approved, when a second approver of level 2 decides late, then NOMINATION.ALREADY_DECIDED says who and when', () => {
    const error = given(play(...approvedUpTo(2)))
      .when(decideCmd(actors.reviewer2b, 'approve', 2, 21))
      .thenRefuses('NOMINATION.ALREADY_DECIDED');
    expect(error.messageEn).toBe(`Already decided (approve) at level 2 by Trần Quốc Tuấn at ${at(20)}.`);
    expect(error.details).toEqual(expect.objectContaining({ decidedBy: actors.reviewer2, decidedAt: at(20) }));
    expect(error.messageVi).toBe(`Hồ sơ đã được Trần Quốc Tuấn quyết định (đồng ý) ở cấp 2 lúc ${at(20)}.`);
  });

  it('given level 2 has approved, when the same approver sends the same decision again, then nothing happens (no-op)', () => {
    given(play(...approvedUpTo(2)))
      .when(decideCmd(actors.reviewer2, 'approve', 2, 22))
      .then([]);
  });

  it('given level 2 has approved, when the same approver now tries to return, then NOMINATION.ALREADY_DECIDED', () => {
    given(play(...approvedUpTo(2)))
      .when(decideCmd(actors.reviewer2, 'return', 2, 22))
      .thenRefuses('NOMINATION.ALREADY_DECIDED');
  });

  it('given a review reopened at level 2 after a return, when a stale click names the old task, then NOMINATION.ALREADY_DECIDED', () => {
    const history = play(
      ...approvedUpTo(1),
      decideCmd(actors.reviewer2, 'return', 2, 20),
      resubmitCmd(actors.chair1, 25),
    );
    given(history)
      .when(decideCmd(actors.reviewer2b, 'approve', 2, 26, { taskSeq: 2 }))
      .thenRefuses('NOMINATION.ALREADY_DECIDED');
    given(history)
      .when(decideCmd(actors.reviewer2b, 'approve', 2, 26, { taskSeq: 99 }))
      .thenRefuses('NOMINATION.TASK_NOT_OPEN');
    given(history)
      .when(decideCmd(actors.reviewer2b, 'approve', 2, 26, { taskSeq: 4 }))
      .then([
        {
          type: 'NominationForwarded',
          data: { from: sampleRoute[1]!, to: sampleRoute[2]! },
          metadata: meta(actors.reviewer2b, 26),
        },
        {
          type: 'NominationReviewOpened',
          data: { level: 3, unitId: unitAt(3), taskSeq: 5 },
          metadata: meta(actors.reviewer2b, 26),
        },
      ]);
  });

  it('given the nomination was withdrawn while at level 2, when level 2 decides, then NOMINATION.ALREADY_FINAL', () => {
    const error = given(play(...approvedUpTo(1), withdrawCmd(actors.nominator, 15)))
      .when(decideCmd(actors.reviewer2, 'approve', 2, 20))
      .thenRefuses('NOMINATION.ALREADY_FINAL');
    expect(error.messageVi).toContain('Đã rút');
  });

  it('given the award was granted, when another national reviewer approves late, then NOMINATION.ALREADY_DECIDED', () => {
    const granted = play(
      ...approvedUpTo(3),
      decideCmd(actors.reviewer4, 'approve', 4, 40, { decisionNumber: '1234/QĐ-TLĐ' }),
    );
    given(granted)
      .when(decideCmd({ ...actors.reviewer4, userId: 'u-rev-4b', name: 'Ngô Thị Mai' }, 'reject', 4, 41))
      .thenRefuses('NOMINATION.ALREADY_DECIDED');
  });
});
