import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OrgLevel } from '../org/org-unit';
import type { NominationCommand } from './nomination.commands';
import { decide } from './nomination.decider';
import { NominationError } from './shared/nomination.errors';
import { actors, approvedUpTo, decideCmd, play, resubmitCmd, submit, withdrawCmd } from './nomination.spec-helpers';
import { evolve, foldNomination } from './nomination.state';
import {
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
});
