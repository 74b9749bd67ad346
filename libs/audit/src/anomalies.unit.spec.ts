import { STREAM_ANOMALY_KINDS, streamAnomalies, type AnomalyEvent } from './anomalies';

// Cut-offs blame the right person: a campaign's cut-off for a level (domain.md "Deadlines": the due
// date is the earlier of the working-day limit and the level's cut-off) is the sending unit's
// deadline to deliver; a task that arrives after it is not its receivers' lateness.
let version = 0;
const ev = (
  type: string,
  occurredAt: string,
  data: Record<string, unknown>,
  actor?: [string, string],
): AnomalyEvent => ({
  streamId: 'nomination-n1',
  streamVersion: ++version,
  globalPosition: String(version),
  type,
  occurredAt,
  data,
  metadata: actor ? { actor: actor[0], actorName: actor[1] } : {},
});
const cdcs = { level: 1, unitId: 'cdcs-bvdk-dan-phuong' };
const district = { level: 2, unitId: 'ldld-dan-phuong' };
const province = { level: 3, unitId: 'ldld-ha-noi' };

describe('streamAnomalies — who is late at a cut-off', () => {
  beforeEach(() => {
    version = 0;
  });

  it('a dossier forwarded after the next level’s cut-off is the sender’s late submission, not the receiver’s late decision', () => {
    const events = [
      ev('NominationReviewOpened', '2026-11-09T02:00:00Z', { ...district, taskSeq: 2 }),
      ev('NominationTaskDueSet', '2026-11-09T02:00:00Z', { taskSeq: 2, dueAt: '2026-11-30T16:59:59.999Z' }),
      ev('NominationForwarded', '2026-11-27T03:00:00Z', { from: district, to: province }, ['u-dp', 'Nguyễn Văn Quang']),
      ev('NominationReviewOpened', '2026-11-27T03:00:00Z', { ...province, taskSeq: 3 }),
      // The province's cut-off (25/11) had passed when the task opened: born overdue.
      ev('NominationTaskDueSet', '2026-11-27T03:00:00Z', { taskSeq: 3, dueAt: '2026-11-25T16:59:59.999Z' }),
      ev('NominationForwarded', '2026-11-27T03:20:00Z', { from: province, to: { level: 4, unitId: 'tld' } }, [
        'u-hn',
        'Nguyễn Đức Long',
      ]),
    ];
    const found = streamAnomalies(events, STREAM_ANOMALY_KINDS).filter((a) => a.kind.startsWith('late_'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      kind: 'late_submission',
      actor: { id: 'u-dp', name: 'Nguyễn Văn Quang', unitId: 'ldld-dan-phuong' },
      details: { taskSeq: 3, submittingUnitId: 'ldld-dan-phuong', receivedAt: '2026-11-27T03:00:00Z' },
    });
    expect(found[0]!.explanation.vi).toContain('đơn vị gửi chậm');
  });

  it('a decision after a due time the task had when it opened is still the decider’s lateness', () => {
    const events = [
      ev('NominationSubmitted', '2026-11-02T02:00:00Z', { nominatingUnitId: cdcs.unitId }, [
        'u-nom',
        'Đỗ Thị Thanh Hà',
      ]),
      ev('NominationReviewOpened', '2026-11-02T02:00:00Z', { ...cdcs, taskSeq: 1 }),
      ev('NominationTaskDueSet', '2026-11-02T02:00:00Z', { taskSeq: 1, dueAt: '2026-11-16T16:59:59.999Z' }),
      ev('NominationForwarded', '2026-11-18T02:00:00Z', { from: cdcs, to: district }, [
        'u-bvdp',
        'Nguyễn Thị Thu Hằng',
      ]),
    ];
    const found = streamAnomalies(events, STREAM_ANOMALY_KINDS);
    expect(found.map((a) => [a.kind, a.actor.name])).toEqual([['late_decision', 'Nguyễn Thị Thu Hằng']]);
  });

  it('once an administrator extends a born-overdue task, the receiver is measured against the new due time', () => {
    const events = [
      ev('NominationForwarded', '2026-11-27T03:00:00Z', { from: district, to: province }, ['u-dp', 'Nguyễn Văn Quang']),
      ev('NominationReviewOpened', '2026-11-27T03:00:00Z', { ...province, taskSeq: 3 }),
      ev('NominationTaskDueSet', '2026-11-27T03:00:00Z', { taskSeq: 3, dueAt: '2026-11-25T16:59:59.999Z' }),
      ev('NominationTaskDeadlineExtended', '2026-11-27T04:00:00Z', { taskSeq: 3, dueAt: '2026-12-04T16:59:59.999Z' }),
      ev('NominationForwarded', '2026-12-08T02:00:00Z', { from: province, to: { level: 4, unitId: 'tld' } }, [
        'u-hn',
        'Nguyễn Đức Long',
      ]),
    ];
    const kinds = streamAnomalies(events, STREAM_ANOMALY_KINDS).map((a) => [a.kind, a.actor.name]);
    expect(kinds).toEqual([
      ['late_submission', 'Nguyễn Văn Quang'],
      ['late_decision', 'Nguyễn Đức Long'],
    ]);
  });

  it('a recorded late submission (NominationSubmittedAfterCutOff) names the sender; the receiver keeps its working-day time [S23][S30]', () => {
    const events = [
      ev('NominationForwarded', '2026-11-27T03:00:00Z', { from: district, to: province }, ['u-dp', 'Nguyễn Văn Quang']),
      ev('NominationReviewOpened', '2026-11-27T03:00:00Z', { ...province, taskSeq: 3 }),
      ev(
        'NominationSubmittedAfterCutOff',
        '2026-11-27T03:00:00Z',
        {
          taskSeq: 3,
          receivedBy: province,
          receivedAt: '2026-11-27T03:00:00Z',
          cutOffAt: '2026-11-25T16:59:59.999Z',
          submittedBy: district,
          sender: { userId: 'u-dp', name: 'Nguyễn Văn Quang', unitId: district.unitId },
        },
        ['system:deadlines', 'Hệ thống (hạn xử lý)'],
      ),
      // Ten working days from arrival, not the passed cut-off.
      ev('NominationTaskDueSet', '2026-11-27T03:00:00Z', { taskSeq: 3, dueAt: '2026-12-11T16:59:59.999Z' }),
      ev('NominationForwarded', '2026-12-04T02:00:00Z', { from: province, to: { level: 4, unitId: 'tld' } }, [
        'u-hn',
        'Nguyễn Đức Long',
      ]),
    ];
    const found = streamAnomalies(events, STREAM_ANOMALY_KINDS);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      kind: 'late_submission',
      type: 'NominationSubmittedAfterCutOff',
      actor: { id: 'u-dp', name: 'Nguyễn Văn Quang', unitId: 'ldld-dan-phuong' },
      details: { taskSeq: 3, submittingUnitId: 'ldld-dan-phuong', cutOffDueAt: '2026-11-25T16:59:59.999Z' },
    });
    expect(found[0]!.explanation.vi).toContain('đơn vị gửi chậm');
    // The receiver deciding after its own working-day due time is still its lateness.
    const slow = [
      ...events.slice(0, 4),
      ev('NominationForwarded', '2026-12-14T02:00:00Z', { from: province, to: { level: 4, unitId: 'tld' } }, [
        'u-hn',
        'Nguyễn Đức Long',
      ]),
    ];
    expect(streamAnomalies(slow, STREAM_ANOMALY_KINDS).map((a) => [a.kind, a.actor.name])).toEqual([
      ['late_submission', 'Nguyễn Văn Quang'],
      ['late_decision', 'Nguyễn Đức Long'],
    ]);
  });
});
