import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { listQuotaOverrides, listQuotaUsage, loadOrgTree, type Database, type QuotaOverride } from '@vinhdanh/db';
import type { EventStore } from '@vinhdanh/event-store';
import { quotaStreamId } from '@vinhdanh/contracts';
import { quotaLimitAggregate, vietnamDateOf, type QuotaLimitEvent } from '@vinhdanh/domain';
import { ForbiddenError } from '../auth/auth.errors';
import { mayAnywhere, rolesFor, unitsWhere } from '../auth/policy';
import type { Principal } from '../auth/principal';
import { actorOf, CommandHandler } from '../core/command-handler';
import { CLOCK, DB, type Clock } from '../core/tokens';
import { EVENT_STORE } from '../projector/projector.tokens';
import { CampaignsService } from './campaigns.service';
import { projectQuotaLimitEvents } from './quotas.projection';

/** A quota counter as administrators see it: limit in force, slots used, and the override (who, why) if any. */
export interface QuotaView {
  bucketKey: string;
  /** The unit a unit-scoped bucket counts for; null for a national cap. */
  unitId: string | null;
  limit: number | null;
  used: number;
  override: QuotaOverride | null;
}

/** Event type of a quota change. */
export const QUOTA_LIMIT_CHANGED = 'QuotaLimitChanged';

/** One change of a bucket's limit, as the history shows it. */
export interface QuotaChange {
  version: number;
  at: string;
  bucketKey: string;
  previousLimit: number | null;
  limit: number;
  reason: string;
  by: { userId: string | null; name: string | null; username: string | null };
  hash: string;
}

/** The unit of a `AWARD|unit:<id>|period` bucket key, or null for a national one. */
export function unitOfBucket(bucketKey: string): string | null {
  const scope = bucketKey.split('|')[1] ?? '';
  return scope.startsWith('unit:') ? scope.slice('unit:'.length) : null;
}

/**
 * Quota overrides and usage. Who may change a bucket: a system admin any; a unit admin the
 * buckets of units below their own (quotas are allotted by the level above, so nobody raises
 * their own unit's quota), never a national cap.
 */
@Injectable()
export class QuotasService {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly campaigns: CampaignsService,
    private readonly commands: CommandHandler,
  ) {}

  /**
   * Sets the limit of a campaign × bucket with the operator and reason, through the campaign's
   * quota-limit aggregate: a `QuotaLimitChanged` event (stream `quota-<campaignId>`) with the limit
   * before and after, and the override row, in one transaction. The same limit and reason again
   * records nothing; a concurrent change of the campaign's quotas is a 409.
   */
  async setOverride(
    user: Principal,
    campaignId: string,
    bucketKey: string,
    body: { limit: number; reason: string },
  ): Promise<QuotaView> {
    await this.campaigns.get(campaignId);
    await this.assertMayChange(user, bucketKey);
    const [counter] = await listQuotaUsage(this.db, [bucketKey]);
    await this.commands.execute({
      aggregate: quotaLimitAggregate,
      streamId: quotaStreamId(campaignId),
      command: {
        type: 'SetQuotaLimit',
        now: this.now(),
        campaignId,
        bucketKey,
        limit: body.limit,
        reason: body.reason,
        changedBy: `${user.username} (${user.fullName})`,
        counterLimit: counter?.limit ?? null,
      },
      actor: actorOf(user),
      reason: body.reason,
      // Overrides set before the stream existed start its history, as the table holds them.
      adopt: async (trx) => {
        const rows = await listQuotaOverrides(trx, campaignId);
        if (rows.length === 0) return [];
        const overrides = rows.map((o) => ({
          bucketKey: o.bucketKey,
          limit: o.limit,
          reason: o.reason,
          changedBy: o.changedBy,
        }));
        return [{ type: 'QuotaLimitsRecorded', data: { campaignId, overrides } } satisfies QuotaLimitEvent];
      },
      project: projectQuotaLimitEvents,
    });
    const [view] = await this.list(campaignId, [bucketKey]);
    if (!view) throw new Error(`quota ${bucketKey} vanished after its override`);
    return view;
  }

  /** Every change of a bucket's limit, oldest first, from the event store (same access as changing it). */
  async history(user: Principal, campaignId: string, bucketKey: string): Promise<QuotaChange[]> {
    await this.campaigns.get(campaignId);
    await this.assertMayChange(user, bucketKey);
    const events = await this.store.readStream(quotaStreamId(campaignId));
    const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
    return events
      .filter((e) => e.type === QUOTA_LIMIT_CHANGED && e.data['bucketKey'] === bucketKey)
      .map((e) => ({
        version: e.streamVersion,
        at: e.occurredAt,
        bucketKey,
        previousLimit: typeof e.data['previousLimit'] === 'number' ? e.data['previousLimit'] : null,
        limit: Number(e.data['limit']),
        reason: String(e.data['reason']),
        by: {
          userId: str(e.metadata.actor),
          name: str(e.metadata['actorName']),
          username: str(e.metadata['actorUsername']),
        },
        hash: e.hash,
      }));
  }

  private now(): string {
    return this.clock().toISOString();
  }

  /** Buckets of a campaign (its overrides, and the counters of campaign-period buckets) the caller administers. */
  async listFor(user: Principal, campaignId: string): Promise<QuotaView[]> {
    await this.campaigns.get(campaignId);
    const all = await this.list(campaignId);
    if (mayAnywhere(user, 'admin.org')) return all;
    const below = await this.unitsBelow(user);
    return all.filter((q) => q.unitId !== null && below.has(q.unitId));
  }

  private async list(campaignId: string, keys?: string[]): Promise<QuotaView[]> {
    const overrides = await listQuotaOverrides(this.db, campaignId, keys);
    const usage = keys ? await listQuotaUsage(this.db, keys) : await listQuotaUsage(this.db);
    const mine = keys ? new Set(keys) : new Set(overrides.map((o) => o.bucketKey));
    const campaignPeriod = `|campaign:${campaignId}`;
    for (const u of usage) if (u.bucketKey.endsWith(campaignPeriod)) mine.add(u.bucketKey);
    return [...mine].sort().map((bucketKey) => {
      const counter = usage.find((u) => u.bucketKey === bucketKey);
      const override = overrides.find((o) => o.bucketKey === bucketKey) ?? null;
      return {
        bucketKey,
        unitId: unitOfBucket(bucketKey),
        limit: counter?.limit ?? override?.limit ?? null,
        used: counter?.used ?? 0,
        override,
      };
    });
  }

  private async assertMayChange(user: Principal, bucketKey: string): Promise<void> {
    if (mayAnywhere(user, 'admin.org')) return;
    const unitId = unitOfBucket(bucketKey);
    if (unitId !== null && (await this.unitsBelow(user)).has(unitId)) return;
    throw new ForbiddenError(rolesFor('admin.org'), unitId ?? undefined);
  }

  /** Units strictly below the units where the caller is unit admin, as of today. */
  private async unitsBelow(user: Principal): Promise<Set<string>> {
    const adminAt = new Set(unitsWhere(user, 'admin.org'));
    if (adminAt.size === 0) return new Set();
    const today = vietnamDateOf(this.clock().toISOString());
    const tree = await loadOrgTree(this.db, { asOf: today });
    const below = new Set<string>();
    for (const unit of tree.data.units) {
      if (!tree.isActiveAsOf(unit.id, today)) continue;
      if (
        tree
          .ancestryAsOf(unit.id, today)
          .slice(1)
          .some((a) => adminAt.has(a.id))
      )
        below.add(unit.id);
    }
    return below;
  }
}
