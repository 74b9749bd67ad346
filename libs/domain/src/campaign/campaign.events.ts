import { z } from 'zod';
import { IsoDate } from '../shared/dates';

/** Campaign kinds: annual round, thematic (chuyên đề) round, ad-hoc (đột xuất). */
export const CampaignKind = z.enum(['annual', 'thematic', 'adhoc'], {
  error: 'kind must be "annual", "thematic" or "adhoc"',
});
/** Campaign kinds. */
export type CampaignKind = z.infer<typeof CampaignKind>;

/** What a campaign is: everything but its id and code. */
export const CampaignTerms = z.object({
  name: z.string(),
  kind: CampaignKind,
  ruleSetVersion: z.string(),
  awardCodes: z.array(z.string()),
  opensOn: IsoDate,
  closesOn: IsoDate,
  /** Cut-off date per level, keyed "1"–"4". */
  cutoffs: z.record(z.string(), IsoDate),
});
/** What a campaign is: everything but its id and code. */
export type CampaignTerms = z.infer<typeof CampaignTerms>;

const identity = { campaignId: z.string(), code: z.string() };

/** A system administrator opened a campaign. */
export const CampaignCreated = z.object({
  type: z.literal('CampaignCreated'),
  data: z.object({ ...identity, ...CampaignTerms.shape }),
});
/** A campaign's terms changed; `data` holds the terms after the change and which fields changed. */
export const CampaignChanged = z.object({
  type: z.literal('CampaignChanged'),
  data: z.object({ ...identity, ...CampaignTerms.shape, changedFields: z.array(z.string()) }),
});
/**
 * The campaign existed before campaigns were recorded as events (demo seed, an older database):
 * its terms as they stood when its history began.
 */
export const CampaignRecorded = z.object({
  type: z.literal('CampaignRecorded'),
  data: z.object({ ...identity, ...CampaignTerms.shape }),
});

/** Every event of a campaign stream. */
export const CampaignEvent = z.discriminatedUnion('type', [CampaignCreated, CampaignChanged, CampaignRecorded]);
/** Every event of a campaign stream. */
export type CampaignEvent = z.infer<typeof CampaignEvent>;
