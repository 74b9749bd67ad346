import { foldEvents } from '../shared/aggregate';
import { unitAggregate as units, type UnitCommand } from './unit.decider';
import { UnitError } from './unit.errors';
import { UnitEvent } from './unit.events';

const now = '2026-06-15T03:00:00.000Z';
const create: UnitCommand = {
  type: 'CreateUnit',
  now,
  unit: { id: 'u-1', code: 'CD-XA-1', name: 'Công đoàn xã Hòa An', kind: 'cd_xa', memberCount: 120 },
  parentId: 'ldld-cao-bang',
  effectiveFrom: '2026-07-01',
};
const created = units.decide(create, null);
const code = (f: () => unknown): string => {
  try {
    f();
  } catch (err) {
    if (err instanceof UnitError) return err.code;
    throw err;
  }
  throw new Error('no refusal');
};

describe('unit aggregate', () => {
  it('creates once; a rename to the same name records nothing', () => {
    expect(created).toEqual([expect.objectContaining({ type: 'UnitCreated' })]);
    const state = foldEvents(units, created);
    expect(code(() => units.decide(create, state))).toBe('UNIT.ALREADY_EXISTS');
    expect(units.decide({ type: 'RenameUnit', now, name: 'Công đoàn xã Hòa An' }, state)).toEqual([]);
    const renamed = units.decide({ type: 'RenameUnit', now, name: 'Công đoàn phường Hòa An' }, state);
    expect(renamed).toEqual([
      { type: 'UnitRenamed', data: { from: 'Công đoàn xã Hòa An', to: 'Công đoàn phường Hòa An' } },
    ]);
  });

  it('refuses to move or dissolve a unit dissolved already, or one it never saw', () => {
    const dissolve: UnitCommand = {
      type: 'DissolveUnit',
      now,
      effectiveFrom: '2026-07-01',
      successorId: 'u-2',
      children: ['u-3'],
      reorganisationId: 'r-1',
      replacements: [{ fromUnitId: 'u-1', toUnitId: 'u-2' }],
    };
    const state = foldEvents(units, [...created, ...units.decide(dissolve, foldEvents(units, created))]);
    expect(state).toMatchObject({ dissolvedOn: '2026-07-01' });
    expect(code(() => units.decide(dissolve, state))).toBe('UNIT.CONFLICT');
    const move: UnitCommand = {
      type: 'ReparentUnit',
      now,
      fromParentId: 'a',
      parentId: 'b',
      effectiveFrom: '2026-08-01',
      reorganisationId: null,
    };
    expect(code(() => units.decide(move, state))).toBe('UNIT.CONFLICT');
    expect(code(() => units.decide(move, null))).toBe('UNIT.NOT_FOUND');
    // A child moved by a dissolution carries no replacements of its own (the dissolution's job has them).
    expect(units.decide(move, foldEvents(units, created))[0]?.data).not.toHaveProperty('replacements');
  });

  it('parses the shapes written before units were typed, and a seeded unit known only from its row', () => {
    const legacy = [
      { type: 'UnitRenamed', data: { from: 'A', to: 'B' } },
      {
        type: 'UnitReparented',
        data: { fromParentId: 'p', parentId: 'q', effectiveFrom: '2025-07-01', reorganisationId: null },
      },
      {
        type: 'UnitDissolved',
        data: { effectiveFrom: '2025-07-01', successorId: 's', children: [], reorganisationId: 'r' },
      },
    ].map((e) => UnitEvent.parse(e));
    // Changes of a seeded unit recorded before its row: unknown until the row is adopted.
    expect(foldEvents(units, legacy)).toBeNull();
    const recorded = UnitEvent.parse({
      type: 'UnitRecorded',
      data: { id: 'x', code: 'X', name: 'B', kind: 'cd_xa', memberCount: 5, dissolvedOn: '2025-07-01' },
    });
    expect(foldEvents(units, [...legacy, recorded])).toEqual({ id: 'x', name: 'B', dissolvedOn: '2025-07-01' });
  });
});
