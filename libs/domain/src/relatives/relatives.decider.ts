import type { Aggregate, TimedCommand } from '../shared/aggregate';
import { DomainError } from '../shared/domain-error';
import { RelativesEvent } from './relatives.events';

/** Declare a relative. */
export interface DeclareRelative extends TimedCommand {
  type: 'DeclareRelative';
  declarationId: string;
  personKey: string;
  fullName: string;
  relation: string;
}

/** Every relatives command. */
export type RelativesCommand = DeclareRelative;

/** A user's declarations: declaration id by person key. */
export interface RelativesState {
  byPersonKey: Readonly<Record<string, string>>;
}

/** A relative with this person key is already declared (409). */
export class RelativeAlreadyDeclaredError extends DomainError {
  readonly code = 'RELATIVE.ALREADY_EXISTS';
  constructor(personKey: string) {
    super(
      `Người thân có mã ${personKey} đã được khai báo.`,
      `A relative with person key ${personKey} is already declared.`,
      { personKey, field: 'personKey' },
    );
  }
}

/** Decides a declaration; the same declaration again (a retried request) records nothing. */
export function decideRelatives(command: RelativesCommand, state: RelativesState): RelativesEvent[] {
  const existing = state.byPersonKey[command.personKey];
  if (existing === command.declarationId) return [];
  if (existing) throw new RelativeAlreadyDeclaredError(command.personKey);
  const { declarationId, personKey, fullName, relation } = command;
  return [{ type: 'RelativeDeclared', data: { declarationId, personKey, fullName, relation } }];
}

/** Applies a relatives event. */
export function evolveRelatives(state: RelativesState, event: RelativesEvent): RelativesState {
  return { byPersonKey: { ...state.byPersonKey, [event.data.personKey]: event.data.declarationId } };
}

/** A user's declared relatives (stream `relatives-<userId>`). */
export const relativesAggregate: Aggregate<RelativesState, RelativesCommand, RelativesEvent> = {
  label: { vi: 'kê khai người thân', en: 'relatives declaration' },
  initialState: { byPersonKey: {} },
  decide: decideRelatives,
  evolve: evolveRelatives,
  eventSchema: RelativesEvent,
};
