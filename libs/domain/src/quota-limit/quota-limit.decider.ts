import type { Aggregate, TimedCommand } from '../shared/aggregate';
import { QuotaLimitEvent, type QuotaOverrideSnapshot } from './quota-limit.events';

/** Set the limit of a campaign × bucket (it wins over the rule set's). */
export interface SetQuotaLimit extends TimedCommand {
  type: 'SetQuotaLimit';
  campaignId: string;
  bucketKey: string;
  limit: number;
  reason: string;
  /** Who sets it, as people read it: "username (Full Name)". */
  changedBy: string;
  /** The bucket counter's current limit (from the rule set), for the history's "before"; null when none. */
  counterLimit: number | null;
}

/** Every quota-limit command. */
export type QuotaLimitCommand = SetQuotaLimit;

/** The overrides of one campaign, by bucket key. */
export interface QuotaLimitState {
  overrides: Readonly<Record<string, QuotaOverrideSnapshot>>;
}

/** Decides a limit change; the same limit and reason again records nothing (a repeated request). */
export function decideQuotaLimit(command: QuotaLimitCommand, state: QuotaLimitState): QuotaLimitEvent[] {
  const before = state.overrides[command.bucketKey] ?? null;
  if (before && before.limit === command.limit && before.reason === command.reason) return [];
  return [
    {
      type: 'QuotaLimitChanged',
      data: {
        campaignId: command.campaignId,
        bucketKey: command.bucketKey,
        limit: command.limit,
        reason: command.reason,
        previousLimit: before?.limit ?? command.counterLimit,
        previousOverride: before,
        changedBy: command.changedBy,
      },
    },
  ];
}

/** Applies a quota-limit event. */
export function evolveQuotaLimit(state: QuotaLimitState, event: QuotaLimitEvent): QuotaLimitState {
  if (event.type === 'QuotaLimitsRecorded') {
    const overrides = Object.fromEntries(event.data.overrides.map(({ bucketKey, ...o }) => [bucketKey, o] as const));
    return { overrides: { ...state.overrides, ...overrides } };
  }
  const { bucketKey, limit, reason, changedBy } = event.data;
  return { overrides: { ...state.overrides, [bucketKey]: { limit, reason, changedBy } } };
}

/** The quota limits of one campaign (stream `quota-<campaignId>`). */
export const quotaLimitAggregate: Aggregate<QuotaLimitState, QuotaLimitCommand, QuotaLimitEvent> = {
  label: { vi: 'chỉ tiêu của đợt thi đua', en: 'campaign quotas' },
  initialState: { overrides: {} },
  decide: decideQuotaLimit,
  evolve: evolveQuotaLimit,
  eventSchema: QuotaLimitEvent,
  schemaVersions: { QuotaLimitChanged: 2 },
};
