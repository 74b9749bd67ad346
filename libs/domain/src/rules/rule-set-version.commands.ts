import { z } from 'zod';
import { IsoDateTime } from '../shared/dates';
import { RuleSetActor, RuleSetDraftBody, RuleSetVersionName } from './rule-set-version.events';

const base = { version: RuleSetVersionName, actor: RuleSetActor, now: IsoDateTime };

/** Start a new version with a (possibly incomplete) body. */
export const DraftRuleSetVersion = z.object({
  type: z.literal('DraftRuleSetVersion'),
  ...base,
  body: RuleSetDraftBody,
  reason: z.string().trim().min(1).max(4000).optional(),
});
/** Replace a draft's body. */
export const ReviseRuleSetDraft = z.object({ type: z.literal('ReviseRuleSetDraft'), ...base, body: RuleSetDraftBody });
/** Publish a draft whose body is a valid rule set. */
export const PublishRuleSetVersion = z.object({ type: z.literal('PublishRuleSetVersion'), ...base });

/** A command on a rule-set version. */
export const RuleSetVersionCommand = z.discriminatedUnion('type', [
  DraftRuleSetVersion,
  ReviseRuleSetDraft,
  PublishRuleSetVersion,
]);
/** A command on a rule-set version. */
export type RuleSetVersionCommand = z.infer<typeof RuleSetVersionCommand>;
