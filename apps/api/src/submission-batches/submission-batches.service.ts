import { Inject, Injectable, Logger } from '@nestjs/common';
import { sql, type Kysely } from 'kysely';
import { submissionBatchStreamId } from '@vinhdanh/contracts';
import { findCampaign, loadOrgTree, type Database } from '@vinhdanh/db';
import {
  batchDecisionScope,
  batchProgressOf,
  defaultRuleSets,
  describeBatchProgress,
  NOMINATION_STATUS_LABELS,
  submissionBatchAggregate,
  vietnamDateOf,
  type BatchDecision,
  type BatchProgress,
  type NominationStatus,
  type OrgTree,
  type SubmissionBatchState,
  type SubmitBatchCommand,
} from '@vinhdanh/domain';
import { assertMay, unitsWhere } from '../auth/policy';
import type { Principal } from '../auth/principal';
import { actorOf as commandActorOf, CommandHandler } from '../core/command-handler';
import { CLOCK, DB, type Clock } from '../core/tokens';
import { ApiError, ResourceNotFoundError } from '../errors/api-error';
import { toProblemSource } from '../errors/problem';
import { seesEverything, unitsOfCaller } from '../nominations/access';
import { loadStoredRuleSet } from '../nominations/eligibility';
import { deterministicUuid } from '../nominations/idempotency';
import { CampaignNotOpenError, UnknownCampaignError } from '../nominations/nominations.errors';
import { SubmissionService } from '../nominations/submission.service';
import { renderDocument } from '@vinhdanh/documents';
import { readRoundDocument, storeRoundDocument } from '../round-documents/round-documents';
import { DEFAULT_LEGAL_BASES, toTrinhData, type ToTrinhInputs } from './batch-documents';
import { projectSubmissionBatchEvents, type BatchDatabase } from './submission-batches.projection';
import { BulkDecisionsService } from '../bulk/bulk-decisions.service';
import type { BulkItemOutcome } from '../bulk/bulk-outcomes';
import type {
  CreateSubmissionBatchRequest,
  DecideSubmissionBatchRequest,
  GenerateToTrinhRequest,
} from './submission-batches.schemas';

/** Nominations one fan-out step starts before recording them (one event per step, progress visible meanwhile). */
const START_STEP = 30;
/** Nominations started at once (each is a workflow start plus the submission checks). */
const START_CONCURRENCY = 4;

const logger = new Logger('SubmissionBatches');

/** A return / forward of the whole list found no nominee awaiting the caller's decision. */
export class SubmissionBatchNothingToDecideError extends ApiError {
  constructor() {
    super(
      'BATCH.NOTHING_TO_DECIDE',
      'Không có hồ sơ nào của đề nghị đang chờ đơn vị của bạn xét.',
      'No nominee of this batch awaits a decision at your unit.',
    );
  }
}

/** The Idempotency-Key a batch row's nomination is submitted with: the row's id derives from the batch id. */
export const batchRowKey = (batchId: string, row: number): string => `batch:${batchId}:row:${row}`;

function awardNameOf(code: string): string {
  for (const ruleSet of defaultRuleSets) {
    const award = ruleSet.awards.find((a) => a.code === code);
    if (award) return award.nameVi;
  }
  return code;
}

async function mapLimit<T, R>(items: readonly T[], limit: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await run(items[i] as T);
      }
    }),
  );
  return out;
}

/** A batch in the list. */
export interface SubmissionBatchSummaryView {
  id: string;
  submittingUnit: { id: string; name: string };
  campaign: { id: string; name: string };
  submissionLetterNumber: string;
  submittedBy: string;
  submittedAt: string;
  skipped: number;
  progress: BatchProgress;
}

/** One batch with its rows. */
export interface SubmissionBatchView extends SubmissionBatchSummaryView {
  rows: {
    row: number;
    nominationId: string;
    nomineeName: string;
    nomineeKind: 'person' | 'collective';
    awardCode: string;
    awardName: string;
    status: NominationStatus | null;
    statusLabel: string;
    refusal: string | null;
  }[];
  skippedRows: SubmissionBatchState['submitted']['skipped'];
  documents: SubmissionBatchState['documents'];
  /** Returns and forwards of the batch, each with what it reached and what its nominations refused. */
  decisions: BatchDecision[];
}

/** The answer to a return / forward: the batch, and the nominees whose outcome is not known yet (retry). */
export interface SubmissionBatchDecisionView extends SubmissionBatchView {
  decisionId: string;
  /** Nominees a service outage left undecided-or-not: the same request with the same key settles them. */
  unknown: { nominationId: string; nomineeName: string }[];
}

/**
 * Đề nghị (submission batch): a unit submits one tờ trình listing many nominees. The batch is its own
 * stream (`submission-batch-<id>`) through the command handler; each accepted row then starts its
 * own nomination by the ordinary submission path, with an id fixed by (batch, row), so a retry
 * starts nothing twice. Progress is read from the nominations read model.
 */
@Injectable()
export class SubmissionBatchesService {
  /** Fan-outs running in this process, so a retried POST joins the one already running. */
  private readonly running = new Map<string, Promise<void>>();

  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly commands: CommandHandler,
    private readonly submissions: SubmissionService,
    private readonly bulk: BulkDecisionsService,
  ) {}

  private get batchDb(): Kysely<BatchDatabase> {
    return this.db as unknown as Kysely<BatchDatabase>;
  }

  /** Submits a batch once per (user, Idempotency-Key), then starts its rows' nominations in the background. */
  async submit(
    user: Principal,
    key: string,
    body: CreateSubmissionBatchRequest,
    rowErrors: SubmitBatchCommand['rowErrors'] = [],
  ): Promise<SubmissionBatchView> {
    assertMay(user, 'batch.submit', body.submittingUnitId);
    const batchId = deterministicUuid('submission-batch', user.id, key);
    const streamId = submissionBatchStreamId(batchId);
    const { state } = await this.commands.load(submissionBatchAggregate, streamId);
    if (!state) {
      const command = { ...(await this.buildCommand(user, batchId, body)), rowErrors };
      await this.commands.execute({
        aggregate: submissionBatchAggregate,
        streamId,
        command,
        actor: commandActorOf(user),
        idempotency: { purpose: 'submission-batch', key },
        project: projectSubmissionBatchEvents,
      });
    }
    // The fan-out runs after the answer; the client polls GET for progress (a retry resumes it).
    void this.startNominations(user, batchId);
    return this.view(batchId);
  }

  private async buildCommand(
    user: Principal,
    batchId: string,
    body: CreateSubmissionBatchRequest,
  ): Promise<SubmitBatchCommand> {
    const now = this.clock().toISOString();
    const today = vietnamDateOf(now);
    const campaign = await findCampaign(this.db, body.campaignId);
    if (!campaign) throw new UnknownCampaignError(body.campaignId);
    if (today < campaign.opensOn || today > campaign.closesOn) throw new CampaignNotOpenError(campaign, today);
    const { ruleSet } = await loadStoredRuleSet(this.db, campaign.ruleSetVersion);
    const tree = await loadOrgTree(this.db, { asOf: today });
    const unit = tree.findUnit(body.submittingUnitId);
    if (!unit) throw new ResourceNotFoundError('ORG', body.submittingUnitId, 'đơn vị đề nghị');
    return {
      type: 'SubmitBatch',
      batchId,
      actor: { userId: user.id, name: user.fullName, unitId: body.submittingUnitId },
      now,
      submittingUnitId: unit.id,
      submittingUnitName: unit.name,
      campaignId: campaign.id,
      campaignName: campaign.name,
      submissionLetterNumber: body.submissionLetterNumber,
      sharedAttachments: body.sharedAttachments,
      rows: body.rows,
      nominationIds: body.rows.map((_, i) => deterministicUuid('nomination', user.id, batchRowKey(batchId, i + 1))),
      skipInvalidRows: body.skipInvalidRows,
      context: {
        ruleSet,
        collectiveUnitIds: new Set(unitsAtOrBelow(tree, unit.id, today)),
        offeredAwardCodes: new Set(campaign.awardCodes),
      },
    };
  }

  /** Starts the rows not started yet (joins a fan-out already running here); never throws. */
  startNominations(user: Principal, batchId: string): Promise<void> {
    const running = this.running.get(batchId);
    if (running) return running;
    const run = this.fanOut(user, batchId)
      .catch((err: unknown) => logger.error(`batch ${batchId}: ${(err as Error).message}`))
      .finally(() => this.running.delete(batchId));
    this.running.set(batchId, run);
    return run;
  }

  private async fanOut(user: Principal, batchId: string): Promise<void> {
    const streamId = submissionBatchStreamId(batchId);
    const { state } = await this.commands.load(submissionBatchAggregate, streamId);
    if (!state) return;
    const done = new Set([...state.started, ...state.refused.map((r) => r.nominationId)]);
    const todo = state.submitted.rows.filter((r) => !done.has(r.nominationId));
    const b = state.submitted;
    for (let i = 0; i < todo.length; i += START_STEP) {
      const step = todo.slice(i, i + START_STEP);
      const outcomes = await mapLimit(step, START_CONCURRENCY, async (r) => {
        try {
          await this.submissions.submit(
            user,
            batchRowKey(batchId, r.row),
            {
              nominatingUnitId: b.submittingUnitId,
              awardCode: r.awardCode as never,
              campaignId: b.campaignId,
              dossier: {
                nominee: r.nominee,
                achievements: r.achievements,
                initiatives: r.initiatives,
                attachments: [...b.sharedAttachments, ...r.attachments],
              },
            },
            0,
          );
          return { row: r, ok: true as const };
        } catch (err) {
          const problem = toProblemSource(err);
          // A refusal by the rules (4xx) is recorded; an outage stays pending for the next retry.
          if (problem && problem.status < 500) return { row: r, ok: false as const, problem };
          logger.warn(`batch ${batchId} row ${r.row}: ${(err as Error).message}`);
          return null;
        }
      });
      const started = outcomes.flatMap((o) => (o?.ok ? [o.row.nominationId] : []));
      const refused = outcomes.flatMap((o) =>
        o && !o.ok
          ? [
              {
                row: o.row.row,
                nominationId: o.row.nominationId,
                code: o.problem.code,
                message: `Dòng ${o.row.row}: ${o.problem.detailVi}`,
                message_en: `Row ${o.row.row}: ${o.problem.detailEn}`,
              },
            ]
          : [],
      );
      if (started.length || refused.length) {
        await this.commands.execute({
          aggregate: submissionBatchAggregate,
          streamId,
          command: { type: 'RecordBatchStarts', batchId, now: this.clock().toISOString(), started, refused },
          actor: commandActorOf(user),
          project: projectSubmissionBatchEvents,
        });
      }
    }
  }

  /** Batches the caller may see: their units' and those of units below them; all for oversight. */
  async list(user: Principal): Promise<SubmissionBatchSummaryView[]> {
    let query = this.batchDb.selectFrom('submission_batches').selectAll().orderBy('submitted_at', 'desc').limit(500);
    if (!seesEverything(user)) {
      const units = await this.visibleUnits(user);
      query = query.where('submitting_unit_id', 'in', units.length ? units : ['-']);
    }
    const batches = await query.execute();
    if (batches.length === 0) return [];
    const counts = await sql<{ batch_id: string; start_state: string; status: NominationStatus | null; n: number }>`
      select r.batch_id, r.start_state, n.status, count(*)::int as n
      from submission_batch_rows r left join nominations n on n.id = r.nomination_id
      where r.batch_id in (${sql.join(batches.map((b) => b.id))})
      group by r.batch_id, r.start_state, n.status`.execute(this.db);
    return batches.map((b) => {
      const mine = counts.rows.filter((c) => c.batch_id === b.id);
      const byStatus: Partial<Record<NominationStatus, number>> = {};
      let refused = 0;
      let pending = 0;
      let started = 0;
      for (const c of mine) {
        if (c.start_state === 'started') started += c.n;
        if (c.start_state === 'refused') refused += c.n;
        else if (c.status) byStatus[c.status] = (byStatus[c.status] ?? 0) + c.n;
        else pending += c.n;
      }
      return {
        ...summaryOf(b),
        progress: describeBatchProgress({ total: b.rows_total, started, refused, pending, byStatus }),
      };
    });
  }

  /** One batch with its rows and progress (404 when the caller may not see it). */
  async get(user: Principal, batchId: string): Promise<SubmissionBatchView> {
    const row = await this.batchDb
      .selectFrom('submission_batches')
      .select('submitting_unit_id')
      .where('id', '=', batchId)
      .executeTakeFirst();
    if (!row) throw new ResourceNotFoundError('BATCH', batchId, 'đề nghị');
    if (!seesEverything(user) && !(await this.visibleUnits(user)).includes(row.submitting_unit_id)) {
      throw new ResourceNotFoundError('BATCH', batchId, 'đề nghị');
    }
    return this.view(batchId);
  }

  /** The batch as its stream stands, with statuses from the nominations read model. */
  async view(batchId: string): Promise<SubmissionBatchView> {
    const { state } = await this.commands.load(submissionBatchAggregate, submissionBatchStreamId(batchId));
    const header = await this.batchDb
      .selectFrom('submission_batches')
      .selectAll()
      .where('id', '=', batchId)
      .executeTakeFirst();
    if (!state || !header) throw new ResourceNotFoundError('BATCH', batchId, 'đề nghị');
    const ids = state.submitted.rows.map((r) => r.nominationId);
    const statuses = new Map(
      (await this.db.selectFrom('nominations').select(['id', 'status']).where('id', 'in', ids).execute()).map((n) => [
        n.id,
        n.status as NominationStatus,
      ]),
    );
    const refusals = new Map(state.refused.map((r) => [r.nominationId, r.message]));
    return {
      ...summaryOf(header),
      progress: batchProgressOf(state, (id) => statuses.get(id)),
      rows: state.submitted.rows.map((r) => {
        const status = statuses.get(r.nominationId) ?? null;
        const refusal = refusals.get(r.nominationId) ?? null;
        return {
          row: r.row,
          nominationId: r.nominationId,
          nomineeName: r.nominee.kind === 'person' ? r.nominee.fullName : r.nominee.name,
          nomineeKind: r.nominee.kind,
          awardCode: r.awardCode,
          awardName: awardNameOf(r.awardCode),
          status,
          statusLabel: status ? NOMINATION_STATUS_LABELS[status].vi : refusal ? 'Không khởi tạo được' : 'Đang khởi tạo',
          refusal,
        };
      }),
      skippedRows: state.submitted.skipped,
      documents: state.documents,
      decisions: state.decisions,
    };
  }

  /**
   * Returns or forwards the đề nghị, whole or in part: one decision on the batch, taken over the tasks
   * open now (recorded first, so a retry decides those same tasks), then each covered nomination
   * decided through its own workflow by the inbox's bulk path (role checks and refusals per nominee),
   * and what it did recorded on the batch. The same Idempotency-Key repeats nothing.
   */
  async decide(
    user: Principal,
    batchId: string,
    key: string,
    body: DecideSubmissionBatchRequest,
  ): Promise<SubmissionBatchDecisionView> {
    assertMay(user, 'inbox.bulkDecide');
    await this.get(user, batchId);
    const streamId = submissionBatchStreamId(batchId);
    const decisionId = deterministicUuid('submission-batch-decision', user.id, key);
    const loaded = await this.commands.load(submissionBatchAggregate, streamId);
    if (!loaded.state) throw new ResourceNotFoundError('BATCH', batchId, 'đề nghị');
    let taken = loaded.state.decisions.find((d) => d.decisionId === decisionId);
    const rows = new Map(loaded.state.submitted.rows.map((r) => [r.nominationId, r]));
    const nameOf = (id: string) => {
      const r = rows.get(id);
      return r ? (r.nominee.kind === 'person' ? r.nominee.fullName : r.nominee.name) : id;
    };
    if (!taken) {
      const scope = batchDecisionScope(loaded.state, body.nominationIds ?? 'all');
      const open = await this.db
        .selectFrom('nominations')
        .select(['id', 'current_task_seq', 'current_unit_id', 'status'])
        .where(
          'id',
          'in',
          scope.map((r) => r.nominationId),
        )
        .execute();
      const byId = new Map(open.map((n) => [n.id, n]));
      const mine = new Set(unitsWhere(user, 'nomination.decide'));
      const covered: { nominationId: string; taskSeq: number }[] = [];
      const notOpen: BatchDecision['notOpen'] = [];
      for (const r of scope) {
        const n = byId.get(r.nominationId);
        if (n?.current_task_seq && (body.nominationIds || (n.current_unit_id && mine.has(n.current_unit_id)))) {
          covered.push({ nominationId: r.nominationId, taskSeq: n.current_task_seq });
        } else if (body.nominationIds) {
          // A picked nominee with nothing to decide is named; the whole list simply covers the ones awaiting the caller.
          const status = n ? NOMINATION_STATUS_LABELS[n.status as NominationStatus].vi.toLowerCase() : 'chưa có hồ sơ';
          notOpen.push({
            nominationId: r.nominationId,
            nomineeName: nameOf(r.nominationId),
            message: `Dòng ${r.row}: hồ sơ không có bước xét nào đang mở (${status}).`,
          });
        }
      }
      if (!covered.length && !notOpen.length) {
        throw new SubmissionBatchNothingToDecideError();
      }
      const now = this.clock().toISOString();
      const result = await this.commands.execute({
        aggregate: submissionBatchAggregate,
        streamId,
        command: {
          type: 'DecideBatch',
          now,
          decision: {
            batchId,
            decisionId,
            decision: body.decision,
            reason: body.reason ?? null,
            whole: body.nominationIds === undefined,
            decidedBy: { userId: user.id, name: user.fullName },
            at: now,
            covered,
            notOpen,
          },
        },
        actor: commandActorOf(user),
        idempotency: { purpose: 'submission-batch-decision', key },
        project: projectSubmissionBatchEvents,
      });
      taken = result.state?.decisions.find((d) => d.decisionId === decisionId);
      if (!taken) throw new ResourceNotFoundError('BATCH', batchId, 'đề nghị');
    }
    const answer = taken.covered.length
      ? await this.bulk.decide(user, key, {
          items: taken.covered.map((c) => ({
            nominationId: c.nominationId,
            taskSeq: c.taskSeq,
            decision: taken.decision,
            ...(taken.reason !== null ? { reason: taken.reason } : {}),
          })),
        })
      : { items: [] as BulkItemOutcome[] };
    const decided: string[] = [];
    const refused: BatchDecision['refused'] = [];
    const unknown: SubmissionBatchDecisionView['unknown'] = [];
    for (const item of answer.items) {
      const id = item.nominationId ?? '';
      if (item.ok) decided.push(id);
      else if (item.outcome === 'refused')
        refused.push({ nominationId: id, nomineeName: nameOf(id), message: item.problem.detail });
      else unknown.push({ nominationId: id, nomineeName: nameOf(id) });
    }
    if (answer.items.length) {
      await this.commands.execute({
        aggregate: submissionBatchAggregate,
        streamId,
        command: {
          type: 'RecordBatchDecisionOutcome',
          now: this.clock().toISOString(),
          outcome: { batchId, decisionId, decided, refused },
        },
        actor: commandActorOf(user),
        project: projectSubmissionBatchEvents,
      });
    }
    return { ...(await this.view(batchId)), decisionId, unknown };
  }

  /**
   * Generates the batch's tờ trình (NĐ 152/2025 Mẫu 01) as PDF and DOCX from its events and records
   * each file's SHA-256 as an event (the bytes are kept under that checksum for download).
   */
  async generateToTrinh(user: Principal, batchId: string, body: GenerateToTrinhRequest): Promise<SubmissionBatchView> {
    await this.get(user, batchId);
    const streamId = submissionBatchStreamId(batchId);
    const { state } = await this.commands.load(submissionBatchAggregate, streamId);
    if (!state) throw new ResourceNotFoundError('BATCH', batchId, 'đề nghị');
    assertMay(user, 'batch.writeDocuments', state.submitted.submittingUnitId);
    const inputs: ToTrinhInputs = {
      date: vietnamDateOf(this.clock().toISOString()),
      place: body.place,
      recipient: body.recipient,
      signer: { capacity: body.signer.capacity ?? '', title: body.signer.title, name: body.signer.name },
      legalBases: body.legalBases ?? DEFAULT_LEGAL_BASES,
    };
    for (const format of ['pdf', 'docx'] as const) {
      const rendered = await this.renderToTrinh(state, inputs, format);
      const documentId = deterministicUuid('batch-document', batchId, `to-trinh:${format}:${rendered.sha256}`);
      await storeRoundDocument(this.db, {
        id: documentId,
        streamId,
        kind: 'to-trinh',
        format,
        fileName: `Tờ trình ${state.submitted.submissionLetterNumber.replace(/\//g, '-')}.${format}`,
        sha256: rendered.sha256,
        size: rendered.size,
        content: rendered.bytes,
        createdAt: this.clock().toISOString(),
      });
      await this.commands.execute({
        aggregate: submissionBatchAggregate,
        streamId,
        command: {
          type: 'RecordBatchDocument',
          batchId,
          now: this.clock().toISOString(),
          document: {
            batchId,
            documentId,
            kind: 'to-trinh',
            format,
            sha256: rendered.sha256,
            size: rendered.size,
            inputs,
          },
        },
        actor: commandActorOf(user),
        project: projectSubmissionBatchEvents,
      });
    }
    return this.view(batchId);
  }

  /** A generated document's stored bytes, under the checksum its event recorded. */
  async document(
    user: Principal,
    batchId: string,
    documentId: string,
  ): Promise<{ content: Buffer; fileName: string; format: 'pdf' | 'docx'; sha256: string }> {
    await this.get(user, batchId);
    const { state } = await this.commands.load(submissionBatchAggregate, submissionBatchStreamId(batchId));
    const doc = state?.documents.find((d) => d.documentId === documentId);
    if (!state || !doc) throw new ResourceNotFoundError('DOCUMENT', documentId, 'tài liệu');
    const stored = await readRoundDocument(this.db, submissionBatchStreamId(batchId), documentId, doc.sha256);
    if (!stored) throw new ResourceNotFoundError('DOCUMENT', documentId, 'tài liệu');
    return { content: stored.content, fileName: stored.fileName, format: doc.format, sha256: doc.sha256 };
  }

  private async renderToTrinh(state: SubmissionBatchState, inputs: ToTrinhInputs, format: 'pdf' | 'docx') {
    const tree = await loadOrgTree(this.db, { asOf: inputs.date });
    const parent = tree.findUnit(state.submitted.submittingUnitId)
      ? tree.parentAsOf(state.submitted.submittingUnitId, inputs.date as never)
      : null;
    return renderDocument('to-trinh', toTrinhData(state, inputs, parent?.name ?? ''), format, {
      documentDate: inputs.date,
      title: `Tờ trình ${state.submitted.submissionLetterNumber}`,
    });
  }

  /** Units where the caller holds a role, and every unit below them (upper levels see incoming batches). */
  private async visibleUnits(user: Principal): Promise<string[]> {
    const today = vietnamDateOf(this.clock().toISOString());
    const tree = await loadOrgTree(this.db, { asOf: today });
    return [...new Set(unitsOfCaller(user).flatMap((u) => (tree.findUnit(u) ? unitsAtOrBelow(tree, u, today) : [u])))];
  }
}

function summaryOf(b: {
  id: string;
  submitting_unit_id: string;
  submitting_unit_name: string;
  campaign_id: string;
  campaign_name: string;
  letter_number: string;
  rows_skipped: number;
  submitted_by_name: string;
  submitted_at: Date | string;
}): Omit<SubmissionBatchSummaryView, 'progress'> {
  return {
    id: b.id,
    submittingUnit: { id: b.submitting_unit_id, name: b.submitting_unit_name },
    campaign: { id: b.campaign_id, name: b.campaign_name },
    submissionLetterNumber: b.letter_number,
    submittedBy: b.submitted_by_name,
    submittedAt: new Date(b.submitted_at).toISOString(),
    skipped: b.rows_skipped,
  };
}

/** A unit and every unit below it, as of a date. */
export function unitsAtOrBelow(tree: OrgTree, unitId: string, date: string): string[] {
  const out: string[] = [];
  const queue = [unitId];
  while (queue.length) {
    const id = queue.shift() as string;
    out.push(id);
    queue.push(...tree.childrenAsOf(id, date as never).map((c) => c.id));
  }
  return out;
}
