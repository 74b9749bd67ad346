import { ruleSet2024 } from '../rules/rule-set-2024';
import { BatchError, batchProgress, decideSubmitBatch, type SubmitBatch } from './submission-batch';

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
});
const collective = (unitId: string) => ({
  awardCode: 'BK_TINH',
  nominee: { kind: 'collective', name: 'Phòng Tổ chức – Biên chế', memberCount: 12, womenShare: 0.6, unitId },
});
const context = { ruleSet: ruleSet2024, collectiveUnitIds: new Set(['cdcs-so-noi-vu-cao-bang']) };
const submit = (rows: unknown[], skipInvalidRows = false): SubmitBatch => ({
  type: 'SubmitBatch',
  batchId: 'b-1',
  actor: { userId: 'u-1', name: 'Nông Thị Hoa', unitId: 'cd-vien-chuc-cao-bang' },
  now: '2026-11-20T02:00:00.000Z',
  submittingUnitId: 'cd-vien-chuc-cao-bang',
  campaignId: 'annual-2026',
  submissionLetterNumber: '15/TTr-CĐVC',
  minutesAttachmentId: 'a-1',
  rows,
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

  it('reports progress as offices say it', () => {
    const progress = batchProgress([...Array<'FORWARDED'>(12).fill('FORWARDED'), 'RETURNED', 'RETURNED', 'REJECTED']);
    expect(progress.total).toBe(15);
    expect(progress.byStatus).toEqual({ FORWARDED: 12, RETURNED: 2, REJECTED: 1 });
    expect(progress.summary).toBe('12/15 đã chuyển cấp trên, 2/15 bị trả lại, 1/15 không đạt');
  });
});
