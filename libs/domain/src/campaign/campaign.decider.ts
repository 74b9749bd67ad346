import type { Aggregate, TimedCommand } from '../shared/aggregate';
import { isWithinPeriod } from '../shared/dates';
import { CampaignError } from './campaign.errors';
import { CampaignEvent, type CampaignTerms } from './campaign.events';
import { campaignProblems } from './campaign.rules';

/** What the decider needs to know of the rule set a campaign pins (looked up by the caller). */
export interface PinnedRuleSet {
  version: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  awardCodes: readonly string[];
}

/** Open a campaign. */
export interface CreateCampaign extends TimedCommand {
  type: 'CreateCampaign';
  campaignId: string;
  code: string;
  terms: CampaignTerms;
  ruleSet: PinnedRuleSet;
}

/** Change some of a campaign's terms; the merged result is checked as a whole. */
export interface ChangeCampaign extends TimedCommand {
  type: 'ChangeCampaign';
  campaignId: string;
  changes: Partial<CampaignTerms>;
  /** The rule set the merged campaign pins. */
  ruleSet: PinnedRuleSet;
}

/** Every campaign command. */
export type CampaignCommand = CreateCampaign | ChangeCampaign;

/** A campaign as its events made it; null before it was created. */
export type CampaignState = { campaignId: string; code: string; terms: CampaignTerms } | null;

const TERM_FIELDS = ['name', 'kind', 'ruleSetVersion', 'awardCodes', 'opensOn', 'closesOn', 'cutoffs'] as const;

function checkAgainstRuleSet(terms: CampaignTerms, ruleSet: PinnedRuleSet): void {
  const problems = campaignProblems(terms);
  if (problems.length > 0) throw CampaignError.invalidTerms(problems);
  if (!isWithinPeriod(terms.opensOn, ruleSet.effectiveFrom, ruleSet.effectiveTo)) {
    const until = ruleSet.effectiveTo;
    throw new CampaignError(
      'CAMPAIGN.INVALID',
      `Bộ quy định ${ruleSet.version} có hiệu lực từ ${ruleSet.effectiveFrom}${until ? ` đến ${until}` : ''}, không áp dụng cho đợt mở ngày ${terms.opensOn}.`,
      `Rule set ${ruleSet.version} is in effect from ${ruleSet.effectiveFrom}${until ? ` to ${until}` : ''}, not on ${terms.opensOn} when the campaign opens.`,
      {
        field: 'ruleSetVersion',
        ruleSetVersion: ruleSet.version,
        effectiveFrom: ruleSet.effectiveFrom,
        effectiveTo: until,
      },
    );
  }
  const known = new Set(ruleSet.awardCodes);
  const unknown = terms.awardCodes.filter((code) => !known.has(code));
  if (unknown.length > 0) {
    throw new CampaignError(
      'CAMPAIGN.INVALID',
      `Bộ quy định ${ruleSet.version} không có hình thức: ${unknown.join(', ')}.`,
      `Rule set ${ruleSet.version} has no award ${unknown.join(', ')}.`,
      { field: 'awardCodes', unknown },
    );
  }
}

/** Decides a campaign command: checks the terms against the pinned rule set. */
export function decideCampaign(command: CampaignCommand, state: CampaignState): CampaignEvent[] {
  if (command.type === 'CreateCampaign') {
    if (state) {
      throw new CampaignError(
        'CAMPAIGN.ALREADY_EXISTS',
        `Đợt thi đua "${state.code}" đã có.`,
        `Campaign "${state.code}" already exists.`,
        { field: 'code', campaignCode: state.code },
      );
    }
    checkAgainstRuleSet(command.terms, command.ruleSet);
    return [
      { type: 'CampaignCreated', data: { campaignId: command.campaignId, code: command.code, ...command.terms } },
    ];
  }
  if (!state) {
    throw new CampaignError('CAMPAIGN.NOT_FOUND', 'Không tìm thấy đợt thi đua.', 'The campaign was not found.', {
      id: command.campaignId,
    });
  }
  const merged: CampaignTerms = { ...state.terms, ...command.changes };
  checkAgainstRuleSet(merged, command.ruleSet);
  const changedFields = TERM_FIELDS.filter(
    (f) => command.changes[f] !== undefined && JSON.stringify(merged[f]) !== JSON.stringify(state.terms[f]),
  );
  // Saving the same terms again is not a change: nothing to record.
  if (changedFields.length === 0) return [];
  return [
    { type: 'CampaignChanged', data: { campaignId: state.campaignId, code: state.code, ...merged, changedFields } },
  ];
}

/** Applies a campaign event. */
export function evolveCampaign(_state: CampaignState, event: CampaignEvent): CampaignState {
  const { campaignId, code, name, kind, ruleSetVersion, awardCodes, opensOn, closesOn, cutoffs } = event.data;
  return { campaignId, code, terms: { name, kind, ruleSetVersion, awardCodes, opensOn, closesOn, cutoffs } };
}

/** The campaign aggregate (stream `campaign-<id>`). */
export const campaignAggregate: Aggregate<CampaignState, CampaignCommand, CampaignEvent> = {
  label: { vi: 'đợt thi đua', en: 'campaign' },
  initialState: null,
  decide: decideCampaign,
  evolve: evolveCampaign,
  eventSchema: CampaignEvent,
};
