import { foldEvents } from '../shared/aggregate';
import { RelativeAlreadyDeclaredError, relativesAggregate as relatives } from './relatives.decider';

describe('relatives aggregate', () => {
  const declare = (declarationId: string) => ({
    type: 'DeclareRelative' as const,
    now: '2026-06-15T03:00:00Z',
    declarationId,
    personKey: 'cccd-001',
    fullName: 'Nguyễn Thị Lan',
    relation: 'vợ',
  });

  it('declares a person once: the same declaration again records nothing, another one is refused', () => {
    const events = relatives.decide(declare('r-1'), relatives.initialState);
    expect(events).toHaveLength(1);
    const state = foldEvents(relatives, events);
    expect(relatives.decide(declare('r-1'), state)).toEqual([]);
    expect(() => relatives.decide(declare('r-2'), state)).toThrow(RelativeAlreadyDeclaredError);
  });
});
