import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  NamespaceNotFoundError,
  ServiceError,
  WorkflowExecutionAlreadyStartedError,
  type Client,
} from '@temporalio/client';
import type { Kysely } from 'kysely';
import type { Config } from '@vinhdanh/config';
import { projectBlocEvents } from '@vinhdanh/projections';
import {
  BLOC_YEAR_WORKFLOW_TYPE,
  blocStreamId,
  blocYearChangedSignal,
  blocYearWorkflowId,
  type BlocYearWorkflowInput,
} from '@vinhdanh/contracts';
import { findCampaign, loadOrgTree, type Database } from '@vinhdanh/db';
import {
  awardRuleOf,
  BLOC_SOURCES,
  blocAggregate,
  DEFAULT_BLOC_RULES,
  RuleSet,
  ruleSetAsOf,
  type BlocCommand,
  type BlocCommandInput,
  type BlocState,
  vietnamDateOf,
} from '@vinhdanh/domain';
import { renderDocument } from '@vinhdanh/documents';
import { storeAttachment, type AttachmentInfo } from '../attachments/attachments.repository';
import { assertMay, may, POLICY } from '../auth/policy';
import type { Principal } from '../auth/principal';
import { actorOf, CommandHandler } from '../core/command-handler';
import { CLOCK, CONFIG, DB, TEMPORAL_CLIENT, type Clock } from '../core/tokens';
import { ApiError, RequestValidationError, ResourceNotFoundError } from '../errors/api-error';
import { deterministicUuid } from '../nominations/idempotency';
import { TemporalUnavailableError } from '../nominations/nominations.errors';
import { loadStoredRuleSet } from '../nominations/eligibility';
import { SubmissionService } from '../nominations/submission.service';
import type {
  AddMemberRequest,
  BallotRequest,
  CompleteProposalRequest,
  CreateBlocRequest,
  CrossScoreRequest,
  ImportYearRequest,
  MemberDateRequest,
  OpenYearRequest,
  ReasonRequest,
  RemoveMemberRequest,
  ReviewRequest,
  SelfScoreRequest,
  StartYearWorkflowRequest,
} from './blocs.schemas';
import { blocMinutesData } from './bloc-minutes';
import { blocView, type BlocAlertView, type BlocView } from './blocs.view';

/** The id of the nomination a bloc-year proposal starts: one per bloc and year, whoever completes it. */
export const blocProposalNominationId = (blocId: string, year: number): string =>
  deterministicUuid('bloc-proposal', blocId, String(year));

/**
 * Khối, cụm thi đua: each change is a command of the bloc aggregate through the one command
 * handler (`bloc-<id>`), projected into `blocs` and `bloc_alerts` in the same transaction.
 */
@Injectable()
export class BlocsService {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly commands: CommandHandler,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    @Inject(CONFIG) private readonly config: Config,
    private readonly submissions: SubmissionService,
  ) {}

  private readonly log = new Logger('BlocsService');

  /**
   * Runs the year as the bloc-year workflow from now on: its covenant, self, cross, review and
   * meeting deadlines (end of each day, Vietnam time) with reminders and escalation, then the
   * winner's proposal. Started once per bloc and year; a repeat answers with the running one.
   */
  async startYearWorkflow(
    user: Principal,
    id: string,
    year: number,
    body: StartYearWorkflowRequest,
  ): Promise<{ workflowId: string; started: boolean }> {
    const state = await this.mustManage(user, id);
    const y = state.years[String(year)];
    if (!y || y.imported || !y.covenantDeadline) {
      throw new RequestValidationError([
        {
          field: 'year',
          in: 'path',
          rule: 'year_open',
          message: `Năm thi đua ${year} của khối chưa được mở.`,
          message_en: `The bloc's ${year} year is not open.`,
        },
      ]);
    }
    const workflowId = blocYearWorkflowId(id, year);
    const remindAtShare = 0.75; // as the nomination ladder's usual share: three quarters of the time gone
    // The schedule is a fact of the year first (the decider checks the order); a retry finds it and starts the run.
    await this.run(
      user,
      id,
      { type: 'ScheduleBlocYear', year, workflowId, ...body, remindAtShare },
      `${workflowId}:${JSON.stringify(body)}`,
      'schedule',
    );
    // A stage's deadline is the end of its day in Vietnam: the instant the next day begins there.
    const endOf = (date: string) => new Date(`${date}T00:00:00+07:00`).getTime() + 86_400_000;
    const iso = (date: string) => new Date(endOf(date)).toISOString();
    const input: BlocYearWorkflowInput = {
      blocId: id,
      year,
      deadlines: {
        covenant: iso(y.covenantDeadline),
        selfScore: iso(body.selfScoreDeadline),
        crossScore: iso(body.crossScoreDeadline),
        review: iso(body.reviewDeadline),
        meeting: iso(body.meetingDeadline),
      },
      remindAtShare,
    };
    try {
      await this.temporal.workflow.start(BLOC_YEAR_WORKFLOW_TYPE, {
        taskQueue: this.config.TEMPORAL_TASK_QUEUE,
        workflowId,
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
        args: [input],
      });
      return { workflowId, started: true };
    } catch (err) {
      if (err instanceof WorkflowExecutionAlreadyStartedError) return { workflowId, started: false };
      // The schedule stays recorded; the same request again starts the run once Temporal answers.
      if (err instanceof ServiceError || err instanceof NamespaceNotFoundError) throw new TemporalUnavailableError(err);
      throw err;
    }
  }

  /** Tells the year's workflow (when the year runs as one) to look again; a year without one is left alone. */
  private async nudge(id: string, year: number, state: BlocState): Promise<void> {
    if (!state?.years[String(year)]?.schedule) return;
    // Bounded: an answer never waits on Temporal; the workflow looks again at its next rung anyway.
    let timer: NodeJS.Timeout | undefined;
    const bound = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, 2000);
    });
    try {
      await Promise.race([
        this.temporal.withDeadline(Date.now() + 2000, () =>
          this.temporal.workflow.getHandle(blocYearWorkflowId(id, year)).signal(blocYearChangedSignal),
        ),
        bound,
      ]);
    } catch (err) {
      // Not found: the year is not run as a workflow. Anything else: the workflow looks again at its next deadline.
      const name = err instanceof Error ? err.name : '';
      if (name !== 'WorkflowNotFoundError') this.log.warn(`bloc-year signal ${id}/${year}: ${String(err)}`);
    } finally {
      clearTimeout(timer);
    }
  }

  async create(user: Principal, key: string, body: CreateBlocRequest): Promise<BlocView> {
    this.mustOrganise(user, body.organiserUnitId);
    const organiser = await this.unit(body.organiserUnitId, 'organiserUnitId');
    const members = await Promise.all(body.memberUnitIds.map((u, i) => this.unit(u, `memberUnitIds.${i}`)));
    const levels = new Set(members.map((m) => m.level));
    const [level] = [...levels];
    if (levels.size !== 1 || level === undefined || level >= organiser.level) {
      throw new RequestValidationError([
        {
          field: 'memberUnitIds',
          in: 'body',
          rule: 'same_level_below_organiser',
          message: 'Các đơn vị trong khối phải cùng một cấp, dưới cấp của đơn vị tổ chức khối.',
          message_en: "Members must all be of one level, below the organiser's.",
        },
      ]);
    }
    const id = body.id ?? deterministicUuid('bloc', user.id, key);
    await this.run(
      user,
      id,
      {
        type: 'FormBloc',
        name: body.name,
        level,
        organiserUnitId: body.organiserUnitId,
        formedOn: body.formedOn,
        members: members.map((m) => ({ unitId: m.id, unitName: m.name })),
      },
      key,
      'form',
    );
    return this.get(id, user);
  }

  async list(organiserUnitId: string | undefined) {
    let q = this.db.selectFrom('blocs').select(['id', 'name', 'level', 'organiser_unit_id', 'state']).orderBy('name');
    if (organiserUnitId) q = q.where('organiser_unit_id', '=', organiserUnitId);
    const rows = await q.execute();
    const counts = await this.db
      .selectFrom('bloc_alerts')
      .select(['bloc_id'])
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .groupBy('bloc_id')
      .execute();
    const byBloc = new Map(counts.map((c) => [c.bloc_id, Number(c.n)]));
    return {
      items: rows.map((r) => {
        const s = r.state as NonNullable<BlocState>;
        const years = Object.keys(s.years).map(Number);
        return {
          id: r.id,
          name: r.name,
          level: r.level,
          organiserUnitId: r.organiser_unit_id,
          currentMembers: s.members.filter((m) => m.to === null).length,
          latestYear: years.length ? Math.max(...years) : null,
          alerts: byBloc.get(r.id) ?? 0,
        };
      }),
    };
  }

  /** The bloc as the caller sees it, with what the caller may do on it (the screen offers only that). */
  async get(id: string, user: Principal): Promise<BlocView> {
    const row = await this.db.selectFrom('blocs').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new ResourceNotFoundError('BLOC', id, 'khối thi đua');
    const alerts = await this.db
      .selectFrom('bloc_alerts')
      .selectAll()
      .where('bloc_id', '=', id)
      .orderBy('seq')
      .execute();
    const state = row.state as NonNullable<BlocState>;
    const organise = may(user, 'bloc.organise', state.organiserUnitId);
    return blocView(
      state,
      row.version,
      alerts.map((a): Omit<BlocAlertView, 'unitNames' | 'label'> => ({
        kind: a.kind as BlocAlertView['kind'],
        year: a.year,
        unitIds: a.unit_ids,
        details: a.details,
        explanation: { vi: a.explanation_vi, en: a.explanation_en },
        streamVersion: a.stream_version,
        foundAt: new Date(a.found_at).toISOString(),
      })),
      {
        organise,
        actForUnitIds: state.members
          .filter((m) => m.to === null && (organise || may(user, 'bloc.member', m.unitId)))
          .map((m) => m.unitId),
      },
    );
  }

  async addMember(user: Principal, id: string, key: string, body: AddMemberRequest): Promise<BlocView> {
    const state = await this.mustManage(user, id);
    const unit = await this.unit(body.unitId, 'unitId');
    if (unit.level !== state.level) {
      throw new RequestValidationError([
        {
          field: 'unitId',
          in: 'body',
          rule: 'same_level',
          message: 'Đơn vị không cùng cấp với các đơn vị trong khối.',
          message_en: 'The unit is not of the bloc level.',
        },
      ]);
    }
    await this.run(
      user,
      id,
      { type: 'AddBlocMember', unitId: unit.id, unitName: unit.name, from: body.from, reason: body.reason },
      key,
      'member-add',
    );
    return this.get(id, user);
  }

  async removeMember(
    user: Principal,
    id: string,
    unitId: string,
    key: string,
    body: RemoveMemberRequest,
  ): Promise<BlocView> {
    await this.mustManage(user, id);
    await this.run(
      user,
      id,
      { type: 'RemoveBlocMember', unitId, on: body.on, reason: body.reason, dissolved: body.dissolved },
      key,
      'member-leave',
    );
    return this.get(id, user);
  }

  async openYear(user: Principal, id: string, key: string, body: OpenYearRequest): Promise<BlocView> {
    const state = await this.mustManage(user, id);
    const rows = await this.db.selectFrom('rule_sets').select('body').execute();
    const sets = rows.map((r) => RuleSet.parse(typeof r.body === 'string' ? JSON.parse(r.body) : r.body));
    const ruleSet = ruleSetAsOf(sets, `${body.year}-01-01`);
    // The flag a bloc leads to: members of the district level are proposed for the province's flag,
    // province-level members for the Tổng Liên đoàn's (domain.md, award types; Law Art. 26 [S30]).
    const awardCode = state.level <= 2 ? 'CO_TINH' : 'CO_TLD';
    awardRuleOf(ruleSet, awardCode);
    await this.run(
      user,
      id,
      {
        type: 'OpenBlocYear',
        year: body.year,
        awardCode,
        ruleSetVersion: ruleSet.version,
        rules: ruleSet.blocs ?? DEFAULT_BLOC_RULES,
        covenantDeadline: body.covenantDeadline,
        headUnitId: body.headUnitId,
        deputyUnitId: body.deputyUnitId,
      },
      key,
      'year-open',
    );
    return this.get(id, user);
  }

  async register(user: Principal, id: string, year: number, key: string, body: MemberDateRequest, covenant: boolean) {
    await this.mustActFor(user, id, body.unitId);
    const command: BlocCommandInput = covenant
      ? { type: 'SignBlocCovenant', year, unitId: body.unitId, on: body.on }
      : { type: 'RegisterForBlocYear', year, unitId: body.unitId, on: body.on };
    const state = await this.run(user, id, command, key, covenant ? 'covenant' : 'register');
    await this.nudge(id, year, state);
    return this.get(id, user);
  }

  async openScoring(user: Principal, id: string, year: number, key: string): Promise<BlocView> {
    await this.mustManage(user, id);
    const state = await this.run(user, id, { type: 'OpenBlocScoring', year }, key, 'scoring-open');
    await this.nudge(id, year, state);
    return this.get(id, user);
  }

  async selfScore(user: Principal, id: string, year: number, key: string, body: SelfScoreRequest): Promise<BlocView> {
    await this.mustActFor(user, id, body.unitId);
    const state = await this.run(
      user,
      id,
      {
        type: 'SubmitBlocSelfScore',
        year,
        unitId: body.unitId,
        points: body.points,
        evidenceAttachmentIds: body.evidenceAttachmentIds,
      },
      key,
      'self-score',
    );
    await this.nudge(id, year, state);
    return this.get(id, user);
  }

  async crossScore(user: Principal, id: string, year: number, key: string, body: CrossScoreRequest): Promise<BlocView> {
    await this.mustActFor(user, id, body.scorerUnitId);
    const state = await this.run(
      user,
      id,
      {
        type: 'SubmitBlocCrossScore',
        year,
        scorerUnitId: body.scorerUnitId,
        scoredUnitId: body.scoredUnitId,
        points: body.points,
      },
      key,
      'cross-score',
    );
    await this.nudge(id, year, state);
    return this.get(id, user);
  }

  async review(user: Principal, id: string, year: number, key: string, body: ReviewRequest): Promise<BlocView> {
    const state = await this.load(id);
    const head = state.years[String(year)]?.headUnitId ?? '';
    this.mustActForUnitOrOrganiser(user, state, head);
    const after = await this.run(
      user,
      id,
      { type: 'ReviewBlocScores', year, byUnitId: head, note: body.note },
      key,
      'review',
    );
    await this.nudge(id, year, after);
    return this.get(id, user);
  }

  async ballot(user: Principal, id: string, year: number, key: string, body: BallotRequest): Promise<BlocView> {
    const state = await this.load(id);
    this.mustActForUnitOrOrganiser(user, state, state.years[String(year)]?.headUnitId ?? '');
    const after = await this.run(user, id, { type: 'CountBlocBallot', year, ...body }, key, 'ballot');
    await this.nudge(id, year, after);
    return this.get(id, user);
  }

  async reason(user: Principal, id: string, year: number, key: string, body: ReasonRequest): Promise<BlocView> {
    const state = await this.load(id);
    this.mustActForUnitOrOrganiser(user, state, state.years[String(year)]?.headUnitId ?? '');
    await this.run(user, id, { type: 'RecordBlocWinnerReason', year, reason: body.reason }, key, 'reason');
    return this.get(id, user);
  }

  /**
   * The leading unit's Cờ thi đua dossier is completed from the bloc's proposal (by the unit, or the
   * union above it when only that level may propose the flag) and the nomination starts on the normal path (the submission checks, the decider, the nomination workflow), with
   * the meeting's biên bản attached. Its id is fixed by the bloc and year, so a retry, a second
   * person of the unit or a restart never starts a second one; the bloc then records it.
   */
  async completeProposal(
    user: Principal,
    id: string,
    year: number,
    key: string,
    body: CompleteProposalRequest,
  ): Promise<{ nominationId: string; bloc: BlocView }> {
    const state = await this.load(id);
    const proposal = state.years[String(year)]?.proposal;
    if (!proposal) {
      throw new ApiError(
        'BLOC.WRONG_PHASE',
        `Khối chưa ghi nhận đề nghị tặng Cờ thi đua năm ${year}: chỉ đề nghị khi đã suy tôn đơn vị dẫn đầu. Căn cứ: ${BLOC_SOURCES.flag}.`,
        `The bloc has recorded no proposal for ${year}: the flag follows the ballot.`,
        { rule: 'bloc.proposal_recorded', field: 'year', source: BLOC_SOURCES.flag },
      );
    }
    const nominationId = proposal.nominationId ?? blocProposalNominationId(id, year);
    if (!proposal.nominationId) {
      if (!proposal.campaignId) {
        throw new ApiError(
          'BLOC.INVALID',
          `Chưa có đợt thi đua đang mở nhận đề nghị Cờ thi đua cho năm ${year} của khối; hãy đợi đợt thi đua mở. Căn cứ: ${BLOC_SOURCES.flag}.`,
          `No open campaign takes the bloc's ${year} flag proposal yet.`,
          { rule: 'bloc.proposal_campaign', field: 'campaignId', source: BLOC_SOURCES.flag },
        );
      }
      const unit = await this.unit(proposal.unitId, 'unitId');
      const nominatingUnitId = await this.nominatingUnitFor(unit.id, proposal.awardCode, proposal.campaignId);
      assertMay(user, 'nomination.submit', nominatingUnitId);
      const minutes = await this.storeMinutes(user, state, year);
      const filed = [
        {
          kind: 'BIEN_BAN' as const,
          name: minutes.fileName,
          sizeBytes: minutes.sizeBytes,
          sha256: minutes.sha256,
          attachmentId: minutes.id,
        },
      ];
      await this.submissions.submit(
        user,
        key,
        {
          nominatingUnitId,
          awardCode: proposal.awardCode,
          campaignId: proposal.campaignId,
          dossier: {
            nominee: {
              kind: 'collective',
              name: unit.name,
              memberCount: body.memberCount,
              womenShare: body.womenShare,
              unitId: unit.id,
            },
            achievements: body.achievements,
            initiatives: body.initiatives,
            attachments: [...filed, ...body.attachments],
          },
        },
        5000,
        { nominationId, filedAttachmentIds: filed.map((f) => f.attachmentId) },
      );
      await this.run(
        user,
        id,
        {
          type: 'RecordBlocWinnerProposal',
          year,
          unitId: proposal.unitId,
          nominationId,
          campaignId: proposal.campaignId,
          minutesAttachmentId: minutes.id,
          notStartedReason: null,
        },
        `${nominationId}`,
        'proposal-started',
      );
    }
    return { nominationId, bloc: await this.get(id, user) };
  }

  /**
   * Who puts the leading unit forward: the unit itself when its level may start the flag's route,
   * else the nearest union above it that may (a bloc of CĐCS is proposed by their direct superior).
   */
  private async nominatingUnitFor(unitId: string, awardCode: string, campaignId: string): Promise<string> {
    const campaign = await findCampaign(this.db, campaignId);
    if (!campaign) return unitId;
    const { ruleSet } = await loadStoredRuleSet(this.db, campaign.ruleSetVersion);
    const award = awardRuleOf(ruleSet, awardCode);
    const today = vietnamDateOf(this.clock().toISOString());
    const tree = await loadOrgTree(this.db, { asOf: today });
    if (!tree.findUnit(unitId)) return unitId;
    const starts = tree.ancestryAsOf(unitId, today).find((u) => award.routeStartLevels.includes(tree.levelOf(u.id)));
    return starts?.id ?? unitId;
  }

  /**
   * The bloc's biên bản for the year, generated from its events (as the council's is) and stored
   * once: filed by the organiser's emulation office, or by the caller when the office has nobody.
   */
  private async storeMinutes(user: Principal, state: NonNullable<BlocState>, year: number): Promise<AttachmentInfo> {
    const y = state.years[String(year)];
    const office = await this.db
      .selectFrom('user_roles')
      .select('user_id')
      .where('unit_id', '=', state.organiserUnitId)
      .where('role', 'in', POLICY['bloc.organise'].roles)
      .orderBy('user_id')
      .executeTakeFirst();
    const now = this.clock();
    const title = `Biên bản họp ${state.name} năm ${year}`;
    const minutes = await renderDocument('bien-ban-hoi-dong', blocMinutesData(state, year), 'pdf', {
      documentDate: y?.meeting?.heldOn ?? vietnamDateOf(now.toISOString()),
      title,
    });
    return storeAttachment(this.db, {
      content: Buffer.from(minutes.bytes),
      contentType: 'application/pdf',
      fileName: `${title}.pdf`,
      uploadedBy: office?.user_id ?? user.id,
      idempotencyKey: `bloc-minutes:${state.blocId}:${year}`,
      now,
    });
  }

  async importYear(user: Principal, id: string, year: number, key: string, body: ImportYearRequest): Promise<BlocView> {
    const state = await this.mustManage(user, id);
    await this.run(
      user,
      id,
      { type: 'ImportBlocYear', year, awardCode: state.level <= 2 ? 'CO_TINH' : 'CO_TLD', ...body },
      key,
      'import',
    );
    return this.get(id, user);
  }

  private async run(
    user: Principal,
    id: string,
    command: BlocCommandInput,
    key: string,
    purpose: string,
  ): Promise<BlocState> {
    const { state } = await this.commands.execute({
      aggregate: blocAggregate,
      streamId: blocStreamId(id),
      command: { ...command, blocId: id, now: this.clock().toISOString() } as BlocCommand,
      actor: actorOf(user),
      reason: 'reason' in command && typeof command.reason === 'string' ? command.reason : undefined,
      idempotency: { purpose: `bloc-${purpose}`, key },
      project: projectBlocEvents,
    });
    return state;
  }

  private async load(id: string): Promise<NonNullable<BlocState>> {
    const { state } = await this.commands.load(blocAggregate, blocStreamId(id));
    if (!state) throw new ResourceNotFoundError('BLOC', id, 'khối thi đua');
    return state;
  }

  private async mustManage(user: Principal, id: string): Promise<NonNullable<BlocState>> {
    const state = await this.load(id);
    this.mustOrganise(user, state.organiserUnitId);
    return state;
  }

  /** Who runs a bloc: the emulation office of the union above its members (the policy table's `bloc.organise`). */
  private mustOrganise(user: Principal, unitId: string): void {
    assertMay(user, 'bloc.organise', unitId);
  }

  private async mustActFor(user: Principal, id: string, unitId: string): Promise<void> {
    this.mustActForUnitOrOrganiser(user, await this.load(id), unitId);
  }

  /** A member's own people act for it; the organiser's office may record what was signed on paper. */
  private mustActForUnitOrOrganiser(user: Principal, state: NonNullable<BlocState>, unitId: string): void {
    if (may(user, 'bloc.organise', state.organiserUnitId)) return;
    assertMay(user, 'bloc.member', unitId);
  }

  private async unit(id: string, field: string): Promise<{ id: string; name: string; level: number }> {
    const row = await this.db
      .selectFrom('units')
      .select(['id', 'name', 'level'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) {
      throw new RequestValidationError([
        { field, in: 'body', rule: 'known_unit', message: 'Không có đơn vị này.', message_en: 'No such unit.' },
      ]);
    }
    return { id: row.id, name: row.name, level: row.level };
  }
}
