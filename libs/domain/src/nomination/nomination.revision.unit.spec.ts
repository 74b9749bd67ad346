import { sampleDossier, sampleRoute } from './shared/nomination.samples';
import {
  actors,
  approvedUpTo,
  at,
  decideCmd,
  given,
  meta,
  play,
  resubmitCmd,
  submit,
  submitted,
  withdrawCmd,
} from './nomination.spec-helpers';

const returnedByLevel2 = () => play(...approvedUpTo(1), decideCmd(actors.reviewer2, 'return', 2, 20));

// Return for revision (trả lại) and resubmission: [S28] (return in writing within 5 working days), statuses "Bị trả
// lại" / "Trả lại xét duyệt" [S47]; withdrawal by the nominating unit is domain.md's outcome list (no legal source found).
describe('nomination decider — ResubmitNomination [S28][S47]', () => {
  it('given level 2 returned it, when level 1 resubmits a revised dossier, then the review reopens at level 2', () => {
    const revised = { ...sampleDossier(), achievements: 'Bổ sung biên bản họp bình xét ngày 05/03/2026.' };
    const state = given(returnedByLevel2())
      .when(resubmitCmd(actors.chair1, 30, { dossier: revised, note: 'Đã bổ sung' }))
      .then([
        {
          type: 'NominationResubmitted',
          data: { by: sampleRoute[0]!, to: sampleRoute[1]!, revision: 1, dossier: revised, note: 'Đã bổ sung' },
          metadata: meta(actors.chair1, 30),
        },
        {
          type: 'NominationReviewOpened',
          data: { level: 2, unitId: sampleRoute[1]!.unitId, taskSeq: 4 },
          metadata: meta(actors.chair1, 30),
        },
      ]);
    expect(submitted(state)).toEqual(
      expect.objectContaining({
        status: 'FORWARDED',
        dossier: revised,
        revisionCount: 1,
        lastResubmission: { by: actors.chair1, at: at(30) },
      }),
    );
  });

  it('given level 1 returned it, when the nominator resubmits unchanged, then the review reopens at level 1', () => {
    const state = given(play(submit(), decideCmd(actors.chair1, 'return', 1, 10)))
      .when(resubmitCmd(actors.nominator, 15))
      .then([
        {
          type: 'NominationResubmitted',
          data: { by: sampleRoute[0]!, to: sampleRoute[0]!, revision: 1 },
          metadata: meta(actors.nominator, 15),
        },
        {
          type: 'NominationReviewOpened',
          data: { level: 1, unitId: sampleRoute[0]!.unitId, taskSeq: 3 },
          metadata: meta(actors.nominator, 15),
        },
      ]);
    expect(submitted(state)).toEqual(expect.objectContaining({ status: 'AWAITING_INTAKE', dossier: sampleDossier() }));
  });

  it('given it was resubmitted, when the same resubmission is delivered again, then nothing happens (no-op)', () => {
    given(play(...approvedUpTo(1), decideCmd(actors.reviewer2, 'return', 2, 20), resubmitCmd(actors.chair1, 30)))
      .when(resubmitCmd(actors.chair1, 30))
      .then([]);
  });

  it('given a review is open, when someone resubmits, then NOMINATION.TASK_NOT_OPEN', () => {
    given(play(...approvedUpTo(1)))
      .when(resubmitCmd(actors.chair1, 20))
      .thenRefuses('NOMINATION.TASK_NOT_OPEN');
  });

  it('given a revision task, when a stale task number is given, then NOMINATION.TASK_NOT_OPEN', () => {
    given(returnedByLevel2())
      .when(resubmitCmd(actors.chair1, 30, { taskSeq: 1 }))
      .thenRefuses('NOMINATION.TASK_NOT_OPEN');
  });

  it('given the revision is at level 1, when level 2 resubmits, then NOMINATION.ACTOR_NOT_AT_UNIT', () => {
    given(returnedByLevel2()).when(resubmitCmd(actors.reviewer2, 30)).thenRefuses('NOMINATION.ACTOR_NOT_AT_UNIT');
  });

  it('given it was withdrawn, when resubmitted, then NOMINATION.ALREADY_FINAL', () => {
    const withdrawn = play(
      ...approvedUpTo(1),
      decideCmd(actors.reviewer2, 'return', 2, 20),
      withdrawCmd(actors.nominator, 25),
    );
    given(withdrawn).when(resubmitCmd(actors.chair1, 30)).thenRefuses('NOMINATION.ALREADY_FINAL');
  });

  it('given nothing submitted, when resubmitted, then NOMINATION.NOT_SUBMITTED', () => {
    given([]).when(resubmitCmd(actors.chair1, 30)).thenRefuses('NOMINATION.NOT_SUBMITTED');
  });
});

describe('nomination decider — WithdrawNomination', () => {
  it('given it waits at level 3, when the nominating unit withdraws, then it is withdrawn and the pending level recorded', () => {
    const state = given(play(...approvedUpTo(2)))
      .when(withdrawCmd(actors.nominator, 25))
      .then([
        {
          type: 'NominationWithdrawn',
          data: { reason: 'Cá nhân xin rút hồ sơ', pendingAt: sampleRoute[2]! },
          metadata: meta(actors.nominator, 25),
        },
      ]);
    expect(submitted(state)).toEqual(
      expect.objectContaining({
        status: 'WITHDRAWN',
        openTask: null,
        outcome: { status: 'WITHDRAWN', by: actors.nominator, at: at(25), reason: 'Cá nhân xin rút hồ sơ' },
      }),
    );
  });

  it('given it was returned to level 1, when withdrawn, then the pending step is the revision task', () => {
    given(returnedByLevel2())
      .when(withdrawCmd(actors.chair1, 25))
      .then([
        {
          type: 'NominationWithdrawn',
          data: { reason: 'Cá nhân xin rút hồ sơ', pendingAt: sampleRoute[0]! },
          metadata: meta(actors.chair1, 25),
        },
      ]);
  });

  it('given it was withdrawn, when withdrawn again, then nothing happens (no-op)', () => {
    given(play(submit(), withdrawCmd(actors.nominator, 5)))
      .when(withdrawCmd(actors.chair1, 6, { reason: 'Rút lần nữa' }))
      .then([]);
  });

  it('when another unit withdraws, then NOMINATION.NOT_NOMINATING_UNIT', () => {
    given(play(...approvedUpTo(1)))
      .when(withdrawCmd(actors.reviewer2, 25))
      .thenRefuses('NOMINATION.NOT_NOMINATING_UNIT');
  });

  it('given it was granted or rejected, when withdrawn, then NOMINATION.ALREADY_FINAL', () => {
    const granted = play(
      ...approvedUpTo(3),
      decideCmd(actors.reviewer4, 'approve', 4, 40, { decisionNumber: '1234/QĐ-TLĐ' }),
    );
    given(granted).when(withdrawCmd(actors.nominator, 50)).thenRefuses('NOMINATION.ALREADY_FINAL');
    given(play(submit(), decideCmd(actors.chair1, 'reject', 1, 10)))
      .when(withdrawCmd(actors.nominator, 50))
      .thenRefuses('NOMINATION.ALREADY_FINAL');
  });

  it('when withdrawn with a blank reason, then NOMINATION.INVALID names reason', () => {
    const error = given(play(submit()))
      .when(withdrawCmd(actors.nominator, 5, { reason: '   ' }))
      .thenRefuses('NOMINATION.INVALID');
    expect(error.details).toEqual({ issues: [{ field: 'reason', message: 'reason must not be empty' }] });
  });

  it('given nothing submitted, when withdrawn, then NOMINATION.NOT_SUBMITTED', () => {
    given([]).when(withdrawCmd(actors.nominator, 5)).thenRefuses('NOMINATION.NOT_SUBMITTED');
  });
});
