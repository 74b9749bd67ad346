import { Inject, Injectable } from '@nestjs/common';
import { ServiceError, WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import type { Config } from '@vinhdanh/config';
import { NOMINATION_WORKFLOW_TYPE, nominationWorkflowId, nominationWorkflowInput } from '@vinhdanh/contracts';
import { findCampaign, getNomination, loadOrgTree, type Database } from '@vinhdanh/db';
import {
  assertDirectWorkerShareAtSubmission,
  awardRuleOf,
  computeProcedureRoute,
  computeRoute,
  decide,
  directWorkerShareRuleOf,
  appliesAtSubmission,
  disclosureFor,
  initialState,
  missingAttachmentKinds,
  NotEligibleError,
  submissionBlockingRules,
  vietnamDateOf,
  type RuleSet,
  type SubmitNomination,
} from '@vinhdanh/domain';
import { assertDossierAttachmentsStored } from '../attachments/dossier-attachments';
import { assertMay } from '../auth/policy';
import type { Principal } from '../auth/principal';
import { CLOCK, CONFIG, DB, TEMPORAL_CLIENT, type Clock } from '../core/tokens';
import { ReadYourWrites } from '../projector/read-your-writes';
import { actorOf } from './access';
import { assertCollectiveUnit } from './collective-unit';
import { blockingFailures, directWorkerCounts, evaluateEligibility, loadStoredRuleSet } from './eligibility';
import { deterministicUuid } from './idempotency';
import {
  AwardNotOfferedError,
  CampaignNotOpenError,
  IdempotencyKeyReusedError,
  MissingAttachmentsError,
  TemporalUnavailableError,
  UnknownCampaignError,
} from './nominations.errors';
import type { CreateNominationRequest } from './nominations.schemas';

/** What a submission answered: the nomination id, and whether the read model shows it yet. */
export interface SubmissionResult {
  nominationId: string;
  readModelCaughtUp: boolean;
  /** True when this key had already started the nomination (a retried POST). */
  replayed: boolean;
}

/** How a nomination started on someone's behalf differs from a person's own submission. */
export interface SubmissionOptions {
  /** The nomination's id, fixed by what it was started for (one per bloc-year proposal), instead of (user, key)'s. */
  nominationId?: string;
  /** Dossier files the system itself filed (a bloc's generated minutes): not the caller's upload, cited all the same. */
  filedAttachmentIds?: readonly string[];
}

/** Checks a new nomination against the campaign, the rule set, the org tree and the decider, then starts its workflow. */
@Injectable()
export class SubmissionService {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    @Inject(CONFIG) private readonly config: Config,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  /** Submits once per (user, Idempotency-Key); a retry returns the nomination the first call started. */
  async submit(
    user: Principal,
    key: string,
    body: CreateNominationRequest,
    waitMs: number,
    options: SubmissionOptions = {},
  ): Promise<SubmissionResult> {
    assertMay(user, 'nomination.submit', body.nominatingUnitId);
    const nominationId = options.nominationId ?? deterministicUuid('nomination', user.id, key);
    const existing = await getNomination(this.db, nominationId);
    if (existing) {
      const same =
        existing.nominatingUnitId === body.nominatingUnitId &&
        existing.awardCode === body.awardCode &&
        existing.campaignId === body.campaignId;
      if (!same) throw new IdempotencyKeyReusedError(nominationId);
      return { nominationId, readModelCaughtUp: true, replayed: true };
    }
    const command = await this.buildCommand(user, nominationId, body, options.filedAttachmentIds ?? []);
    // The decider checks the whole command before anything starts (it throws NominationError).
    decide(command, initialState());
    const input = nominationWorkflowInput(command, { correlationId: nominationId });
    let replayed = false;
    try {
      await this.temporal.workflow.start(NOMINATION_WORKFLOW_TYPE, {
        taskQueue: this.config.TEMPORAL_TASK_QUEUE,
        workflowId: nominationWorkflowId(nominationId),
        // A closed nomination's id must never start a second run (its stream already exists).
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
        args: [input],
      });
    } catch (err) {
      if (err instanceof ServiceError) throw new TemporalUnavailableError(err);
      if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
      replayed = true;
    }
    // Version 2: NominationSubmitted and the first NominationReviewOpened, so the inbox shows it too.
    const readModelCaughtUp = await this.readYourWrites.waitForNominationVersion(nominationId, 2, waitMs);
    return { nominationId, readModelCaughtUp, replayed };
  }

  private async buildCommand(
    user: Principal,
    nominationId: string,
    body: CreateNominationRequest,
    filedAttachmentIds: readonly string[],
  ): Promise<SubmitNomination> {
    const now = this.clock().toISOString();
    const today = vietnamDateOf(now);
    const campaign = await findCampaign(this.db, body.campaignId);
    if (!campaign) throw new UnknownCampaignError(body.campaignId);
    if (!campaign.awardCodes.includes(body.awardCode)) throw new AwardNotOfferedError(campaign, body.awardCode);
    // closesOn is the last day on which nominations are accepted (inclusive).
    if (today < campaign.opensOn || today > campaign.closesOn) {
      throw new CampaignNotOpenError(campaign, today);
    }
    const { ruleSet } = await loadStoredRuleSet(this.db, campaign.ruleSetVersion);
    const award = awardRuleOf(ruleSet, body.awardCode);
    const missing = missingAttachmentKinds(award, body.dossier.attachments);
    if (missing.length > 0) throw new MissingAttachmentsError(body.awardCode, missing);
    const cited = body.dossier.attachments.filter(
      (a) => !a.attachmentId || !filedAttachmentIds.includes(a.attachmentId),
    );
    await assertDossierAttachmentsStored(this.db, cited, {
      user,
      unitId: body.nominatingUnitId,
      now: this.clock(),
    });
    const tree = await loadOrgTree(this.db, { asOf: today });
    const plainRoute = computeRoute(tree, body.nominatingUnitId, award, today, body.dossier.nominee.kind);
    assertCollectiveUnit(tree, body.nominatingUnitId, body.dossier.nominee, today);
    // Facts the appraisal cannot change refuse the submission now; the rest waits for the appraisal step.
    const checks = await evaluateEligibility(this.db, {
      ruleSet,
      award,
      campaign,
      dossier: body.dossier,
      nominatingUnitId: body.nominatingUnitId,
    });
    const blocking = blockingFailures(checks, submissionBlockingRules(ruleSet), body.dossier.nominee);
    if (blocking.length > 0) throw new NotEligibleError(body.awardCode, blocking);
    await this.checkDirectWorkerShare(ruleSet, campaign.id, body);
    // Each level's steps and the award's threshold are pinned now, so every replay applies the same procedure.
    const { route, procedure } = computeProcedureRoute(ruleSet, award, plainRoute);
    const disclosure = disclosureFor(ruleSet, body.awardCode);
    return {
      type: 'SubmitNomination',
      nominationId,
      actor: actorOf(user, body.nominatingUnitId),
      now,
      nominatingUnitId: body.nominatingUnitId,
      awardCode: body.awardCode,
      campaignId: campaign.id,
      ruleSetVersion: ruleSet.version,
      dossier: body.dossier,
      route,
      ...(procedure ? { procedure } : {}),
      // Pinned like the procedure: a later rule-set change never alters the disclosure in flight.
      ...(disclosure ? { disclosure } : {}),
    };
  }

  /** Priority to direct workers (rule-set data): refuses a person nomination that would leave the unit below the share. */
  private async checkDirectWorkerShare(
    ruleSet: RuleSet,
    campaignId: string,
    body: CreateNominationRequest,
  ): Promise<void> {
    const nominee = body.dossier.nominee;
    const rule = directWorkerShareRuleOf(ruleSet, body.awardCode);
    if (!rule || !appliesAtSubmission(rule) || nominee.kind !== 'person' || nominee.isDirectWorker) return;
    const scope = {
      nominatingUnitId: body.nominatingUnitId,
      campaignId,
      ...(rule.awardCodes ? { awardCodes: rule.awardCodes } : {}),
    };
    const counts = await directWorkerCounts(this.db, scope);
    assertDirectWorkerShareAtSubmission(rule, ruleSet.version, body.nominatingUnitId, counts, nominee.isDirectWorker);
  }
}
