import { can, homeOf, unitsFor } from './session';

describe('what the server says the user may do', () => {
  const me = { capabilities: { 'nomination.decide': ['cdcs', 'ldld'], 'audit.read': 'anywhere' as const } };

  it('answers from capabilities, at a unit or anywhere', () => {
    expect(can(me, 'nomination.decide')).toBe(true);
    expect(can(me, 'nomination.decide', 'ldld')).toBe(true);
    expect(can(me, 'nomination.decide', 'elsewhere')).toBe(false);
    expect(can(me, 'audit.read', 'elsewhere')).toBe(true);
    expect(can(me, 'nomination.submit')).toBe(false);
    expect(can(undefined, 'audit.read')).toBe(false);
    expect(unitsFor(me, 'nomination.decide')).toEqual(['cdcs', 'ldld']);
    expect(unitsFor(me, 'audit.read')).toEqual([]);
  });

  it('lands those who decide on their inbox, others on the nominations', () => {
    expect(homeOf(me)).toBe('/inbox');
    expect(homeOf({ capabilities: { 'nomination.submit': ['cdcs'] } })).toBe('/nominations');
  });
});
