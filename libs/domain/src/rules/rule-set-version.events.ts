import { z } from 'zod';
import { IsoDateTime } from '../shared/dates';
import { RuleSet } from './rule-set.schema';

/** A rule-set version's name, as campaigns pin it: 1–40 letters, digits, ".", "_" or "-". */
export const RuleSetVersionName = z
  .string({ error: 'version must be text' })
  .regex(/^[A-Za-z0-9._-]{1,40}$/, { error: 'version must be 1–40 letters, digits, ".", "_" or "-"' });

/** Who changed a rule-set version: a system administrator (the API checks the role). */
export const RuleSetActor = z.object({ userId: z.string().min(1).max(128), name: z.string().min(1).max(200) });
/** Who changed a rule-set version. */
export type RuleSetActor = z.infer<typeof RuleSetActor>;

/** A draft body as typed by its author: any JSON object, validated only when asked and when published. */
export const RuleSetDraftBody = z.record(z.string(), z.unknown(), { error: 'body must be a JSON object' });
/** A draft body. */
export type RuleSetDraftBody = z.infer<typeof RuleSetDraftBody>;

const metadata = z.object({ version: RuleSetVersionName, actor: RuleSetActor, now: IsoDateTime });

/** A system administrator began a new rule-set version (its body may still be incomplete). */
export const RuleSetVersionDrafted = z.object({
  type: z.literal('RuleSetVersionDrafted'),
  data: z.object({ body: RuleSetDraftBody, reason: z.string().min(1).max(4000).optional() }),
  metadata,
});
/** The draft's body was replaced by a new one (still a draft: nothing can pin it). */
export const RuleSetDraftRevised = z.object({
  type: z.literal('RuleSetDraftRevised'),
  data: z.object({ body: RuleSetDraftBody }),
  metadata,
});
/**
 * The version was published: its body parsed with the `RuleSet` schema, final from now on
 * (campaigns pin it; a change is a new version).
 */
export const RuleSetVersionPublished = z.object({
  type: z.literal('RuleSetVersionPublished'),
  data: z.object({ ruleSet: RuleSet }),
  metadata,
});

/** Every event of a rule-set version's stream. */
export const RuleSetVersionEvent = z.discriminatedUnion('type', [
  RuleSetVersionDrafted,
  RuleSetDraftRevised,
  RuleSetVersionPublished,
]);
/** Every event of a rule-set version's stream. */
export type RuleSetVersionEvent = z.infer<typeof RuleSetVersionEvent>;
/** The event type names, for readers of the store. */
export const RULE_SET_VERSION_EVENT_TYPES = RuleSetVersionEvent.options.map((o) => o.shape.type.value);
