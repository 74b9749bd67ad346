import type { Aggregate, TimedCommand } from '../shared/aggregate';
import { UnitError } from './unit.errors';
import { UnitEvent, type UnitReplacement } from './unit.events';

// The org-tree rules (no cycle, levels, active parents) need the whole tree, not one unit: the API
// validates the changed tree with `validateOrgTree` and puts what it found on the command; this
// decider keeps each unit's own history consistent (exists, not dissolved twice, no empty rename).

/** Create a unit under a parent from a date. */
export interface CreateUnit extends TimedCommand {
  type: 'CreateUnit';
  unit: { id: string; code: string; name: string; kind: string; memberCount: number | null };
  parentId: string;
  effectiveFrom: string;
}

/** Rename a unit. */
export interface RenameUnit extends TimedCommand {
  type: 'RenameUnit';
  name: string;
}

/** Move a unit under another parent from a date (also a child taken over by a successor). */
export interface ReparentUnit extends TimedCommand {
  type: 'ReparentUnit';
  fromParentId: string | null;
  parentId: string;
  effectiveFrom: string;
  reorganisationId: string | null;
  /** The pairs the job swaps; absent for a child moved by its parent's dissolution (that job has them). */
  replacements?: UnitReplacement[];
}

/** Dissolve a unit from a date into a successor, which takes its children. */
export interface DissolveUnit extends TimedCommand {
  type: 'DissolveUnit';
  effectiveFrom: string;
  successorId: string;
  children: string[];
  reorganisationId: string;
  replacements: UnitReplacement[];
}

/** Every unit command. */
export type UnitCommand = CreateUnit | RenameUnit | ReparentUnit | DissolveUnit;

/** A unit as its events made it; null before it exists. */
export type UnitState = { id: string; name: string; dissolvedOn: string | null } | null;

function existing(state: UnitState): NonNullable<UnitState> {
  if (!state) throw new UnitError('UNIT.NOT_FOUND', 'Không tìm thấy đơn vị.', 'Unknown unit.', { field: 'id' });
  return state;
}

function notDissolved(state: NonNullable<UnitState>): void {
  if (state.dissolvedOn) {
    throw new UnitError(
      'UNIT.CONFLICT',
      `Đơn vị "${state.name}" đã giải thể từ ${state.dissolvedOn}.`,
      `Unit "${state.name}" is already dissolved from ${state.dissolvedOn}.`,
      { field: 'id', dissolvedOn: state.dissolvedOn },
    );
  }
}

/** Decides a unit command. */
export function decideUnit(command: UnitCommand, state: UnitState): UnitEvent[] {
  switch (command.type) {
    case 'CreateUnit': {
      if (state) {
        throw new UnitError('UNIT.ALREADY_EXISTS', 'Đơn vị đã tồn tại.', 'The unit already exists.', { field: 'id' });
      }
      const { id, code, name, kind, memberCount } = command.unit;
      const data = { id, code, name, kind, memberCount, parentId: command.parentId };
      return [{ type: 'UnitCreated', data: { ...data, effectiveFrom: command.effectiveFrom } }];
    }
    case 'RenameUnit': {
      const unit = existing(state);
      if (unit.name === command.name) return [];
      return [{ type: 'UnitRenamed', data: { from: unit.name, to: command.name } }];
    }
    case 'ReparentUnit': {
      notDissolved(existing(state));
      const { fromParentId, parentId, effectiveFrom, reorganisationId, replacements } = command;
      const data = { fromParentId, parentId, effectiveFrom, reorganisationId };
      return [{ type: 'UnitReparented', data: replacements ? { ...data, replacements } : data }];
    }
    case 'DissolveUnit': {
      notDissolved(existing(state));
      const { effectiveFrom, successorId, children, reorganisationId, replacements } = command;
      return [
        { type: 'UnitDissolved', data: { effectiveFrom, successorId, children, reorganisationId, replacements } },
      ];
    }
  }
}

/**
 * Applies a unit event. A stream begun before units were typed may start with a rename or a move
 * of a seeded unit; the state then knows only the unit's id until its `UnitRecorded` arrives.
 */
export function evolveUnit(state: UnitState, event: UnitEvent): UnitState {
  switch (event.type) {
    case 'UnitCreated':
      return { id: event.data.id, name: event.data.name, dissolvedOn: null };
    case 'UnitRecorded':
      return { id: event.data.id, name: event.data.name, dissolvedOn: event.data.dissolvedOn };
    case 'UnitRenamed':
      return state && { ...state, name: event.data.to };
    case 'UnitReparented':
      return state;
    case 'UnitDissolved':
      return state && { ...state, dissolvedOn: event.data.effectiveFrom };
  }
}

/** One organisational unit (stream `unit-<id>`). */
export const unitAggregate: Aggregate<UnitState, UnitCommand, UnitEvent> = {
  label: { vi: 'đơn vị', en: 'unit' },
  initialState: null,
  decide: decideUnit,
  evolve: evolveUnit,
  eventSchema: UnitEvent,
};
