// Test-only builders for the decider specs (not exported from the barrel).
import { demoUnitIds as ids } from '../org/demo-org-tree';
import type { OrgLevel } from '../org/org-unit';
import type {
  Actor,
  DecideNomination,
  NominationCommand,
  ResubmitNomination,
  WithdrawNomination,
} from './nomination.commands';
import { decide, evolve, foldNomination } from './nomination.decider';
import { NominationError, type NominationErrorCode } from './shared/nomination.errors';
import type { NominationEvent } from './nomination.events';
import { sampleRoute, sampleSubmitNomination } from './shared/nomination.samples';
import type { NominationState, SubmittedNominationState } from './shared/nomination.state.types';

export const NOMINATION_ID = 'nom-0001';
export function unitAt(level: OrgLevel): string {
  const found = sampleRoute.find((s) => s.level === level);
  if (!found) throw new Error(`no level ${level} in the sample route`);
  return found.unitId;
}

export const actors = {
  nominator: { userId: 'u-nominator', name: 'Lê Văn Bình', unitId: ids.cdcsThcsTanHoi },
  chair1: { userId: 'u-chair-1', name: 'Phạm Thị Lan', unitId: ids.cdcsThcsTanHoi },
  reviewer2: { userId: 'u-rev-2', name: 'Trần Quốc Tuấn', unitId: ids.ldldDanPhuong },
  reviewer2b: { userId: 'u-rev-2b', name: 'Đỗ Minh Châu', unitId: ids.ldldDanPhuong },
  reviewer3: { userId: 'u-rev-3', name: 'Hoàng Văn Sơn', unitId: ids.ldldHaNoi },
  reviewer4: { userId: 'u-rev-4', name: 'Vũ Thị Hạnh', unitId: ids.tongLdld },
} satisfies Record<string, Actor>;

/** Minute `n` of a fixed working morning, as an ISO instant. */
export const at = (minute: number): string => new Date(Date.UTC(2026, 2, 2, 8, minute)).toISOString();

export const submit = sampleSubmitNomination;

export function decideCmd(
  actor: Actor,
  decision: DecideNomination['decision'],
  level: OrgLevel,
  minute: number,
  extra: Partial<DecideNomination> = {},
): DecideNomination {
  const base = {
    type: 'DecideNomination' as const,
    nominationId: NOMINATION_ID,
    actor,
    now: at(minute),
    decision,
    level,
    unitId: unitAt(level),
  };
  return { ...base, ...(decision === 'approve' ? {} : { reason: 'Thiếu biên bản họp bình xét' }), ...extra };
}

export function resubmitCmd(actor: Actor, minute: number, extra: Partial<ResubmitNomination> = {}): ResubmitNomination {
  return { type: 'ResubmitNomination', nominationId: NOMINATION_ID, actor, now: at(minute), ...extra };
}

export function withdrawCmd(actor: Actor, minute: number, extra: Partial<WithdrawNomination> = {}): WithdrawNomination {
  return {
    type: 'WithdrawNomination',
    nominationId: NOMINATION_ID,
    actor,
    now: at(minute),
    reason: 'Cá nhân xin rút hồ sơ',
    ...extra,
  };
}

/** Runs commands through decide/evolve from the initial state and returns every event they produced. */
export function play(...commands: NominationCommand[]): NominationEvent[] {
  const events: NominationEvent[] = [];
  let state = foldNomination([]);
  for (const command of commands) {
    const produced = decide(command, state);
    state = produced.reduce(evolve, state);
    events.push(...produced);
  }
  return events;
}

/** The usual climb: submitted, then approved at each listed level in turn. */
export function approvedUpTo(level: OrgLevel): NominationCommand[] {
  const reviewers = [actors.chair1, actors.reviewer2, actors.reviewer3];
  const approvals = reviewers
    .slice(0, level)
    .map((actor, i) => decideCmd(actor, 'approve', (i + 1) as OrgLevel, 10 * (i + 1)));
  return [submit(), ...approvals];
}

/** given(events).when(command).then(events) / .thenRefuses(code). */
export function given(events: readonly NominationEvent[]) {
  const state = foldNomination(events);
  return {
    state,
    when: (command: NominationCommand) => ({
      then: (expected: NominationEvent[]) => {
        const produced = decide(command, state);
        expect(produced).toEqual(expected);
        return produced.reduce(evolve, state);
      },
      thenRefuses: (code: NominationErrorCode): NominationError => {
        let caught: unknown;
        try {
          decide(command, state);
        } catch (error) {
          caught = error;
        }
        expect(caught).toBeInstanceOf(NominationError);
        expect((caught as NominationError).code).toBe(code);
        return caught as NominationError;
      },
    }),
  };
}

/** Narrows a state to a submitted one, failing the test otherwise. */
export function submitted(state: NominationState): SubmittedNominationState {
  if (state.status === 'DRAFT') throw new Error('expected a submitted nomination');
  return state;
}

/** The metadata the decider stamps on events of a command by `actor` at `minute`. */
export const meta = (actor: Actor, minute: number) => ({
  nominationId: NOMINATION_ID,
  actor,
  now: at(minute),
  ruleSetVersion: '2024.1',
});
