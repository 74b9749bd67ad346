import { ruleSet2024 } from '../rules/rule-set-2024';
import { sampleAttachment } from '../nomination/shared/nomination.samples';
import { BatchError, batchProgress, decideSubmitBatch, type SubmitBatch } from './submission-batch';
import {
  batchDecisionScope,
  batchProgressOf,
  decideSubmissionBatch,
  evolveSubmissionBatch,
  type SubmissionBatchEvent,
  type SubmissionBatchState,
} from './submission-batch.aggregate';

const person = (i: number) => ({
  awardCode: 'BK_TINH',
  nominee: {
    kind: 'person',
    fullName: `Nông Thị Hoa ${i}`,
    gender: 'female',
    birthYear: 1985,
    position: 'Chuyên viên',
    isLeader: false,
    isDirectWorker: true,
    personKey: `DV-${i}`,
  },
  achievements: 'Hoàn thành xuất sắc nhiệm vụ năm 2026.',
  attachments: [sampleAttachment('BAO_CAO_THANH_TICH')],
});
const collective = (unitId: string) => ({
  awardCode: 'BK_TINH',
  nominee: { kind: 'collective', name: 'Phòng Tổ chức – Biên chế', memberCount: 12, womenShare: 0.6, unitId },
  achievements: 'Tập thể hoàn thành xuất sắc nhiệm vụ năm 2026.',
  attachments: [sampleAttachment('BAO_CAO_THANH_TICH')],
});
const context = { ruleSet: ruleSet2024, collectiveUnitIds: new Set(['cdcs-so-noi-vu-cao-bang']) };
const submit = (rows: unknown[], skipInvalidRows = false): SubmitBatch => ({
  type: 'SubmitBatch',
  batchId: 'b-1',
  actor: { userId: 'u-1', name: 'Nông Thị Hoa', unitId: 'cd-vien-chuc-cao-bang' },
  now: '2026-11-20T02:00:00.000Z',
  submittingUnitId: 'cd-vien-chuc-cao-bang',
  submittingUnitName: 'Công đoàn Viên chức tỉnh Cao Bằng',
  campaignId: 'annual-2026',
  campaignName: 'Thi đua thường xuyên năm 2026',
  submissionLetterNumber: '15/TTr-CĐVC',
  sharedAttachments: [sampleAttachment('TO_TRINH'), sampleAttachment('BIEN_BAN')],
  rows,
  nominationIds: rows.map((_, i) => `nom-${i + 1}`),
  skipInvalidRows,
});

function refusal(run: () => unknown): BatchError {
  try {
    run();
  } catch (err) {
    if (err instanceof BatchError) return err;
    throw err;
  }
  throw new Error('not refused');
}

describe('đề nghị (submission batch) of many nominees', () => {
  it('accepts 300 good rows (persons and a collective unit), each its own nomination-to-be', () => {
    const rows = [...Array.from({ length: 299 }, (_, i) => person(i + 1)), collective('cdcs-so-noi-vu-cao-bang')];
    const batch = decideSubmitBatch(submit(rows), context);
    expect(batch.accepted).toHaveLength(300);
    expect(batch.accepted[299]).toMatchObject({
      row: 300,
      nominee: { kind: 'collective', unitId: 'cdcs-so-noi-vu-cao-bang' },
    });
    expect(batch.skipped).toEqual([]);
  });

  it('refuses the whole batch naming every bad row with its field and rule', () => {
    const rows: unknown[] = Array.from({ length: 300 }, (_, i) => person(i + 1));
    rows[136] = { ...person(137), nominee: { ...person(137).nominee, fullName: '' } };
    rows[199] = collective('ldld-ha-noi');
    rows[249] = person(5); // the same person as row 5
    rows[279] = { ...person(280), awardCode: 'BK_KHONG_CO' };
    const err = refusal(() => decideSubmitBatch(submit(rows), context));
    expect(err.rowErrors.map((e) => [e.row, e.field, e.rule])).toEqual([
      [137, 'nominee.fullName', 'too_small'],
      [200, 'nominee.unitId', 'unit-not-below-submitter'],
      [250, 'nominee.personKey', 'duplicate'],
      [280, 'awardCode', 'unknown-award'],
    ]);
    expect(err.messageVi).toContain('dòng 137, 200, 250, 280');
  });

  it('accepts without the bad rows only when the user chose so, listing what was left out', () => {
    const rows: unknown[] = [person(1), collective('ldld-ha-noi'), person(3)];
    const batch = decideSubmitBatch(submit(rows, true), context);
    expect(batch.accepted.map((a) => a.row)).toEqual([1, 3]);
    expect(batch.skipped).toEqual([expect.objectContaining({ row: 2, rule: 'unit-not-below-submitter' })]);
  });

  it('leaves out the rows found bad where the list was read, listing them once, and refuses them unless asked to skip', () => {
    const read = {
      row: 1,
      field: 'Năm sinh',
      rule: 'number-format',
      message: 'Dòng 2, cột "Năm sinh": "12/3/2026" không phải là số',
      message_en: 'Row 2, Năm sinh: not a number',
    };
    // The first row also lacks a name (what the unreadable cell left behind): reported once, as read.
    const rows: unknown[] = [
      { ...(person(1) as object), nominee: { kind: 'person' } },
      person(2),
      collective('ldld-ha-noi'),
    ];
    const batch = decideSubmitBatch({ ...submit(rows, true), rowErrors: [read] }, context);
    expect(batch.accepted.map((a) => a.row)).toEqual([2]);
    expect(batch.skipped.map((e) => [e.row, e.rule])).toEqual([
      [1, 'number-format'],
      [3, 'unit-not-below-submitter'],
    ]);
    expect(() => decideSubmitBatch({ ...submit([person(1), person(2)]), rowErrors: [read] }, context)).toThrow(
      BatchError,
    );
  });

  it('reports progress as offices say it', () => {
    const progress = batchProgress([...Array<'FORWARDED'>(12).fill('FORWARDED'), 'RETURNED', 'RETURNED', 'REJECTED']);
    expect(progress.total).toBe(15);
    expect(progress.byStatus).toEqual({ FORWARDED: 12, RETURNED: 2, REJECTED: 1 });
    expect(progress.summary).toBe('12/15 đã chuyển cấp trên, 2/15 bị trả lại, 1/15 không đạt');
  });
});

describe('the submission batch aggregate (đề nghị as a stream)', () => {
  const fold = (events: SubmissionBatchEvent[], from: SubmissionBatchState | null = null) =>
    events.reduce(evolveSubmissionBatch, from);
  const submitted = () => fold(decideSubmissionBatch({ ...submit([person(1), person(2), person(3)]), context }, null));

  it('records the list with a nomination id per row and refuses a second submission of the same batch', () => {
    const state = submitted();
    expect(state?.submitted.rows.map((r) => [r.row, r.nominationId])).toEqual([
      [1, 'nom-1'],
      [2, 'nom-2'],
      [3, 'nom-3'],
    ]);
    expect(state?.submitted.sharedAttachments.map((a) => a.kind)).toEqual(['TO_TRINH', 'BIEN_BAN']);
    expect(() => decideSubmissionBatch({ ...submit([person(1)]), context }, state)).toThrow(
      expect.objectContaining({ code: 'BATCH.ALREADY_EXISTS' }),
    );
  });

  it('names a missing required document of a row in Vietnamese (Luật TĐKT 2022 Art. 84 [S26])', () => {
    const bare = { ...person(1), attachments: [] };
    const err = refusal(() => decideSubmissionBatch({ ...submit([person(2), bare]), context }, null));
    expect(err.rowErrors).toEqual([
      expect.objectContaining({ row: 2, field: 'attachments', rule: 'missing-attachment' }),
    ]);
    expect(err.rowErrors[0]?.message).toBe('Dòng 2: hồ sơ còn thiếu báo cáo thành tích.');
    expect(err.fieldErrors[0]?.field).toBe('rows[1].attachments');
  });

  it('says a schema problem of a row in Vietnamese, naming the row and the field', () => {
    const nameless = { ...person(4), nominee: { ...person(4).nominee, fullName: '' } };
    const err = refusal(() => decideSubmissionBatch({ ...submit([person(1), nameless]), context }, null));
    expect(err.rowErrors[0]).toMatchObject({ row: 2, field: 'nominee.fullName', rule: 'too_small' });
    expect(err.rowErrors[0]?.message).toBe('Dòng 2, họ và tên: không được để trống.');
  });

  it('records each start once: a retried fan-out adds nothing, a refused row that later starts counts as started', () => {
    const state = submitted();
    const start = (started: string[], refused: { row: number; nominationId: string }[] = []) => ({
      type: 'RecordBatchStarts' as const,
      batchId: 'b-1',
      now: '2026-11-20T02:05:00.000Z',
      started,
      refused: refused.map((r) => ({
        ...r,
        code: 'ELIGIBILITY.NOT_ELIGIBLE',
        message: 'Không đủ điều kiện.',
        message_en: 'Not eligible.',
      })),
    });
    const first = decideSubmissionBatch(start(['nom-1', 'nom-2', 'nom-x'], [{ row: 3, nominationId: 'nom-3' }]), state);
    expect(first.map((e) => e.type)).toEqual(['SubmissionBatchNominationsStarted', 'SubmissionBatchRowsRefused']);
    expect(first[0]?.data).toMatchObject({ nominationIds: ['nom-1', 'nom-2'] });
    const after = fold(first, state);
    expect(decideSubmissionBatch(start(['nom-1', 'nom-2'], [{ row: 3, nominationId: 'nom-3' }]), after)).toEqual([]);
    const later = fold(decideSubmissionBatch(start(['nom-3']), after), after);
    expect(later?.refused).toEqual([]);
    expect(later?.started).toEqual(['nom-1', 'nom-2', 'nom-3']);
  });

  it('tells progress from the nomination read model as offices say it', () => {
    const rows = Array.from({ length: 15 }, (_, i) => person(i + 1));
    const state = fold(decideSubmissionBatch({ ...submit(rows), context }, null)) as SubmissionBatchState;
    const statuses = new Map<string, 'FORWARDED' | 'RETURNED' | 'REJECTED'>();
    rows.forEach((_, i) => statuses.set(`nom-${i + 1}`, i < 12 ? 'FORWARDED' : i < 14 ? 'RETURNED' : 'REJECTED'));
    const progress = batchProgressOf(state, (id) => statuses.get(id));
    expect(progress.summary).toBe('12/15 đã chuyển cấp trên, 2 bị trả lại, 1 không đạt');
    expect(progress.summary_en).toBe('12/15 forwarded, 2 returned for revision, 1 rejected');
    statuses.delete('nom-15');
    expect(batchProgressOf(state, (id) => statuses.get(id))).toMatchObject({ pending: 1 });
  });

  it('returns or forwards the batch whole or in part, naming picks that are not its started rows, each once', () => {
    const before = submitted() as SubmissionBatchState;
    const state = fold(
      decideSubmissionBatch(
        {
          type: 'RecordBatchStarts',
          batchId: 'b-1',
          now: '2026-11-20T02:05:00.000Z',
          started: ['nom-1', 'nom-2'],
          refused: [],
        },
        before,
      ),
      before,
    ) as SubmissionBatchState;
    expect(batchDecisionScope(state, 'all').map((r) => r.nominationId)).toEqual(['nom-1', 'nom-2']);
    expect(batchDecisionScope(state, ['nom-2']).map((r) => r.row)).toEqual([2]);
    expect(() => batchDecisionScope(state, ['nom-1', 'nom-3', 'nom-x'])).toThrow(
      expect.objectContaining({
        code: 'BATCH.NOT_IN_BATCH',
        messageVi:
          'Không thể xử lý theo đề nghị: dòng 3 (Nông Thị Hoa 3) chưa được khởi tạo hồ sơ; mã "nom-x" không thuộc đề nghị này.',
      }),
    );
    const decision = {
      batchId: 'b-1',
      decisionId: 'd-1',
      decision: 'return' as const,
      reason: 'Thiếu biên bản họp bình xét có chữ ký.',
      whole: true,
      decidedBy: { userId: 'u-2', name: 'Trần Văn Thành' },
      at: '2026-11-21T02:00:00.000Z',
      covered: [
        { nominationId: 'nom-1', taskSeq: 2 },
        { nominationId: 'nom-2', taskSeq: 2 },
      ],
      notOpen: [],
    };
    const taken = fold(decideSubmissionBatch({ type: 'DecideBatch', now: decision.at, decision }, state), state);
    // Taking the same decision again (a retry) keeps the tasks it was taken over.
    expect(decideSubmissionBatch({ type: 'DecideBatch', now: decision.at, decision }, taken)).toEqual([]);
    const outcome = (decided: string[], refused: { nominationId: string; nomineeName: string; message: string }[]) => ({
      type: 'RecordBatchDecisionOutcome' as const,
      now: decision.at,
      outcome: { batchId: 'b-1', decisionId: 'd-1', decided, refused },
    });
    const busy = { nominationId: 'nom-2', nomineeName: 'Nông Thị Hoa 2', message: 'Hệ thống tạm gián đoạn.' };
    const once = fold(decideSubmissionBatch(outcome(['nom-1'], [busy]), taken), taken) as SubmissionBatchState;
    expect(once.decisions[0]).toMatchObject({ decided: ['nom-1'], refused: [busy] });
    // The retry reached nom-2 too: only nom-2 is added, and a further retry records nothing.
    const events = decideSubmissionBatch(outcome(['nom-1', 'nom-2'], []), once);
    expect(events.map((e) => e.data)).toEqual([expect.objectContaining({ decided: ['nom-2'] })]);
    const twice = fold(events, once) as SubmissionBatchState;
    expect(twice.decisions[0]).toMatchObject({ decided: ['nom-1', 'nom-2'], refused: [] });
    expect(decideSubmissionBatch(outcome(['nom-1', 'nom-2'], []), twice)).toEqual([]);
  });
});
