import type { NominationErrorCode } from './shared/nomination.errors';
import type { NominationEventType } from './nomination.events';
import type { NominationState } from './shared/nomination.state.types';
import type { NominationStatus } from './shared/nomination.status';

// What can happen to a nomination, on one page: status × command → the events it records (and the
// status after), a repeat that records nothing, or the refusal. Data, asserted against `decide` by
// nomination.transitions.unit.spec.ts and drawn in docs/nomination-transitions.md.

/** The review climb's commands, as the table names them. */
export type ClimbCommand = 'submit' | 'approve' | 'return' | 'reject' | 'resubmit' | 'withdraw';

/** What `decide` does with a command in a status. */
export type TransitionOutcome =
  | { readonly events: readonly NominationEventType[]; readonly to: NominationStatus }
  | { readonly repeat: true }
  | { readonly refusal: NominationErrorCode };

/** One cell of the table; `topLevel` marks the last level of the route (an approval there grants). */
export interface Transition {
  readonly from: NominationStatus;
  readonly topLevel?: true;
  readonly command: ClimbCommand;
  readonly outcome: TransitionOutcome;
}

const go = (to: NominationStatus, ...events: NominationEventType[]): TransitionOutcome => ({ events, to });
const no = (refusal: NominationErrorCode): TransitionOutcome => ({ refusal });
const repeat: TransitionOutcome = { repeat: true };

const row = (from: NominationStatus, cells: Record<ClimbCommand, TransitionOutcome>, topLevel?: true): Transition[] =>
  (Object.entries(cells) as [ClimbCommand, TransitionOutcome][]).map(([command, outcome]) => ({
    from,
    ...(topLevel ? { topLevel } : {}),
    command,
    outcome,
  }));

const review = (next: TransitionOutcome): Record<ClimbCommand, TransitionOutcome> => ({
  submit: repeat,
  approve: next,
  return: go('RETURNED', 'NominationReturned'),
  reject: go('REJECTED', 'NominationRejected'),
  resubmit: no('NOMINATION.TASK_NOT_OPEN'),
  withdraw: go('WITHDRAWN', 'NominationWithdrawn'),
});

/** The review climb (procedure steps, holds, disclosure and interventions have their own deciders). */
export const NOMINATION_TRANSITIONS: readonly Transition[] = [
  ...row('DRAFT', {
    submit: go('AWAITING_INTAKE', 'NominationSubmitted', 'NominationReviewOpened'),
    approve: no('NOMINATION.NOT_SUBMITTED'),
    return: no('NOMINATION.NOT_SUBMITTED'),
    reject: no('NOMINATION.NOT_SUBMITTED'),
    resubmit: no('NOMINATION.NOT_SUBMITTED'),
    withdraw: no('NOMINATION.NOT_SUBMITTED'),
  }),
  ...row('AWAITING_INTAKE', review(go('FORWARDED', 'NominationForwarded', 'NominationReviewOpened'))),
  ...row('FORWARDED', review(go('FORWARDED', 'NominationForwarded', 'NominationReviewOpened'))),
  ...row('FORWARDED', review(go('GRANTED', 'NominationGranted')), true),
  ...row('RETURNED', {
    submit: repeat,
    approve: no('NOMINATION.ALREADY_DECIDED'),
    return: repeat,
    reject: no('NOMINATION.ALREADY_DECIDED'),
    resubmit: go('AWAITING_INTAKE', 'NominationResubmitted', 'NominationReviewOpened'),
    withdraw: go('WITHDRAWN', 'NominationWithdrawn'),
  }),
  ...row('REJECTED', {
    submit: repeat,
    approve: no('NOMINATION.ALREADY_DECIDED'),
    return: no('NOMINATION.ALREADY_DECIDED'),
    reject: repeat,
    resubmit: no('NOMINATION.ALREADY_FINAL'),
    withdraw: no('NOMINATION.ALREADY_FINAL'),
  }),
  ...row('WITHDRAWN', {
    submit: repeat,
    approve: no('NOMINATION.ALREADY_FINAL'),
    return: no('NOMINATION.ALREADY_FINAL'),
    reject: no('NOMINATION.ALREADY_FINAL'),
    resubmit: no('NOMINATION.ALREADY_FINAL'),
    withdraw: repeat,
  }),
];

/**
 * The row a status reads in the table. A review with a procedure step under way (tiếp nhận, thẩm
 * định, bình xét, ký) is a review for the climb; the step itself gates approval (see below).
 */
const ROW_OF_STATUS: Partial<Record<NominationStatus, NominationStatus>> = {
  IN_APPRAISAL: 'FORWARDED',
  AWAITING_VOTE: 'FORWARDED',
  AWAITING_SIGNATURE: 'FORWARDED',
};

/**
 * The climb commands that would record something for a nomination in `state` (the table's cells
 * with events), before who may send them is asked: a held nomination can only be withdrawn, an
 * approval waits for every procedure step before the sign-off, and a final status moves no more.
 */
export function climbCommandsThatMove(
  state: NominationState,
  transitions: readonly Transition[] = NOMINATION_TRANSITIONS,
): ClimbCommand[] {
  if (state.status === 'DRAFT') return ['submit'];
  if (state.status === 'ON_HOLD') return ['withdraw'];
  const from = ROW_OF_STATUS[state.status] ?? state.status;
  const task = state.openTask;
  const topLevel = task !== null && task.level === state.route[state.route.length - 1]?.level;
  const cells = transitions.filter((t) => t.from === from);
  const row =
    topLevel && cells.some((t) => t.topLevel) ? cells.filter((t) => t.topLevel) : cells.filter((t) => !t.topLevel);
  const stepPending = task?.step !== undefined && task.step !== 'signoff';
  return row
    .filter((t) => 'events' in t.outcome)
    .map((t) => t.command)
    .filter((c) => !(c === 'approve' && stepPending));
}

/** The table as a mermaid state diagram (the moves only; refusals and repeats are in the table). */
export function transitionDiagram(transitions: readonly Transition[] = NOMINATION_TRANSITIONS): string {
  const lines = ['stateDiagram-v2', '  [*] --> DRAFT'];
  const seen = new Set<string>();
  for (const t of transitions) {
    if (!('events' in t.outcome)) continue;
    const outcome = t.outcome;
    // A last-level cell that moves like the other levels is drawn once, without the qualifier.
    const sameElsewhere = transitions.some(
      (o) =>
        !o.topLevel && o.from === t.from && o.command === t.command && 'to' in o.outcome && o.outcome.to === outcome.to,
    );
    const label = `${t.command}${t.topLevel && !sameElsewhere ? ' (last level)' : ''}`;
    const line = `  ${t.from} --> ${outcome.to}: ${label}`;
    if (!seen.has(line)) lines.push(line);
    seen.add(line);
  }
  for (const end of ['GRANTED', 'REJECTED', 'WITHDRAWN']) lines.push(`  ${end} --> [*]`);
  return lines.join('\n');
}

const cell = (o: TransitionOutcome): string =>
  'refusal' in o
    ? `từ chối \`${o.refusal}\``
    : 'repeat' in o
      ? 'lặp lại, không ghi gì'
      : `${o.events.join(', ')} → **${o.to}**`;

/** The table as markdown: one line per status, one column per command. */
export function transitionTable(transitions: readonly Transition[] = NOMINATION_TRANSITIONS): string {
  const commands: ClimbCommand[] = ['submit', 'approve', 'return', 'reject', 'resubmit', 'withdraw'];
  const rows = new Map<string, Map<ClimbCommand, TransitionOutcome>>();
  for (const t of transitions) {
    const key = `${t.from}${t.topLevel ? ' (last level)' : ''}`;
    rows.set(key, (rows.get(key) ?? new Map<ClimbCommand, TransitionOutcome>()).set(t.command, t.outcome));
  }
  const lines = [`| status | ${commands.join(' | ')} |`, `|---|${commands.map(() => '---').join('|')}|`];
  for (const [key, cells] of rows) {
    lines.push(
      `| ${key} | ${commands
        .map((c) => {
          const o = cells.get(c);
          return o ? cell(o) : '';
        })
        .join(' | ')} |`,
    );
  }
  return lines.join('\n');
}
