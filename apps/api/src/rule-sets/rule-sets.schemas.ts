import { z } from 'zod';
import { RuleSetDraftBody, RuleSetVersionName } from '@vinhdanh/domain';

/** The version in the path: the name campaigns pin. */
export const RuleSetVersionParam = RuleSetVersionName;

/** Soạn thảo: a new version's name and its body (a rule set, possibly incomplete while drafting). */
export const DraftRuleSetRequest = z.strictObject({
  version: RuleSetVersionName,
  body: RuleSetDraftBody,
  reason: z.string().trim().min(1).max(4000).optional(),
});
/** Soạn thảo request. */
export type DraftRuleSetRequest = z.infer<typeof DraftRuleSetRequest>;

/** Sửa bản thảo: the whole new body, and the revision the editor started from (a stale edit is a 409). */
export const ReviseRuleSetDraftRequest = z.strictObject({
  body: RuleSetDraftBody,
  expectedRevision: z.number().int().min(1).optional(),
});
/** Sửa bản thảo request. */
export type ReviseRuleSetDraftRequest = z.infer<typeof ReviseRuleSetDraftRequest>;

/** Ban hành: optionally the revision that was reviewed, so a later edit is not published unseen. */
export const PublishRuleSetRequest = z.strictObject({ expectedRevision: z.number().int().min(1).optional() });
/** Ban hành request. */
export type PublishRuleSetRequest = z.infer<typeof PublishRuleSetRequest>;
