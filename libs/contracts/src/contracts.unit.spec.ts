import {
  campaignStreamId,
  delegationStreamId,
  parseStreamId,
  quotaStreamId,
  relativesStreamId,
  unitStreamId,
  ruleSetStreamId,
  userStreamId,
  workingCalendarStreamId,
  InvalidIdError,
  NOMINATIONS_TASK_QUEUE,
  VINHDANH_SEARCH_ATTRIBUTES,
  nominationStreamId,
  nominationWorkflowId,
} from './index';

// These strings are stored in Temporal and in the event store: a change here is a breaking change.
describe('wire names', () => {
  it('builds workflow and stream ids from the nomination id', () => {
    expect(nominationWorkflowId('7f1c')).toBe('nomination:7f1c');
    expect(nominationStreamId('7f1c')).toBe('nomination-7f1c');
  });

  it('refuses an empty nomination id, which would make every nomination share one id', () => {
    expect(() => nominationWorkflowId(' ')).toThrow(InvalidIdError);
    expect(() => nominationStreamId('')).toThrow(InvalidIdError);
  });

  it('keeps the task queue and the search attribute names and types stable', () => {
    expect(NOMINATIONS_TASK_QUEUE).toBe('vinhdanh-nominations');
    expect(VINHDANH_SEARCH_ATTRIBUTES.map(({ name, type }) => `${name}:${type}`)).toEqual([
      'VinhdanhStatus:KEYWORD',
      'VinhdanhLevel:INT',
      'VinhdanhUnitId:KEYWORD',
      'VinhdanhAwardCode:KEYWORD',
      'VinhdanhCampaignId:KEYWORD',
    ]);
  });

  it('builds every other aggregate stream id, keeping the schemes already stored', () => {
    expect([
      campaignStreamId('c1'),
      workingCalendarStreamId(2026),
      quotaStreamId('c1'),
      delegationStreamId('d1'),
      relativesStreamId('u1'),
      userStreamId('u1'),
      unitStreamId('ldld-ha-noi'),
      ruleSetStreamId('2025.1'),
    ]).toEqual([
      'campaign-c1',
      'working-calendar-2026',
      'quota-c1',
      'delegation-d1',
      'relatives-u1',
      'user-u1',
      'unit-ldld-ha-noi',
      'rule-set-2025.1',
    ]);
    expect(() => ruleSetStreamId('bộ mới')).toThrow(InvalidIdError);
    expect(() => campaignStreamId(' ')).toThrow(InvalidIdError);
    expect(() => workingCalendarStreamId(26)).toThrow(InvalidIdError);
  });

  it('tells the aggregate of a stream id, the longer prefix first', () => {
    expect(parseStreamId('working-calendar-2026')).toEqual({ kind: 'working-calendar', id: '2026' });
    expect(parseStreamId('nomination-7f1c')).toEqual({ kind: 'nomination', id: '7f1c' });
    expect(parseStreamId('quota-')).toBeNull();
    expect(parseStreamId('bench-1')).toBeNull();
    expect(parseStreamId('rule-set-2026.HN-1')).toEqual({ kind: 'rule-set', id: '2026.HN-1' });
    expect(parseStreamId('award-decision-9a1')).toEqual({ kind: 'award-decision', id: '9a1' });
    expect(parseStreamId('submission-batch-b7')).toEqual({ kind: 'submission-batch', id: 'b7' });
    expect(parseStreamId('council-session-c3')).toEqual({ kind: 'council-session', id: 'c3' });
  });
});
