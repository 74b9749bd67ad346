import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { findCampaign, type Campaign, type Database } from '@vinhdanh/db';
import { isWithinPeriod, RuleSet } from '@vinhdanh/domain';
import { DB } from '../core/tokens';
import { RequestValidationError, ResourceNotFoundError } from '../errors/api-error';
import { RuleSetMissingError } from '../nominations/nominations.errors';
import { CampaignCodeTakenError, CampaignInvalidError } from './admin.errors';
import { campaignProblems, type CreateCampaignRequest, type UpdateCampaignRequest } from './admin.schemas';

const UNIQUE_VIOLATION = '23505';

/** Creates and changes campaigns, checking them against the rule set they pin. */
@Injectable()
export class CampaignsService {
  constructor(@Inject(DB) private readonly db: Kysely<Database>) {}

  /** A new campaign; 409 when the code is taken, 422 when the rule set does not allow it. */
  async create(body: CreateCampaignRequest): Promise<Campaign> {
    await this.checkAgainstRuleSet(body);
    try {
      const row = await this.db
        .insertInto('campaigns')
        .values({
          code: body.code,
          name: body.name,
          kind: body.kind,
          rule_set_version: body.ruleSetVersion,
          award_codes: body.awardCodes,
          opens_on: body.opensOn,
          closes_on: body.closesOn,
          cutoffs: JSON.stringify(body.cutoffs),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return this.get(row.id);
    } catch (err) {
      if ((err as { code?: string }).code === UNIQUE_VIOLATION) throw new CampaignCodeTakenError(body.code);
      throw err;
    }
  }

  /**
   * Changes a campaign; the merged result is checked as a whole. Nominations already submitted keep
   * the rule set and route they were submitted with (pinned in their events).
   */
  async update(id: string, body: UpdateCampaignRequest): Promise<Campaign> {
    const current = await this.get(id);
    const merged = {
      ...current,
      ...body,
      cutoffs: body.cutoffs ?? current.cutoffs,
    };
    const problems = campaignProblems(merged);
    if (problems.length > 0) {
      throw new RequestValidationError(
        problems.map((p) => ({
          field: p.path.join('.'),
          in: 'body',
          rule: 'custom',
          message: p.message,
          message_en: p.message,
        })),
      );
    }
    await this.checkAgainstRuleSet(merged);
    await this.db
      .updateTable('campaigns')
      .set({
        name: merged.name,
        kind: merged.kind,
        rule_set_version: merged.ruleSetVersion,
        award_codes: merged.awardCodes,
        opens_on: merged.opensOn,
        closes_on: merged.closesOn,
        cutoffs: JSON.stringify(merged.cutoffs),
      })
      .where('id', '=', id)
      .execute();
    return this.get(id);
  }

  /** One campaign; 404 when unknown. */
  async get(id: string): Promise<Campaign> {
    const campaign = await findCampaign(this.db, id);
    if (!campaign) throw new ResourceNotFoundError('CAMPAIGN', id, 'đợt thi đua');
    return campaign;
  }

  private async checkAgainstRuleSet(c: {
    ruleSetVersion: string;
    awardCodes: readonly string[];
    opensOn: string;
    kind: string;
  }): Promise<void> {
    const row = await this.db
      .selectFrom('rule_sets')
      .select('body')
      .where('version', '=', c.ruleSetVersion)
      .executeTakeFirst();
    if (!row) throw new RuleSetMissingError(c.ruleSetVersion);
    const ruleSet = RuleSet.parse(row.body);
    if (!isWithinPeriod(c.opensOn, ruleSet.effectiveFrom, ruleSet.effectiveTo ?? null)) {
      throw new CampaignInvalidError(
        'ruleSetVersion',
        `Bộ quy định ${ruleSet.version} có hiệu lực từ ${ruleSet.effectiveFrom}${ruleSet.effectiveTo ? ` đến ${ruleSet.effectiveTo}` : ''}, không áp dụng cho đợt mở ngày ${c.opensOn}.`,
        `Rule set ${ruleSet.version} is in effect from ${ruleSet.effectiveFrom}${ruleSet.effectiveTo ? ` to ${ruleSet.effectiveTo}` : ''}, not on ${c.opensOn} when the campaign opens.`,
        {
          ruleSetVersion: ruleSet.version,
          effectiveFrom: ruleSet.effectiveFrom,
          effectiveTo: ruleSet.effectiveTo ?? null,
        },
      );
    }
    const known = new Set(ruleSet.awards.map((a) => a.code));
    const unknown = c.awardCodes.filter((code) => !known.has(code as RuleSet['awards'][number]['code']));
    if (unknown.length > 0) {
      throw new CampaignInvalidError(
        'awardCodes',
        `Bộ quy định ${ruleSet.version} không có hình thức: ${unknown.join(', ')}.`,
        `Rule set ${ruleSet.version} has no award ${unknown.join(', ')}.`,
        { unknown },
      );
    }
  }
}
