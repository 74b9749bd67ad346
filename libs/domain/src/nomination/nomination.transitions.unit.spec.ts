import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OrgLevel } from '../org/org-unit';
import type { NominationCommand } from './nomination.commands';
import { decide } from './nomination.decider';
import { NominationError } from './shared/nomination.errors';
import { actors, approvedUpTo, decideCmd, play, resubmitCmd, submit, withdrawCmd } from './nomination.spec-helpers';
import { evolve, foldNomination } from './nomination.state';
import { submitWithProcedure } from './procedure/nomination.procedure.spec-helpers';
import type { NominationState } from './shared/nomination.state.types';
import {
  climbCommandsThatMove,
  NOMINATION_TRANSITIONS,
  transitionDiagram,
  transitionTable,
  type ClimbCommand,
  type Transition,
} from './nomination.transitions';

// The transition table is data; this runs every cell through the real decider, from a nomination
// brought to the cell's status by the usual climb (sample route, levels 1–4).

const reviewerAt = [actors.chair1, actors.chair1, actors.reviewer2, actors.reviewer3, actors.reviewer4];

/** Commands that bring a nomination to the cell's status. */
function history(t: Transition): NominationCommand[] {
  switch (t.from) {
    case 'DRAFT':
      return [];
    case 'AWAITING_INTAKE':
      return [submit()];
    case 'FORWARDED':
      return t.topLevel ? approvedUpTo(3) : approvedUpTo(1);
    case 'RETURNED':
      return [submit(), decideCmd(actors.chair1, 'return', 1, 10)];
    case 'REJECTED':
      return [submit(), decideCmd(actors.chair1, 'reject', 1, 10)];
    case 'WITHDRAWN':
      return [submit(), withdrawCmd(actors.nominator, 5)];
    default:
      throw new Error(`no history for ${t.from}`);
  }
}

function commandFor(name: ClimbCommand, level: OrgLevel): NominationCommand {
  const reviewer = reviewerAt[level] ?? actors.chair1;
  switch (name) {
    case 'submit':
      return submit();
    case 'approve':
      return decideCmd(reviewer, 'approve', level, 50, { decisionNumber: '12/QĐ-TLĐ' });
    case 'return':
    case 'reject':
      return decideCmd(reviewer, name, level, 50);
    case 'resubmit':
      return resubmitCmd(actors.nominator, 50);
    case 'withdraw':
      return withdrawCmd(actors.nominator, 50);
  }
}

describe('nomination transition table', () => {
  it('covers every climb command in every status it lists', () => {
    const keys = new Set(NOMINATION_TRANSITIONS.map((t) => `${t.from}${t.topLevel ? '*' : ''}`));
    for (const key of keys) {
      const commands = NOMINATION_TRANSITIONS.filter((t) => `${t.from}${t.topLevel ? '*' : ''}` === key).map(
        (t) => t.command,
      );
      expect(commands.sort()).toEqual(['approve', 'reject', 'resubmit', 'return', 'submit', 'withdraw']);
    }
  });

  it.each(NOMINATION_TRANSITIONS.map((t) => [`${t.from}${t.topLevel ? ' (last level)' : ''} × ${t.command}`, t]))(
    '%s agrees with decide',
    (_name, t) => {
      const state = foldNomination(play(...history(t)));
      expect(state.status).toBe(t.from);
      const level = ((state.status !== 'DRAFT' && state.openTask?.level) || 1) as OrgLevel;
      const command = commandFor(t.command, level);
      const outcome = t.outcome;
      if ('refusal' in outcome) {
        let caught: unknown;
        try {
          decide(command, state);
        } catch (err) {
          caught = err;
        }
        expect(caught).toBeInstanceOf(NominationError);
        expect((caught as NominationError).code).toBe(outcome.refusal);
      } else if ('repeat' in outcome) {
        expect(decide(command, state)).toEqual([]);
      } else {
        const events = decide(command, state);
        expect(events.map((e) => e.type)).toEqual(outcome.events);
        expect(events.reduce(evolve, state).status).toBe(outcome.to);
      }
    },
  );

  it('is drawn in docs/nomination-transitions.md as it stands', () => {
    const doc = readFileSync(join(__dirname, '../../../../docs/nomination-transitions.md'), 'utf8');
    expect(doc).toContain(['```mermaid', transitionDiagram(), '```'].join('\n'));
    expect(doc).toContain(transitionTable());
  });

  // What a client is offered (a nomination's allowedActions) starts from climbCommandsThatMove: each
  // command it lists records events through decide, and each it leaves out records none.
  const held = (): NominationCommand => ({
    type: 'HoldNomination',
    nominationId: 'nom-0001',
    actor: actors.reviewer2,
    now: '2026-03-02T08:15:00.000Z',
    kind: 'discipline_review',
    reason: 'Đang xem xét kỷ luật theo đơn phản ánh ngày 01/03/2026',
  });
  const states: [string, NominationCommand[]][] = [
    ['awaiting intake', [submit()]],
    ['forwarded', approvedUpTo(1)],
    ['forwarded to the last level', approvedUpTo(3)],
    ['returned', [submit(), decideCmd(actors.chair1, 'return', 1, 10)]],
    ['rejected', [submit(), decideCmd(actors.chair1, 'reject', 1, 10)]],
    ['withdrawn', [submit(), withdrawCmd(actors.nominator, 5)]],
    ['granted', [...approvedUpTo(3), decideCmd(actors.reviewer4, 'approve', 4, 40, { decisionNumber: '12/QĐ-TLĐ' })]],
    ['on hold', [...approvedUpTo(1), held()]],
    ['awaiting intake with the procedure', [submitWithProcedure()]],
  ];

  it.each(states)('lists the climb commands that move a nomination %s, and only those', (_name, commands) => {
    const state: NominationState = foldNomination(play(...commands));
    const task = state.status === 'DRAFT' ? null : state.openTask;
    const level = (task?.level ?? 1) as OrgLevel;
    const reviewer = { ...(reviewerAt[level] ?? actors.chair1), unitId: task?.unitId ?? actors.chair1.unitId };
    const moves = (name: ClimbCommand): boolean => {
      const base = commandFor(name, level);
      const command = base.type === 'DecideNomination' ? { ...base, actor: reviewer, unitId: reviewer.unitId } : base;
      const revising =
        command.type === 'ResubmitNomination' && task
          ? { ...command, actor: { ...command.actor, unitId: task.unitId } }
          : command;
      try {
        return decide(revising, state).length > 0;
      } catch {
        return false;
      }
    };
    const listed = climbCommandsThatMove(state).filter((c) => c !== 'submit');
    const moving = (['approve', 'return', 'reject', 'resubmit', 'withdraw'] as const).filter(moves);
    expect(listed.sort()).toEqual([...moving].sort());
  });
});
