import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { councilSessionStreamId, submissionBatchStreamId } from '@vinhdanh/contracts';
import { findCampaign, type Database } from '@vinhdanh/db';
import {
  awardRuleOf,
  councilSessionAggregate,
  latestBallots,
  quorumOf,
  requiredVotes,
  submissionBatchAggregate,
  vietnamDateOf,
  type CouncilCandidate,
  type CouncilSessionCommand,
  type CouncilSessionState,
} from '@vinhdanh/domain';
import { assertMay } from '../auth/policy';
import type { Principal } from '../auth/principal';
import { actorOf, CommandHandler } from '../core/command-handler';
import { CLOCK, DB, type Clock } from '../core/tokens';
import { ApiError, ResourceNotFoundError } from '../errors/api-error';
import { toProblemSource } from '../errors/problem';
import { seesEverything, unitsOfCaller } from '../nominations/access';
import { loadStoredRuleSet } from '../nominations/eligibility';
import { deterministicUuid } from '../nominations/idempotency';
import { UnknownCampaignError } from '../nominations/nominations.errors';
import { StepsService } from '../nominations/steps.service';
import { renderDocument } from '@vinhdanh/documents';
import { projectCouncilSessionEvents, type CouncilDatabase } from './council-sessions.projection';
import { readRoundDocument, storeRoundDocument } from '../round-documents/round-documents';
import { bienBanData, type BienBanInputs } from './session-documents';
import { CouncilRostersService } from './council-rosters.service';
import type {
  BienBanRequest,
  AdjournCouncilSessionRequest,
  ConcludeRequest,
  ConveneCouncilSessionRequest,
  OpenCouncilSessionRequest,
  TallyRequest,
  TieBreakRequest,
} from './council-sessions.schemas';

/** What the session sent each nomination when it concluded. */
export interface CouncilDelivery {
  nominationId: string;
  outcome: 'selected' | 'over-quota' | 'failed';
  /** Whether the nomination's vote step recorded the ballot (over-quota ones wait for the chair's decision). */
  delivered: boolean;
  problem?: { code: string; detail: string };
}

/** A session in the list. */
export interface CouncilSessionSummary {
  id: string;
  councilUnit: { id: string; name: string };
  title: string;
  awardCode: string;
  candidates: number;
  status: string;
  convenedAt: string;
}

/**
 * A session as the API answers it: its state, with the votes a candidate needs on all members and
 * the members needed in the room worked out by the domain's rules (screens do not repeat them).
 */
export type CouncilSessionView = NonNullable<CouncilSessionState> & {
  id: string;
  /** Votes for (in the room and in writing) a candidate needs: the threshold on ALL members. */
  required: number;
  /** Members present for the session to sit. */
  quorum: number;
  deliveries?: CouncilDelivery[];
};

function viewOf(id: string, state: CouncilSessionState, deliveries?: CouncilDelivery[]): CouncilSessionView {
  const c = state.convened;
  return {
    id,
    ...state,
    required: requiredVotes(c.members.length, c.threshold),
    quorum: quorumOf(c.members.length, c.quorumShare),
    ...(deliveries ? { deliveries } : {}),
  };
}

/**
 * Phiên họp Hội đồng TĐKT: its stream (`council-session-<id>`) through the command handler. When
 * it concludes, each candidate's ballot is sent to that nomination's own vote step (the same
 * Update `POST /api/nominations/:id/vote` sends), so the nomination judges it against its pinned
 * threshold; candidates who passed but fell outside the quota are not sent a vote and wait for the
 * chair's decision (return or reject naming the quota).
 */
@Injectable()
export class CouncilSessionsService {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly commands: CommandHandler,
    private readonly steps: StepsService,
    private readonly rosters: CouncilRostersService,
  ) {}

  async convene(user: Principal, key: string, body: ConveneCouncilSessionRequest): Promise<CouncilSessionView> {
    this.assertApprover(user, body.councilUnitId);
    const sessionId = deterministicUuid('council-session', user.id, key);
    const existing = await this.commands.load(councilSessionAggregate, councilSessionStreamId(sessionId));
    if (existing.state) return viewOf(sessionId, existing.state);
    const unit = await this.db
      .selectFrom('units')
      .select(['id', 'name'])
      .where('id', '=', body.councilUnitId)
      .executeTakeFirst();
    if (!unit) throw new ResourceNotFoundError('ORG', body.councilUnitId, 'đơn vị của Hội đồng');
    const campaign = await findCampaign(this.db, body.campaignId);
    if (!campaign) throw new UnknownCampaignError(body.campaignId);
    const { ruleSet } = await loadStoredRuleSet(this.db, campaign.ruleSetVersion);
    const award = ruleSet.awards.find((a) => a.code === body.awardCode);
    if (!award) {
      throw new ApiError('REQUEST.VALIDATION_FAILED', 'Hình thức khen thưởng không có.', 'Unknown award.', {}, [
        {
          field: 'awardCode',
          in: 'body',
          rule: 'unknown-award',
          message: `Bộ quy tắc ${ruleSet.version} không có hình thức "${body.awardCode}".`,
          message_en: `Rule set ${ruleSet.version} has no award "${body.awardCode}".`,
        },
      ]);
    }
    const threshold = ruleSet.procedure?.voteThresholds[awardRuleOf(ruleSet, award.code).voteThreshold] ?? {
      minShare: 0.5,
      strict: true,
    };
    const candidates: CouncilCandidate[] = [];
    for (const batchId of body.batchIds) {
      const { state } = await this.commands.load(submissionBatchAggregate, submissionBatchStreamId(batchId));
      if (!state) throw new ResourceNotFoundError('BATCH', batchId, 'đề nghị');
      const started = new Set(state.started);
      for (const r of state.submitted.rows) {
        if (!started.has(r.nominationId) || r.awardCode !== body.awardCode) continue;
        candidates.push({
          nominationId: r.nominationId,
          name: r.nominee.kind === 'person' ? r.nominee.fullName : r.nominee.name,
          unitName: state.submitted.submittingUnitName,
          kind: r.nominee.kind,
          ...(r.nominee.kind === 'person' ? { gender: r.nominee.gender } : { womenShare: r.nominee.womenShare }),
          batchId,
        });
      }
    }
    const members = body.members ?? (await this.rosterMembers(unit, body.rosterAsOf));
    const command: CouncilSessionCommand = {
      type: 'ConveneCouncilSession',
      now: this.clock().toISOString(),
      sessionId,
      councilUnitId: unit.id,
      councilUnitName: unit.name,
      title: body.title,
      rosterAsOf: body.rosterAsOf,
      members,
      campaignId: campaign.id,
      awardCode: award.code,
      awardName: award.nameVi,
      threshold,
      quorumShare: body.quorumShare,
      slots: body.slots,
      maxRounds: body.maxRounds,
      candidates,
    };
    return this.run(user, sessionId, command, { purpose: 'council-convene', key });
  }

  /** The council's roster in force on the day, as the session records it; none is a refusal naming the day. */
  private async rosterMembers(unit: { id: string; name: string }, day: string) {
    const members = await this.rosters.membersAsOf(unit.id, day);
    if (members.length === 0) {
      throw new ApiError(
        'COUNCIL.INVALID_ROSTER',
        `Hội đồng Thi đua – Khen thưởng của ${unit.name} chưa có thành phần hiệu lực ngày ${day.split('-').reverse().join('/')}.`,
        `The council of ${unit.name} has no roster in force on ${day}.`,
        {},
        [
          {
            field: 'rosterAsOf',
            in: 'body',
            rule: 'no-roster',
            message:
              'Chưa có thành phần Hội đồng hiệu lực ngày này; bổ nhiệm thành viên trước hoặc gửi danh sách thành viên.',
            message_en: 'No council roster in force on this day; appoint members first or send the members.',
          },
        ],
      );
    }
    return members.map(({ memberId, name, position, role }) => ({ memberId, name, position, role }));
  }

  open(user: Principal, id: string, key: string, body: OpenCouncilSessionRequest) {
    return this.act(user, id, key, 'council-open', (now) => ({
      type: 'OpenCouncilSession',
      now,
      sessionId: id,
      present: body.present,
    }));
  }

  adjourn(user: Principal, id: string, key: string, body: AdjournCouncilSessionRequest) {
    return this.act(user, id, key, 'council-adjourn', (now) => ({
      type: 'AdjournCouncilSession',
      now,
      sessionId: id,
      reason: body.reason,
    }));
  }

  tally(user: Principal, id: string, key: string, body: TallyRequest) {
    return this.act(user, id, key, 'council-tally', (now) => ({
      type: 'TallyCouncilBallots',
      now,
      sessionId: id,
      ballots: body.ballots,
    }));
  }

  breakTie(user: Principal, id: string, key: string, body: TieBreakRequest) {
    return this.act(user, id, key, 'council-tie-break', (now) => ({
      type: 'ChairBreaksTie',
      now,
      sessionId: id,
      chosen: body.chosen,
    }));
  }

  /** Concludes the session (once), then sends each candidate's ballot to its nomination (safe to repeat). */
  async conclude(user: Principal, id: string, key: string, body: ConcludeRequest): Promise<CouncilSessionView> {
    const { state } = await this.load(user, id);
    if (state.status !== 'concluded') {
      await this.act(user, id, key, 'council-conclude', (now) => ({
        type: 'ConcludeCouncilSession',
        now,
        sessionId: id,
        minutesNumber: body.minutesNumber,
      }));
    }
    return this.deliver(user, id);
  }

  /** Sends the concluded session's ballots to the nominations' vote steps; each Update has a fixed id, so once. */
  async deliver(user: Principal, id: string): Promise<CouncilSessionView> {
    const { state } = await this.load(user, id);
    this.assertApprover(user, state.convened.councilUnitId);
    const concluded = state.concluded;
    if (!concluded) return viewOf(id, state);
    const latest = latestBallots(state);
    const deliveries: CouncilDelivery[] = [];
    for (const result of concluded.results) {
      const ballot = latest.get(result.nominationId);
      if (result.outcome === 'over-quota' || !ballot) {
        deliveries.push({ nominationId: result.nominationId, outcome: result.outcome, delivered: false });
        continue;
      }
      const round = state.rounds.find((r) => r.round === result.round);
      try {
        await this.steps.vote(
          user,
          result.nominationId,
          `council:${id}:${result.nominationId}`,
          {
            membersTotal: state.convened.members.length,
            present: round?.present ?? state.present.length,
            votesFor: ballot.votesFor,
            votesAgainst: ballot.votesAgainst,
            abstentions: ballot.invalid,
            writtenFor: ballot.writtenFor,
            writtenAgainst: ballot.writtenAgainst,
            minutesNumber: concluded.minutesNumber,
          },
          0,
        );
        deliveries.push({ nominationId: result.nominationId, outcome: result.outcome, delivered: true });
      } catch (err) {
        const problem = toProblemSource(err);
        if (!problem) throw err;
        deliveries.push({
          nominationId: result.nominationId,
          outcome: result.outcome,
          // The vote step already took this session's ballot (a repeated delivery).
          delivered: problem.code === 'NOMINATION.STEP_ALREADY_DONE',
          problem: { code: problem.code, detail: problem.detailVi },
        });
      }
    }
    return viewOf(id, state, deliveries);
  }

  /** The biên bản họp / kiểm phiếu as PDF and DOCX from the events; each checksum recorded as an event. */
  async generateBienBan(user: Principal, id: string, body: BienBanRequest): Promise<CouncilSessionView> {
    const inputs: BienBanInputs = { date: vietnamDateOf(this.clock().toISOString()), ...body };
    for (const format of ['pdf', 'docx'] as const) {
      const { state } = await this.load(user, id);
      const rendered = await this.renderBienBan(state, inputs, format);
      const documentId = deterministicUuid('council-document', id, `bien-ban:${format}:${rendered.sha256}`);
      const number = (state.concluded?.minutesNumber ?? '').replace(/\//g, '-');
      await storeRoundDocument(this.db, {
        id: documentId,
        streamId: councilSessionStreamId(id),
        kind: 'bien-ban-hoi-dong',
        format,
        fileName: `Biên bản ${number}.${format}`,
        sha256: rendered.sha256,
        size: rendered.size,
        content: rendered.bytes,
        createdAt: this.clock().toISOString(),
      });
      await this.act(user, id, null, 'council-bien-ban', (now) => ({
        type: 'RecordCouncilDocument',
        now,
        sessionId: id,
        document: {
          sessionId: id,
          documentId,
          kind: 'bien-ban-hoi-dong',
          format,
          sha256: rendered.sha256,
          size: rendered.size,
          inputs,
        },
      }));
    }
    return this.get(user, id);
  }

  /** A generated minutes file's stored bytes, under the checksum its event recorded. */
  async document(
    user: Principal,
    id: string,
    documentId: string,
  ): Promise<{ content: Buffer; fileName: string; format: 'pdf' | 'docx'; sha256: string }> {
    const { state } = await this.load(user, id);
    const doc = state.documents.find((d) => d.documentId === documentId);
    if (!doc) throw new ResourceNotFoundError('DOCUMENT', documentId, 'tài liệu');
    const stored = await readRoundDocument(this.db, councilSessionStreamId(id), documentId, doc.sha256);
    if (!stored) throw new ResourceNotFoundError('DOCUMENT', documentId, 'tài liệu');
    return { content: stored.content, fileName: stored.fileName, format: doc.format, sha256: doc.sha256 };
  }

  private renderBienBan(state: CouncilSessionState, inputs: BienBanInputs, format: 'pdf' | 'docx') {
    return renderDocument('bien-ban-hoi-dong', bienBanData(state, inputs), format, {
      documentDate: inputs.date,
      title: `Biên bản ${state.concluded?.minutesNumber ?? ''}`,
    });
  }

  async list(user: Principal): Promise<CouncilSessionSummary[]> {
    const db = this.db as unknown as Kysely<CouncilDatabase>;
    let query = db.selectFrom('council_sessions').selectAll().orderBy('convened_at', 'desc').limit(200);
    if (!seesEverything(user)) {
      const units = unitsOfCaller(user);
      query = query.where('council_unit_id', 'in', units.length ? units : ['-']);
    }
    return (await query.execute()).map((r) => ({
      id: r.id,
      councilUnit: { id: r.council_unit_id, name: r.council_unit_name },
      title: r.title,
      awardCode: r.award_code,
      candidates: r.candidates,
      status: r.status,
      convenedAt: new Date(r.convened_at).toISOString(),
    }));
  }

  async get(user: Principal, id: string): Promise<CouncilSessionView> {
    const { state } = await this.load(user, id);
    return viewOf(id, state);
  }

  private async load(user: Principal, id: string): Promise<{ state: CouncilSessionState }> {
    const { state } = await this.commands.load(councilSessionAggregate, councilSessionStreamId(id));
    if (!state) throw new ResourceNotFoundError('COUNCIL', id, 'phiên họp');
    if (!seesEverything(user) && !unitsOfCaller(user).includes(state.convened.councilUnitId))
      throw new ResourceNotFoundError('COUNCIL', id, 'phiên họp');
    return { state };
  }

  private async act(
    user: Principal,
    id: string,
    key: string | null,
    purpose: string,
    command: (now: string) => CouncilSessionCommand,
  ): Promise<CouncilSessionView> {
    const { state } = await this.load(user, id);
    this.assertApprover(user, state.convened.councilUnitId);
    return this.run(user, id, command(this.clock().toISOString()), key === null ? null : { purpose, key });
  }

  private async run(
    user: Principal,
    id: string,
    command: CouncilSessionCommand,
    idempotency: { purpose: string; key: string } | null,
  ): Promise<CouncilSessionView> {
    const result = await this.commands.execute({
      aggregate: councilSessionAggregate,
      streamId: councilSessionStreamId(id),
      command,
      actor: actorOf(user),
      ...(idempotency ? { idempotency } : {}),
      project: projectCouncilSessionEvents,
    });
    if (!result.state) throw new ResourceNotFoundError('COUNCIL', id, 'phiên họp');
    return viewOf(id, result.state);
  }

  /** The council's secretary and chair act for it: approvers at its unit. */
  private assertApprover(user: Principal, unitId: string): void {
    assertMay(user, 'councilSession.run', unitId);
  }
}
