import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { findCampaign, type Campaign, type Database } from '@vinhdanh/db';
import { campaignStreamId } from '@vinhdanh/contracts';
import {
  campaignAggregate,
  CampaignError,
  RuleSet,
  type CampaignCommand,
  type CampaignEvent,
  type CampaignTerms,
  type PinnedRuleSet,
} from '@vinhdanh/domain';
import type { Principal } from '../auth/principal';
import { actorOf, CommandHandler } from '../core/command-handler';
import { CLOCK, DB, type Clock } from '../core/tokens';
import { RequestValidationError, ResourceNotFoundError } from '../errors/api-error';
import { RuleSetMissingError } from '../nominations/nominations.errors';
import { CampaignCodeTakenError, CampaignInvalidError } from './admin.errors';
import type { CreateCampaignRequest, UpdateCampaignRequest } from './admin.schemas';
import { projectCampaignEvents } from './campaigns.projection';

const UNIQUE_VIOLATION = '23505';

/** Creates and changes campaigns through the campaign aggregate, checked against the rule set they pin. */
@Injectable()
export class CampaignsService {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly commands: CommandHandler,
  ) {}

  /** A new campaign; 409 when the code is taken, 422 when the rule set does not allow it. */
  async create(user: Principal, body: CreateCampaignRequest): Promise<Campaign> {
    const { code, ...terms } = body;
    const campaignId = randomUUID();
    try {
      await this.run(user, {
        type: 'CreateCampaign',
        now: this.clock().toISOString(),
        campaignId,
        code,
        terms,
        ruleSet: await this.pinnedRuleSet(terms.ruleSetVersion),
      });
    } catch (err) {
      // The read model's unique code is the guard across campaigns (each has its own stream).
      if ((err as { code?: string }).code === UNIQUE_VIOLATION) throw new CampaignCodeTakenError(code);
      throw err;
    }
    return this.get(campaignId);
  }

  /**
   * Changes a campaign; the merged result is checked as a whole. Nominations already submitted keep
   * the rule set and route they were submitted with (pinned in their events).
   */
  async update(user: Principal, id: string, body: UpdateCampaignRequest): Promise<Campaign> {
    const current = await this.get(id);
    const changes: Partial<CampaignTerms> = Object.fromEntries(
      Object.entries(body).filter(([, v]) => v !== undefined),
    ) as Partial<CampaignTerms>;
    await this.run(user, {
      type: 'ChangeCampaign',
      now: this.clock().toISOString(),
      campaignId: id,
      changes,
      ruleSet: await this.pinnedRuleSet(body.ruleSetVersion ?? current.ruleSetVersion),
    });
    return this.get(id);
  }

  /** One campaign; 404 when unknown. */
  async get(id: string): Promise<Campaign> {
    const campaign = await findCampaign(this.db, id);
    if (!campaign) throw new ResourceNotFoundError('CAMPAIGN', id, 'đợt thi đua');
    return campaign;
  }

  private async run(user: Principal, command: CampaignCommand): Promise<void> {
    try {
      await this.commands.execute({
        aggregate: campaignAggregate,
        streamId: campaignStreamId(command.campaignId),
        command,
        actor: actorOf(user),
        adopt: async (trx) => {
          const row = await findCampaign(trx, command.campaignId);
          if (!row) return [];
          const { id, code, ...terms } = row;
          return [{ type: 'CampaignRecorded', data: { campaignId: id, code, ...terms } } satisfies CampaignEvent];
        },
        project: projectCampaignEvents,
      });
    } catch (err) {
      throw err instanceof CampaignError ? toApiError(err, command.campaignId) : err;
    }
  }

  private async pinnedRuleSet(version: string): Promise<PinnedRuleSet> {
    const row = await this.db.selectFrom('rule_sets').select('body').where('version', '=', version).executeTakeFirst();
    if (!row) throw new RuleSetMissingError(version);
    const ruleSet = RuleSet.parse(row.body);
    return {
      version: ruleSet.version,
      effectiveFrom: ruleSet.effectiveFrom,
      effectiveTo: ruleSet.effectiveTo ?? null,
      awardCodes: ruleSet.awards.map((a) => a.code),
    };
  }
}

/** The domain's refusal as the API has always answered it (field errors, 400/404/409/422). */
function toApiError(err: CampaignError, campaignId: string): Error {
  switch (err.code) {
    case 'CAMPAIGN.NOT_FOUND':
      return new ResourceNotFoundError('CAMPAIGN', campaignId, 'đợt thi đua');
    case 'CAMPAIGN.ALREADY_EXISTS':
      return new CampaignCodeTakenError(String(err.details['campaignCode']));
    case 'CAMPAIGN.INVALID_TERMS':
      return new RequestValidationError(
        (err.details['problems'] as { path: string[]; message: string }[]).map((p) => ({
          field: p.path.join('.'),
          in: 'body',
          rule: 'custom',
          message: p.message,
          message_en: p.message,
        })),
      );
    default: {
      const { field, ...details } = err.details;
      return new CampaignInvalidError(String(field), err.messageVi, err.messageEn, details);
    }
  }
}
