import { fieldIssues } from '../shared/zod-issues';
import { DecideNomination, NominationCommand } from './nomination.commands';
import { Dossier } from './shared/nomination.dossier';
import { sampleDossier, sampleSubmitNomination } from './shared/nomination.samples';
import { isFinalStatus, NOMINATION_STATUS_LABELS, NominationStatus } from './shared/nomination.status';

const issuesOf = (schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } }, value: unknown) => {
  const result = schema.safeParse(value);
  expect(result.success).toBe(false);
  return fieldIssues(result.error as never);
};

describe('nomination schemas', () => {
  it('accepts the sample dossier and the sample submission', () => {
    expect(Dossier.parse(sampleDossier())).toEqual(sampleDossier());
    expect(NominationCommand.parse(sampleSubmitNomination())).toEqual(sampleSubmitNomination());
  });

  it('names each bad field of a person nominee', () => {
    const nominee = { ...sampleDossier().nominee, fullName: '', birthYear: 1850, isLeader: 'no' };
    expect(issuesOf(Dossier, { ...sampleDossier(), nominee })).toEqual([
      { field: 'nominee.fullName', message: 'fullName must not be empty' },
      { field: 'nominee.birthYear', message: 'birthYear must be 1900 or later' },
      { field: 'nominee.isLeader', message: 'isLeader must be true or false' },
    ]);
  });

  it('names each bad field of a collective nominee', () => {
    const nominee = { kind: 'collective', name: 'Tổ Toán', memberCount: 0, womenShare: 70 };
    expect(issuesOf(Dossier, { ...sampleDossier(), nominee })).toEqual([
      { field: 'nominee.memberCount', message: 'memberCount must be at least 1' },
      { field: 'nominee.womenShare', message: 'womenShare must be between 0 and 1' },
    ]);
  });

  it('refuses an unknown nominee kind with the allowed ones', () => {
    expect(issuesOf(Dossier, { ...sampleDossier(), nominee: { kind: 'team' } })).toEqual([
      { field: 'nominee.kind', message: 'kind must be "person" or "collective"' },
    ]);
  });

  it('names the initiative and attachment fields: VND as a whole number, kinds, sizes and hashes', () => {
    const dossier = {
      ...sampleDossier(),
      initiatives: [{ title: 'Sáng kiến', valueVnd: 1.5, appliedYear: 2025 }],
      attachments: [{ kind: 'ANH', name: 'a.pdf', sizeBytes: 0, sha256: 'F'.repeat(64) }],
    };
    expect(issuesOf(Dossier, dossier)).toEqual([
      { field: 'initiatives[0].valueVnd', message: 'valueVnd must be a whole number of VND' },
      { field: 'attachments[0].kind', message: 'must be TO_TRINH, BAO_CAO_THANH_TICH, BIEN_BAN, SANG_KIEN or KHAC' },
      { field: 'attachments[0].sizeBytes', message: 'sizeBytes must be at least 1' },
      { field: 'attachments[0].sha256', message: 'sha256 must be 64 lowercase hexadecimal characters' },
    ]);
  });

  it('names the missing fields of a decision, and requires a reason only to return or reject', () => {
    const base = {
      type: 'DecideNomination',
      nominationId: 'n',
      actor: { userId: 'u', name: 'A', unitId: 'x' },
      now: '2026-03-02T08:00:00Z',
      level: 2,
      unitId: 'x',
    };
    expect(issuesOf(DecideNomination, { ...base, decision: 'return' })).toEqual([
      { field: 'reason', message: 'reason is required to return a nomination' },
    ]);
    expect(
      issuesOf(DecideNomination, { ...base, decision: 'maybe', level: 7, now: 'today' }).map((i) => i.field),
    ).toEqual(['now', 'decision', 'level']);
    expect(DecideNomination.safeParse({ ...base, decision: 'approve' }).success).toBe(true);
  });

  it('refuses an unknown command type', () => {
    expect(issuesOf(NominationCommand, { type: 'ApproveEverything' })[0]?.field).toBe('type');
  });
});

describe('nomination statuses', () => {
  it('label every status in Vietnamese and English, in the users’ words', () => {
    for (const status of NominationStatus.options)
      expect(NOMINATION_STATUS_LABELS[status].vi.length).toBeGreaterThan(0);
    expect(NOMINATION_STATUS_LABELS.AWAITING_INTAKE.vi).toBe('Chờ tiếp nhận');
    expect(NOMINATION_STATUS_LABELS.FORWARDED.vi).toBe('Đã chuyển cấp trên');
    expect(NOMINATION_STATUS_LABELS.RETURNED.vi).toBe('Bị trả lại');
    expect(NOMINATION_STATUS_LABELS.GRANTED.vi).toBe('Đã khen thưởng');
  });

  it('know which statuses are final', () => {
    expect(NominationStatus.options.filter(isFinalStatus)).toEqual([
      'REJECTED',
      'WITHDRAWN',
      'GRANTED',
      'REVOKED',
      'CANCELLED',
    ]);
  });
});
