import {
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
});
