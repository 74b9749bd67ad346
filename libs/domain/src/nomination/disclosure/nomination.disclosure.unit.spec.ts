import type { Actor, NominationCommand } from '../nomination.commands';
import { decide, evolve, foldNomination } from '../nomination.decider';
import { DisclosureError } from './nomination.disclosure.errors';
import type { NominationEvent } from '../nomination.events';
import {
  actors,
  at,
  decideCmd,
  NOMINATION_ID,
  resubmitCmd,
  submit,
  submitted,
  withdrawCmd,
} from '../nomination.spec-helpers';
import type { NominationState } from '../shared/nomination.state.types';

const system = { userId: 'system:disclosure', name: 'Hệ thống (công khai)', unitId: actors.nominator.unitId };
const ENDS = at(50);
const base = { nominationId: NOMINATION_ID };
const post = (): NominationCommand => ({
  type: 'PostDisclosure',
  ...base,
  actor: system,
  now: at(1),
  workingDays: 5,
  endsAt: ENDS,
});
const end = (endsAt = ENDS): NominationCommand => ({
  type: 'EndDisclosure',
  ...base,
  actor: system,
  now: at(50),
  endsAt,
});
const object = (minute: number, objectionId = 'obj-1', actor: Actor = actors.nominator): NominationCommand => ({
  type: 'RecordObjection',
  ...base,
  actor,
  now: at(minute),
  objectionId,
  text: 'Chị Nhung chưa đủ 2 năm hoàn thành xuất sắc nhiệm vụ.',
  objectorName: 'Giáo viên tổ Văn',
});
const answer = (minute: number, upheld: boolean, objectionId = 'obj-1'): NominationCommand => ({
  type: 'AnswerObjection',
  ...base,
  actor: actors.chair1,
  now: at(minute),
  objectionId,
  answer: upheld ? 'Phản ánh đúng, bổ sung minh chứng.' : 'Đã đối chiếu quyết định công nhận; phản ánh không đúng.',
  upheld,
});

function run(commands: NominationCommand[], from: NominationState = foldNomination([])): NominationState {
  return commands.reduce((state, c) => decide(c, state).reduce(evolve, state), from);
}
function refusal(command: NominationCommand, state: NominationState): DisclosureError {
  try {
    decide(command, state);
  } catch (err) {
    if (err instanceof DisclosureError) return err;
    throw err;
  }
  throw new Error(`${command.type} was not refused`);
}

// Law 06/2022 Art. 84(5): public disclosure of the proposed people and collectives [S27]; posting period and
// objections are configurable — no union number of days was found (domain-sources §4.4, INF/UNV); 10 working days
// for national titles (NĐ 152 Art. 60(3) [S35]).
describe('public disclosure (công khai) at the nominating level [S27][S35]', () => {
  const withDisclosure = submit({ disclosure: { workingDays: 5 } });

  it('pins the requirement at submission; without it, nothing changes', () => {
    const events = decide(withDisclosure, foldNomination([]));
    expect(events[0]).toMatchObject({ type: 'NominationSubmitted', data: { disclosure: { workingDays: 5 } } });
    expect(submitted(events.reduce(evolve, foldNomination([]))).disclosure).toEqual({ workingDays: 5, objections: [] });
    const plain = run([submit()]);
    expect(submitted(plain).disclosure).toBeUndefined();
    expect(() => decide(post(), plain)).toThrow(DisclosureError);
    expect(decide(decideCmd(actors.chair1, 'approve', 1, 2), plain)[0]?.type).toBe('NominationForwarded');
  });

  it('refuses forwarding while posted, naming the end date in both languages; allows it once ended', () => {
    const posted = run([withDisclosure, post()]);
    const err = refusal(decideCmd(actors.chair1, 'approve', 1, 10), posted);
    expect(err.code).toBe('NOMINATION.DISCLOSURE_OPEN');
    expect(err.messageVi).toContain('đến hết ngày 02/03/2026');
    expect(err.messageEn).toContain('until 2026-03-02');
    // Returning or rejecting at the nominating level stays possible.
    expect(decide(decideCmd(actors.chair1, 'return', 1, 10), posted)[0]?.type).toBe('NominationReturned');
    const ended = run([end()], posted);
    expect(submitted(ended).disclosure?.endedAt).toBe(at(50));
    expect(decide(decideCmd(actors.chair1, 'approve', 1, 51), ended)[0]?.type).toBe('NominationForwarded');
    // Repeated timer: no-op.
    expect(decide(end(), ended)).toEqual([]);
  });

  it('refuses forwarding before the posting is written', () => {
    const justSubmitted = run([withDisclosure]);
    expect(refusal(decideCmd(actors.chair1, 'approve', 1, 2), justSubmitted).code).toBe('NOMINATION.DISCLOSURE_OPEN');
  });

  it('records objections only during the period and only from the nominating unit', () => {
    const posted = run([withDisclosure, post()]);
    const events: NominationEvent[] = decide(object(5), posted);
    expect(events).toEqual([
      expect.objectContaining({
        type: 'NominationObjectionRecorded',
        data: expect.objectContaining({ objectionId: 'obj-1', objectorName: 'Giáo viên tổ Văn' }),
      }),
    ]);
    const recorded = events.reduce(evolve, posted);
    expect(decide(object(5), recorded)).toEqual([]);
    expect(() => decide(object(6, 'obj-2', actors.reviewer2), posted)).toThrow(/nominating unit|đơn vị đề nghị/i);
    expect(refusal(object(55), posted).code).toBe('NOMINATION.DISCLOSURE_NOT_OPEN');
    expect(refusal(object(30), run([end()], posted)).code).toBe('NOMINATION.DISCLOSURE_NOT_OPEN');
  });

  it('an unanswered objection blocks forwarding after the period; a rejected objection then lets it through', () => {
    const state = run([withDisclosure, post(), object(5), end()]);
    expect(submitted(state).disclosure?.objections).toHaveLength(1);
    expect(refusal(decideCmd(actors.chair1, 'approve', 1, 51), state).code).toBe('NOMINATION.OBJECTION_UNANSWERED');
    const answered = run([answer(52, false)], state);
    expect(submitted(answered).disclosure?.objections[0]?.answer).toMatchObject({ upheld: false, by: actors.chair1 });
    expect(decide(answer(52, false), answered)).toEqual([]);
    expect(refusal(answer(53, true), answered).code).toBe('NOMINATION.OBJECTION_ALREADY_ANSWERED');
    expect(decide(decideCmd(actors.chair1, 'approve', 1, 53), answered)[0]?.type).toBe('NominationForwarded');
  });

  it('an upheld objection blocks forwarding until the unit returns and resubmits a revised dossier, or withdraws', () => {
    const upheld = run([withDisclosure, post(), object(5), end(), answer(52, true)]);
    expect(refusal(decideCmd(actors.chair1, 'approve', 1, 53), upheld).code).toBe('NOMINATION.OBJECTION_UPHELD');
    expect(decide(withdrawCmd(actors.nominator, 53), upheld)[0]?.type).toBe('NominationWithdrawn');
    const revised = run([decideCmd(actors.chair1, 'return', 1, 54), resubmitCmd(actors.nominator, 55)], upheld);
    expect(decide(decideCmd(actors.chair1, 'approve', 1, 56), revised)[0]?.type).toBe('NominationForwarded');
  });

  it('refuses an answer to an unknown objection (OBJECTION.NOT_FOUND, a 404)', () => {
    const posted = run([withDisclosure, post()]);
    expect(refusal(answer(10, false, 'nope'), posted).code).toBe('OBJECTION.NOT_FOUND');
  });
});

// Law 06/2022 Art. 84(5) [S27] asks that the list be made public before it is sent up; it does not
// say how. A unit that posted it on its notice board before entering the dossier records that posting
// instead of posting again: accepted only for a period that is over and as long as the rule set asks.
describe('a disclosure already held on paper (Law 06/2022 Art. 84(5)) [S27]', () => {
  const withDisclosure = submit({ disclosure: { workingDays: 5 } });
  const paper = (
    overrides: Partial<Extract<NominationCommand, { type: 'RecordPaperDisclosure' }>> = {},
  ): NominationCommand => ({
    type: 'RecordPaperDisclosure',
    ...base,
    actor: actors.chair1,
    now: at(3),
    place: 'Bảng tin Công đoàn cơ sở và cổng thông tin của đơn vị',
    postedOn: '2026-02-20',
    endedOn: '2026-02-27',
    workingDays: 5,
    objections: [],
    ...overrides,
  });

  it('ends the disclosure it records, so the nominating unit may forward at once', () => {
    const state = run([withDisclosure]);
    expect(refusal(decideCmd(actors.chair1, 'approve', 1, 2), state).code).toBe('NOMINATION.DISCLOSURE_OPEN');
    const events = decide(paper(), state);
    expect(events).toEqual([
      expect.objectContaining({
        type: 'NominationDisclosureHeldOnPaper',
        data: expect.objectContaining({ postedOn: '2026-02-20', endedOn: '2026-02-27', workingDays: 5 }),
      }),
    ]);
    const held = events.reduce(evolve, state);
    expect(submitted(held).disclosure).toMatchObject({
      endedAt: at(3),
      posted: { endsAt: '2026-02-27T10:00:00.000Z' },
      heldOnPaper: { place: expect.stringContaining('Bảng tin'), workingDays: 5 },
    });
    expect(decide(decideCmd(actors.chair1, 'approve', 1, 4), held)[0]?.type).toBe('NominationForwarded');
    // The workflow's own posting, arriving after the record, changes nothing; the same record again neither.
    expect(decide(post(), held)).toEqual([]);
    expect(decide(paper({ now: at(5) }), held)).toEqual([]);
    expect(refusal(paper({ postedOn: '2026-02-19' }), held).code).toBe('NOMINATION.DISCLOSURE_ALREADY_ENDED');
  });

  it('supersedes a posting the workflow had started', () => {
    const held = run([withDisclosure, post(), paper()]);
    expect(submitted(held).disclosure?.endedAt).toBe(at(3));
    expect(decide(end(), held)).toEqual([]);
    expect(decide(decideCmd(actors.chair1, 'approve', 1, 4), held)[0]?.type).toBe('NominationForwarded');
  });

  it('refuses a period shorter than the pinned working days, naming both counts', () => {
    const err = refusal(
      paper({ postedOn: '2026-02-23', endedOn: '2026-02-26', workingDays: 3 }),
      run([withDisclosure]),
    );
    expect(err.code).toBe('NOMINATION.DISCLOSURE_TOO_SHORT');
    expect(err.messageVi).toContain('từ 23/02/2026 đến 26/02/2026 là 3 ngày làm việc');
    expect(err.messageVi).toContain('ít nhất 5 ngày làm việc');
  });

  it('refuses a period that has not ended before today (Vietnam time), or ends before it starts', () => {
    const state = run([withDisclosure]);
    // at(3) is 02/03/2026 in Vietnam: a period ending that day is not over yet.
    expect(refusal(paper({ endedOn: '2026-03-02' }), state).code).toBe('NOMINATION.DISCLOSURE_NOT_ENDED');
    expect(() => decide(paper({ postedOn: '2026-02-28', endedOn: '2026-02-27' }), state)).toThrow(/endedOn/);
  });

  it('is refused to another unit and to a nomination whose rule set requires no disclosure', () => {
    expect(() => decide(paper({ actor: actors.reviewer2 }), run([withDisclosure]))).toThrow(
      /nominating unit|đơn vị đề nghị/i,
    );
    expect(refusal(paper(), run([submit()])).code).toBe('NOMINATION.NO_DISCLOSURE');
  });

  it('keeps the objections answered on paper; an upheld one still needs a revised dossier before forwarding', () => {
    const objections = [
      {
        objectionId: 'p-1',
        text: 'Chưa rõ số năm công tác.',
        answer: 'Đã bổ sung quyết định tuyển dụng.',
        upheld: false,
      },
      {
        objectionId: 'p-2',
        text: 'Thành tích kê khai chưa đúng.',
        answer: 'Phản ánh đúng; sửa báo cáo.',
        upheld: true,
      },
    ];
    const held = run([withDisclosure, paper({ objections })]);
    expect(submitted(held).disclosure?.objections.map((o) => [o.id, o.answer?.upheld])).toEqual([
      ['p-1', false],
      ['p-2', true],
    ]);
    expect(refusal(decideCmd(actors.chair1, 'approve', 1, 4), held).code).toBe('NOMINATION.OBJECTION_UPHELD');
    const revised = run([decideCmd(actors.chair1, 'return', 1, 5), resubmitCmd(actors.nominator, 6)], held);
    expect(decide(decideCmd(actors.chair1, 'approve', 1, 7), revised)[0]?.type).toBe('NominationForwarded');
    const repeated = [
      { ...objections[0]!, objectionId: 'p-1' },
      { ...objections[0]!, objectionId: 'p-1' },
    ];
    expect(() => decide(paper({ objections: repeated }), run([withDisclosure]))).toThrow(/objections/);
  });
});
