import { ruleSet2024 } from '../../rules/rule-set-2024';
import type { Actor } from '../nomination.commands';
import { decide, foldNomination } from '../nomination.decider';
import { NominationEvent } from '../nomination.events';
import { sampleAttachment, sampleDossier } from '../shared/nomination.samples';
import { actors, decideCmd, given, meta, play, resubmitCmd, submitted, unitAt } from '../nomination.spec-helpers';
import {
  appraisalCmd,
  failedChecks,
  intakeCmd,
  submitWithProcedure,
  tally,
  thinTally,
  voteCmd,
} from './nomination.procedure.spec-helpers';

const { chair1, reviewer2, reviewer3, reviewer4 } = actors;
/** Level 1 ran appraisal, vote and sign-off; the review is open at level 2, waiting for intake. */
const atLevelCommands = () => [
  submitWithProcedure(),
  appraisalCmd(chair1, 1, 1),
  voteCmd(chair1, 1, 2),
  decideCmd(chair1, 'approve', 1, 3, { decisionNumber: '12/TTr-CĐCS' }),
];
const atLevel2 = () => play(...atLevelCommands());

describe('procedure — submission', () => {
  it('given a route with steps, when submitted, then the nominating level opens at appraisal (it skips intake)', () => {
    const state = submitted(given([]).when(submitWithProcedure()).then(play(submitWithProcedure())));
    expect(state.status).toBe('IN_APPRAISAL');
    expect(state.openTask).toEqual(
      expect.objectContaining({ level: 1, steps: ['appraisal', 'vote', 'signoff'], step: 'appraisal' }),
    );
    expect(state.procedure?.voteThreshold).toEqual({ class: 'majority', minShare: 0.5, strict: true });
  });

  it('when route steps carry steps but no procedure data is given, then NOMINATION.INVALID names procedure', () => {
    const error = given([])
      .when(submitWithProcedure('BK_TLD', ruleSet2024, { procedure: undefined }))
      .thenRefuses('NOMINATION.INVALID');
    expect(error.details).toEqual({ issues: [expect.objectContaining({ field: 'procedure' })] });
  });
});

// Appraisal → vote → sign-off (domain-sources §4.1; vote NĐ 98/2023 Art. 30(7) [S22]).
describe('procedure — sign-off waits for the earlier steps [S22]', () => {
  it('given appraisal is pending, when the chair approves, then NOMINATION.STEP_PENDING names appraisal', () => {
    const error = given(play(submitWithProcedure()))
      .when(decideCmd(chair1, 'approve', 1, 5))
      .thenRefuses('NOMINATION.STEP_PENDING');
    expect(error.messageEn).toBe('Cannot approve at level 1 yet: the appraisal step is pending.');
    expect(error.messageVi).toContain('thẩm định');
    expect(error.details).toEqual({ level: 1, pendingStep: 'appraisal', requestedStep: 'approve' });
  });

  it('given appraisal is pending, when a vote is recorded, then NOMINATION.STEP_PENDING names appraisal', () => {
    given(play(submitWithProcedure()))
      .when(voteCmd(chair1, 1, 5))
      .thenRefuses('NOMINATION.STEP_PENDING');
  });

  it('given the nominating level, when intake is recorded, then NOMINATION.STEP_NOT_IN_PROCEDURE', () => {
    given(play(submitWithProcedure()))
      .when(intakeCmd(chair1, 1, 5))
      .thenRefuses('NOMINATION.STEP_NOT_IN_PROCEDURE');
  });

  it('given appraisal passed and the vote reached the threshold, then the status reads chờ ký and approve forwards', () => {
    const events = play(submitWithProcedure(), appraisalCmd(chair1, 1, 1), voteCmd(chair1, 1, 2));
    expect(events.slice(2).map((e) => e.type)).toEqual(['NominationAppraisalRecorded', 'NominationVoteRecorded']);
    expect(events[3]!.data).toEqual(
      expect.objectContaining({ share: 0.8, required: 8, minutesNumber: 'BB-1/2026', tally: tally() }),
    );
    const route = submitWithProcedure().route;
    const state = given(events)
      .when(decideCmd(chair1, 'approve', 1, 3))
      .then([
        {
          type: 'NominationForwarded',
          data: { from: { level: 1, unitId: unitAt(1) }, to: { level: 2, unitId: unitAt(2) } },
          metadata: meta(chair1, 3),
        },
        {
          type: 'NominationReviewOpened',
          data: { level: 2, unitId: unitAt(2), taskSeq: 2 },
          metadata: meta(chair1, 3),
        },
      ]);
    expect(route[1]?.steps).toEqual(['intake', 'appraisal', 'vote', 'signoff']);
    expect(submitted(given(events).state).status).toBe('AWAITING_SIGNATURE');
    expect(submitted(state).status).toBe('AWAITING_INTAKE');
    expect(submitted(state).openTask?.step).toBe('intake');
  });

  it('given a step already recorded, when it is recorded again by someone else, then NOMINATION.STEP_ALREADY_DONE', () => {
    const events = play(submitWithProcedure(), appraisalCmd(chair1, 1, 1));
    given(events)
      .when(appraisalCmd(chair1, 1, 9))
      .thenRefuses('NOMINATION.STEP_ALREADY_DONE');
    given(events)
      .when(appraisalCmd(chair1, 1, 1))
      .then([]);
  });
});

// Intake returns an incomplete dossier listing what is missing (within 5 working days [S28]); CSTĐ dossiers carry the
// initiative certificate (Law Art. 84(1) [S27]).
describe('procedure — intake [S27][S28]', () => {
  it('given a complete dossier, when level 2 records intake, then the review moves to appraisal (đang thẩm định)', () => {
    const state = given(atLevel2())
      .when(intakeCmd(reviewer2, 2, 10))
      .then([
        {
          type: 'NominationIntakeCompleted',
          data: { level: 2, unitId: unitAt(2), taskSeq: 2 },
          metadata: meta(reviewer2, 10),
        },
      ]);
    expect(submitted(state).status).toBe('IN_APPRAISAL');
  });

  it('given the reviewer finds the minutes unusable, then the dossier goes back to level 1 listing them', () => {
    const state = given(atLevel2())
      .when(intakeCmd(reviewer2, 2, 10, { missingKinds: ['BIEN_BAN'] }))
      .then([
        {
          type: 'NominationDossierIncomplete',
          data: {
            by: { level: 2, unitId: unitAt(2) },
            to: { level: 1, unitId: unitAt(1) },
            reason: 'Hồ sơ chưa đầy đủ, thiếu: Biên bản họp bình xét.',
            taskSeq: 3,
            missingKinds: ['BIEN_BAN'],
          },
          metadata: meta(reviewer2, 10),
        },
      ]);
    expect(submitted(state)).toEqual(
      expect.objectContaining({
        status: 'RETURNED',
        returnCount: 1,
        openTask: expect.objectContaining({ kind: 'revision', level: 1, taskSeq: 3 }),
      }),
    );
  });

  it('given an incomplete dossier was returned, when level 1 resubmits it, then level 2 runs intake again', () => {
    const revised = { ...sampleDossier(), attachments: [...sampleDossier().attachments, sampleAttachment('KHAC')] };
    const events = play(
      ...atLevelCommands(),
      intakeCmd(reviewer2, 2, 10, { missingKinds: ['BIEN_BAN'] }),
      resubmitCmd(chair1, 20, { dossier: revised }),
    );
    const state = submitted(given(events).state);
    expect(state.status).toBe('AWAITING_INTAKE');
    expect(state.openTask).toEqual(expect.objectContaining({ level: 2, step: 'intake', taskSeq: 4 }));
    given(events)
      .when(intakeCmd(reviewer2, 2, 30))
      .then([
        {
          type: 'NominationIntakeCompleted',
          data: { level: 2, unitId: unitAt(2), taskSeq: 4 },
          metadata: meta(reviewer2, 30),
        },
      ]);
  });

  it('given a CSTD_TLD dossier without the initiative certificate the rule set requires, then intake names SANG_KIEN', () => {
    const events = play(
      submitWithProcedure('CSTD_TLD'),
      appraisalCmd(chair1, 1, 1),
      voteCmd(chair1, 1, 2, tally({ votesFor: 11, votesAgainst: 0, writtenFor: 3, writtenAgainst: 0 })),
      decideCmd(chair1, 'approve', 1, 3),
      intakeCmd(reviewer2, 2, 10),
    );
    expect(events.at(-1)).toEqual(
      expect.objectContaining({
        type: 'NominationDossierIncomplete',
        data: expect.objectContaining({ missingKinds: ['SANG_KIEN'] }),
      }),
    );
  });
});

describe('procedure — appraisal and council vote', () => {
  it('given a failed eligibility check, then the appraisal is recorded, the step stays open and only return/reject remain', () => {
    const events = play(submitWithProcedure(), appraisalCmd(chair1, 1, 1, failedChecks));
    const state = submitted(given(events).state);
    expect(events.at(-1)).toEqual(
      expect.objectContaining({
        type: 'NominationAppraisalRecorded',
        data: expect.objectContaining({ passed: false, checks: failedChecks }),
      }),
    );
    expect(state.status).toBe('IN_APPRAISAL');
    expect(state.openTask?.appraisal).toEqual({ passed: false, checks: failedChecks });
    given(events)
      .when(decideCmd(chair1, 'approve', 1, 5))
      .thenRefuses('NOMINATION.STEP_PENDING');
    given(events)
      .when(voteCmd(chair1, 1, 5))
      .thenRefuses('NOMINATION.STEP_PENDING');
    given(events)
      .when(decideCmd(chair1, 'reject', 1, 5, { reason: 'Không đủ điều kiện' }))
      .then([
        {
          type: 'NominationRejected',
          data: { level: 1, unitId: unitAt(1), reason: 'Không đủ điều kiện' },
          metadata: meta(chair1, 5),
        },
      ]);
  });

  it('given 7 of 15 members for, when the vote is recorded, then the failed vote is recorded and the nomination is rejected there', () => {
    const events = play(submitWithProcedure(), appraisalCmd(chair1, 1, 1));
    const [failed, rejected, ...rest] = decide(voteCmd(chair1, 1, 2, thinTally()), foldNomination(events));
    expect(rest).toEqual([]);
    expect(failed).toEqual({
      type: 'NominationVoteFailed',
      data: {
        level: 1,
        unitId: unitAt(1),
        taskSeq: 1,
        tally: thinTally(),
        threshold: { class: 'majority', minShare: 0.5, strict: true },
        share: 7 / 15,
        required: 8,
        minutesNumber: 'BB-1/2026',
        outcome: 'reject',
        reasonVi: 'Không đạt: 7/15 thành viên Hội đồng tán thành; cần quá 50 % tổng số thành viên (8 phiếu).',
        reasonEn: 'Failed: 7/15 council members voted for; more than 50 % of all members is needed (8 votes).',
      },
      metadata: meta(chair1, 2),
    });
    expect(rejected).toEqual(
      expect.objectContaining({
        type: 'NominationRejected',
        data: expect.objectContaining({ reason: expect.stringContaining('7/15') }),
      }),
    );
  });

  it('given a rule set that returns on a failed vote, then the failed vote is followed by a return to the level below', () => {
    const returning = { ...ruleSet2024, procedure: { ...ruleSet2024.procedure!, onVoteFailed: 'return' as const } };
    const events = play(
      submitWithProcedure('BK_TLD', returning),
      appraisalCmd(chair1, 1, 1),
      voteCmd(chair1, 1, 2),
      decideCmd(chair1, 'approve', 1, 3),
      intakeCmd(reviewer2, 2, 10),
      appraisalCmd(reviewer2, 2, 11),
      voteCmd(reviewer2, 2, 12, thinTally()),
    );
    expect(events.slice(-2).map((e) => e.type)).toEqual(['NominationVoteFailed', 'NominationReturned']);
    expect(submitted(given(events).state)).toEqual(
      expect.objectContaining({
        status: 'RETURNED',
        openTask: expect.objectContaining({ kind: 'revision', level: 1 }),
      }),
    );
    given(events)
      .when(voteCmd(reviewer2, 2, 12, thinTally()))
      .then([]);
  });

  it('given a tally that does not add up, then NOMINATION.INVALID names the tally', () => {
    const error = given(play(submitWithProcedure(), appraisalCmd(chair1, 1, 1)))
      .when(voteCmd(chair1, 1, 2, tally({ present: 16 })))
      .thenRefuses('NOMINATION.INVALID');
    expect(error.messageEn).toContain('tally: present (16) exceeds membersTotal (15)');
  });

  it('given the full procedure at four levels, then it is granted and every event survives JSON and its schema', () => {
    const levelRun = (actor: Actor, level: 2 | 3, minute: number) => [
      intakeCmd(actor, level, minute),
      appraisalCmd(actor, level, minute + 1),
      voteCmd(actor, level, minute + 2),
      decideCmd(actor, 'approve', level, minute + 3),
    ];
    const events = play(
      ...atLevelCommands(),
      ...levelRun(reviewer2, 2, 10),
      ...levelRun(reviewer3, 3, 20),
      intakeCmd(reviewer4, 4, 30),
      appraisalCmd(reviewer4, 4, 31),
      voteCmd(reviewer4, 4, 32),
      decideCmd(reviewer4, 'approve', 4, 33, { decisionNumber: '1234/QĐ-TLĐ' }),
    );
    expect(submitted(given(events).state).status).toBe('GRANTED');
    for (const event of events) expect(NominationEvent.parse(JSON.parse(JSON.stringify(event)))).toEqual(event);
    expect(events.every((e) => e.metadata.ruleSetVersion === '2024.1')).toBe(true);
  });

  it('given the simplified procedure of BK_DX, then the nominating level signs off at once (chờ ký)', () => {
    const events = play(submitWithProcedure('BK_DX'));
    expect(submitted(given(events).state).status).toBe('AWAITING_SIGNATURE');
    given(events)
      .when(appraisalCmd(chair1, 1, 1))
      .thenRefuses('NOMINATION.STEP_NOT_IN_PROCEDURE');
    const forwarded = play(submitWithProcedure('BK_DX'), decideCmd(chair1, 'approve', 1, 2));
    expect(submitted(given(forwarded).state)).toEqual(
      expect.objectContaining({
        status: 'AWAITING_INTAKE',
        openTask: expect.objectContaining({ steps: ['intake', 'signoff'] }),
      }),
    );
  });

  it('given a nomination submitted without the procedure, then step commands are refused and approve works as before', () => {
    const plain = play(submitWithProcedure('BK_TLD', { ...ruleSet2024, procedure: undefined }));
    given(plain)
      .when(appraisalCmd(chair1, 1, 1))
      .thenRefuses('NOMINATION.STEP_NOT_IN_PROCEDURE');
    expect(submitted(given(plain).state).status).toBe('AWAITING_INTAKE');
    expect(
      play(
        submitWithProcedure('BK_TLD', { ...ruleSet2024, procedure: undefined }),
        decideCmd(chair1, 'approve', 1, 2),
      ).at(-1)?.type,
    ).toBe('NominationReviewOpened');
  });
});
