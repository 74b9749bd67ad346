import type { Aggregate, StoredEnvelope } from '../shared/aggregate';
import { fieldIssues } from '../shared/zod-issues';
import { RuleSet } from './rule-set.schema';
import type { RuleSetVersionCommand } from './rule-set-version.commands';
import { RuleSetVersionEvent, type RuleSetActor, type RuleSetDraftBody } from './rule-set-version.events';
import {
  RuleSetInvalidError,
  RuleSetVersionExistsError,
  RuleSetVersionImmutableError,
  RuleSetVersionNotFoundError,
  type RuleSetIssue,
} from './rules.errors';

/**
 * A rule-set version's life: nothing yet, a draft an administrator is still editing, or published
 * (final: campaigns pin it and nominations carry its name in every event).
 */
export type RuleSetVersionState =
  | { readonly status: 'none' }
  | {
      readonly status: 'draft';
      readonly version: string;
      readonly body: RuleSetDraftBody;
      readonly draftedAt: string;
      readonly draftedBy: RuleSetActor;
      readonly revisedAt: string;
    }
  | {
      readonly status: 'published';
      readonly version: string;
      readonly ruleSet: RuleSet;
      readonly draftedAt: string;
      readonly draftedBy: RuleSetActor;
      readonly publishedAt: string;
      readonly publishedBy: RuleSetActor;
    };

/** The state of a version with no events. */
export const initialRuleSetVersionState: RuleSetVersionState = { status: 'none' };

/** The outcome of validating a draft: the parsed rule set, or every issue with its field path. */
export type RuleSetValidation =
  | { readonly valid: true; readonly ruleSet: RuleSet }
  | { readonly valid: false; readonly issues: readonly RuleSetIssue[] };

/**
 * Validates a draft body as the rule set named `version`: the `RuleSet` schema (every issue, with
 * its path) and the body's own `version` matching the name it is published under.
 */
export function validateRuleSetDraft(version: string, body: RuleSetDraftBody): RuleSetValidation {
  const issues: RuleSetIssue[] = [];
  if (body.version !== undefined && body.version !== version) {
    issues.push({ path: 'version', message: `version must be "${version}", the name this draft is published under` });
  }
  const parsed = RuleSet.safeParse({ ...body, version });
  if (!parsed.success) issues.push(...fieldIssues(parsed.error).map((i) => ({ path: i.field, message: i.message })));
  if (issues.length > 0 || !parsed.success) return { valid: false, issues };
  return { valid: true, ruleSet: parsed.data };
}

/** Decides a command on a rule-set version: the events to append, or a refusal (a `DomainError`). */
export function decideRuleSetVersion(
  command: RuleSetVersionCommand,
  state: RuleSetVersionState,
): RuleSetVersionEvent[] {
  const metadata = { version: command.version, actor: command.actor, now: command.now };
  switch (command.type) {
    case 'DraftRuleSetVersion':
      if (state.status !== 'none') throw new RuleSetVersionExistsError(command.version, state.status);
      return [
        {
          type: 'RuleSetVersionDrafted',
          data: { body: command.body, ...(command.reason ? { reason: command.reason } : {}) },
          metadata,
        },
      ];
    case 'ReviseRuleSetDraft':
      if (state.status === 'none') throw new RuleSetVersionNotFoundError(command.version);
      if (state.status === 'published') throw new RuleSetVersionImmutableError(command.version, state.publishedAt);
      return [{ type: 'RuleSetDraftRevised', data: { body: command.body }, metadata }];
    case 'PublishRuleSetVersion': {
      if (state.status === 'none') throw new RuleSetVersionNotFoundError(command.version);
      if (state.status === 'published') throw new RuleSetVersionImmutableError(command.version, state.publishedAt);
      const validation = validateRuleSetDraft(command.version, state.body);
      if (!validation.valid) throw new RuleSetInvalidError(command.version, validation.issues);
      return [{ type: 'RuleSetVersionPublished', data: { ruleSet: validation.ruleSet }, metadata }];
    }
  }
}

/** Folds one event into the state; events come from the store, so they are trusted facts. */
export function evolveRuleSetVersion(state: RuleSetVersionState, event: RuleSetVersionEvent): RuleSetVersionState {
  const { version, actor, now } = event.metadata;
  switch (event.type) {
    case 'RuleSetVersionDrafted':
      return { status: 'draft', version, body: event.data.body, draftedAt: now, draftedBy: actor, revisedAt: now };
    case 'RuleSetDraftRevised':
      return state.status === 'draft' ? { ...state, body: event.data.body, revisedAt: now } : state;
    case 'RuleSetVersionPublished':
      if (state.status !== 'draft') return state;
      return {
        status: 'published',
        version,
        ruleSet: event.data.ruleSet,
        draftedAt: state.draftedAt,
        draftedBy: state.draftedBy,
        publishedAt: now,
        publishedBy: actor,
      };
  }
}

/** The state after a list of events, oldest first. */
export function foldRuleSetVersion(events: readonly RuleSetVersionEvent[]): RuleSetVersionState {
  return events.reduce(evolveRuleSetVersion, initialRuleSetVersionState);
}

/**
 * A rule-set event as stored: who and when live in the store's envelope (metadata `actor`,
 * `actorName`, `ruleSetVersion`, and `occurredAt`), the domain's event carries them as `metadata`.
 */
export function ruleSetVersionEventFromStored(stored: StoredEnvelope): unknown {
  const m = stored.metadata;
  return {
    type: stored.type,
    data: stored.data,
    metadata: {
      version: m['ruleSetVersion'],
      actor: { userId: m['actor'], name: m['actorName'] },
      now: stored.occurredAt,
    },
  };
}

/** One rule-set version (stream `rule-set-<version>`), on the API's command handler. */
export const ruleSetVersionAggregate: Aggregate<RuleSetVersionState, RuleSetVersionCommand, RuleSetVersionEvent> = {
  label: { vi: 'bộ quy định', en: 'rule set' },
  initialState: initialRuleSetVersionState,
  decide: decideRuleSetVersion,
  evolve: evolveRuleSetVersion,
  eventSchema: RuleSetVersionEvent,
  fromStored: ruleSetVersionEventFromStored,
};
