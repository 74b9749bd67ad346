import { Inject, Injectable } from '@nestjs/common';
import { WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError, type Client } from '@temporalio/client';
import { sql, type Kysely } from 'kysely';
import {
  decisionDocumentData,
  generatedDocumentId,
  readAwardDecision,
  runAwardDecisionCommand,
  storeGeneratedDocument,
  toStoredDecisionEvent,
} from '@vinhdanh/activities';
import {
  CERTIFICATE_PRINT_WORKFLOW_TYPE,
  awardDecisionStreamId,
  certificatePrintWorkflowId,
  grantByDecisionUpdate,
  grantByDecisionUpdateId,
  nominationStreamId,
  nominationWorkflowId,
} from '@vinhdanh/contracts';
import type { Config } from '@vinhdanh/config';
import type { Database } from '@vinhdanh/db';
import { renderDocument } from '@vinhdanh/documents';
import {
  AwardDecisionError,
  decideAwardDecision,
  decisionReadiness,
  defaultRuleSets,
  initialAwardDecisionState,
  type AwardCode,
  type AwardDecisionState,
  type SubmittedNominationState,
} from '@vinhdanh/domain';
import type { EventStore } from '@vinhdanh/event-store';
import { ForbiddenError } from '../auth/auth.errors';
import { assertMay, rolesFor } from '../auth/policy';
import type { Principal } from '../auth/principal';
import { CLOCK, CONFIG, DB, TEMPORAL_CLIENT, type Clock } from '../core/tokens';
import { ApiError, ResourceNotFoundError } from '../errors/api-error';
import { actorOf, seesEverything } from '../nominations/access';
import { deterministicUuid } from '../nominations/idempotency';
import { EVENT_STORE } from '../projector/projector.tokens';
import { findAttachment } from '../attachments/attachments.repository';
import { awardDecisionProblem } from './award-decisions.errors';
import { RevocationService } from '../nominations/revocation.service';
import { toProblemSource } from '../errors/problem';
import type {
  IssueAwardDecisionRequest,
  LinkSignedCopyRequest,
  RevokeByDecisionRequest,
} from './award-decisions.schemas';
import {
  awardDecisionView,
  type AwardDecisionSummary,
  type AwardDecisionView,
  type ReadyNomination,
} from './award-decisions.view';

/** Default ký hiệu by the issuing unit's kind (offices may send their own). */
const SYMBOL_BY_LEVEL: Record<number, string> = { 1: 'QĐ-CĐCS', 2: 'QĐ-CĐ', 3: 'QĐ-LĐLĐ', 4: 'QĐ-TLĐ' };
/** Grants sent at once (each an Update to one nomination's workflow). */
const GRANT_CONCURRENCY = 8;
/** Certificates one print activity renders. */
export const CERTIFICATE_CHUNK_SIZE = 25;

function awardNameOf(code: string): string {
  for (const ruleSet of defaultRuleSets) {
    const award = ruleSet.awards.find((a) => a.code === code);
    if (award)
      return award.nameVi.startsWith('Giấy khen') ? 'Giấy khen' : (award.nameVi.split(' của ')[0] ?? award.nameVi);
  }
  return code;
}

/** The issued decision of a state, or a 404 for a stream that holds none. */
function issuedOf(decisionId: string, state: AwardDecisionState): NonNullable<AwardDecisionState['issued']> {
  if (!state.issued) throw new ResourceNotFoundError('AWARD_DECISION', decisionId, 'quyết định');
  return state.issued;
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

/**
 * Quyết định khen thưởng: issues a numbered decision covering many nominations, grants each of
 * them through its workflow (once), generates the decision's DOCX and PDF with their checksums
 * as events, links the signed scan, and starts the certificate print run.
 */
@Injectable()
export class AwardDecisionsService {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    @Inject(CONFIG) private readonly config: Config,
    private readonly revocations: RevocationService,
  ) {}

  async issue(user: Principal, key: string, body: IssueAwardDecisionRequest): Promise<AwardDecisionView> {
    assertMay(user, 'awardDecision.issue', body.issuingUnitId);
    const decisionId = deterministicUuid('award-decision', user.id, key);
    const existing = await readAwardDecision(this.store, decisionId);
    if (existing.state.issued) return this.completeAndView(user, decisionId);

    const unit = await this.db
      .selectFrom('units')
      .select(['id', 'name', 'level'])
      .where('id', '=', body.issuingUnitId)
      .executeTakeFirst();
    if (!unit) throw new ResourceNotFoundError('ORG', body.issuingUnitId, 'đơn vị ban hành');
    const parent = await sql<{ name: string }>`
      select u.name from unit_parents p join units u on u.id = p.parent_id
      where p.unit_id = ${unit.id} and p.valid_from <= ${body.date}::date and (p.valid_to is null or p.valid_to > ${body.date}::date)
      limit 1`.execute(this.db);
    const rows = await this.db
      .selectFrom('nominations')
      .select(['id', 'nominee_name', 'nominee_kind', 'nominating_unit_id', 'award_code', 'state'])
      .where('id', 'in', body.nominationIds)
      .execute();
    const byId = new Map(rows.map((r) => [r.id, r]));
    const unitNames = new Map(
      (
        await this.db
          .selectFrom('units')
          .select(['id', 'name'])
          .where('id', 'in', [...new Set(rows.map((r) => r.nominating_unit_id)), '-'])
          .execute()
      ).map((u) => [u.id, u.name]),
    );
    const annex = body.nominationIds.map((id) => {
      const row = byId.get(id);
      if (!row) {
        return {
          nominationId: id,
          nomineeName: `Đề nghị ${id}`,
          nomineeKind: 'person' as const,
          unitName: '',
          awardCode: 'BK_TLD' as AwardCode,
          awardName: 'Bằng khen',
          amount: 0,
          readiness: { rule: 'unknown', message: 'Không tìm thấy đề nghị.', message_en: 'No such nomination.' },
        };
      }
      const state = row.state as SubmittedNominationState;
      return {
        nominationId: id,
        nomineeName: row.nominee_name,
        nomineeKind: row.nominee_kind,
        unitName: unitNames.get(row.nominating_unit_id) ?? '',
        awardCode: row.award_code as AwardCode,
        awardName: awardNameOf(row.award_code),
        amount: body.amounts[row.nominee_kind],
        readiness: decisionReadiness(state, body.issuingUnitId),
      };
    });
    const now = this.clock().toISOString();
    const command = {
      type: 'IssueAwardDecision' as const,
      decisionId,
      actor: actorOf(user, body.issuingUnitId),
      now,
      issuingUnitId: unit.id,
      issuingUnitName: unit.name,
      parentBodyName: parent.rows[0]?.name ?? '',
      place: body.place,
      // The register number is taken in the transaction below; 1 only validates the rest first.
      sequence: 1,
      symbol: body.symbol ?? SYMBOL_BY_LEVEL[unit.level] ?? 'QĐ-CĐ',
      date: body.date,
      signer: body.signer,
      authority: `Ban Thường vụ ${unit.name}`,
      subject: body.subject,
      legalBases: body.legalBases,
      proposal: body.proposal,
      awardName: body.awardName,
      reason: body.reason,
      annex,
    };
    try {
      decideAwardDecision(command, initialAwardDecisionState);
    } catch (err) {
      if (err instanceof AwardDecisionError) throw awardDecisionProblem(err);
      throw err;
    }
    const year = Number(body.date.slice(0, 4));
    const appended = await this.db.transaction().execute(async (trx) => {
      const taken = await sql<{ last_sequence: number }>`
        insert into award_decision_numbers (issuing_unit_id, year, last_sequence) values (${unit.id}, ${year}, 1)
        on conflict (issuing_unit_id, year) do update set last_sequence = award_decision_numbers.last_sequence + 1
        returning last_sequence`.execute(trx);
      const sequence = taken.rows[0]?.last_sequence ?? 0;
      const events = decideAwardDecision({ ...command, sequence }, initialAwardDecisionState);
      const [issued] = events;
      if (!issued || issued.type !== 'AwardDecisionIssued') throw new Error('no AwardDecisionIssued');
      await sql`insert into award_decisions (id, issuing_unit_id, year, sequence, number, decision_date, covered, created_by, created_at, create_key)
        values (${decisionId}, ${unit.id}, ${year}, ${sequence}, ${issued.data.number}, ${body.date},
                ${annex.length}, ${user.id}, ${now}, ${key})`.execute(trx);
      return this.store.appendInTransaction(
        trx,
        awardDecisionStreamId(decisionId),
        'no_stream',
        events.map((e) => toStoredDecisionEvent(e, decisionId)),
      );
    });
    this.store.notifyAppended(appended);
    return this.completeAndView(user, decisionId);
  }

  /**
   * What follows the issue, safe to repeat: grant every covered nomination not yet granted (one
   * Update per nomination with an id fixed by the decision, so each is granted once), record the
   * grants, and generate the decision's DOCX and PDF with their checksums.
   */
  private async completeAndView(user: Principal, decisionId: string): Promise<AwardDecisionView> {
    const { state } = await readAwardDecision(this.store, decisionId);
    const issued = issuedOf(decisionId, state);
    const actor = actorOf(user, issued.issuingUnitId);
    const granted = new Set(state.granted);
    const pending = issued.annex.filter((a) => !granted.has(a.nominationId));
    const results = await mapLimit(pending, GRANT_CONCURRENCY, async (a) => {
      const handle = this.temporal.workflow.getHandle(nominationWorkflowId(a.nominationId));
      try {
        await handle.executeUpdate(grantByDecisionUpdate, {
          args: [{ actor, decisionId, decisionNumber: issued.number, unitId: issued.issuingUnitId }],
          updateId: grantByDecisionUpdateId(decisionId, a.nominationId),
        });
        return a.nominationId;
      } catch (err) {
        // A workflow already completed by this very grant (a retry after a crash) still counts.
        if (err instanceof WorkflowNotFoundError || (err as Error).name === 'WorkflowUpdateFailedError') {
          const row = await this.db
            .selectFrom('nominations')
            .select(['state'])
            .where('id', '=', a.nominationId)
            .executeTakeFirst();
          const outcome = (row?.state as SubmittedNominationState | undefined)?.outcome;
          if (outcome?.decisionId === decisionId) return a.nominationId;
        }
        return null;
      }
    });
    const done = results.filter((id): id is string => id !== null);
    const now = this.clock().toISOString();
    if (done.length) {
      await runAwardDecisionCommand(this.store, { type: 'RecordGrants', decisionId, actor, now, nominationIds: done });
    }
    await this.generateDecisionDocuments(decisionId, actor, now);
    const view = awardDecisionView(decisionId, (await readAwardDecision(this.store, decisionId)).state);
    return view;
  }

  private async generateDecisionDocuments(
    decisionId: string,
    actor: { userId: string; name: string; unitId: string },
    now: string,
  ): Promise<void> {
    const { state } = await readAwardDecision(this.store, decisionId);
    const issued = issuedOf(decisionId, state);
    const template = await sql<{ content: Buffer; sha256: string }>`
      select content, sha256 from document_templates where unit_id = ${issued.issuingUnitId} and kind = 'quyet-dinh'`.execute(
      this.db,
    );
    const custom = template.rows[0];
    for (const format of ['pdf', 'docx'] as const) {
      const documentId = generatedDocumentId(decisionId, 'quyet-dinh', format);
      if (state.documents.some((d) => d.documentId === documentId)) continue;
      const rendered = await renderDocument('quyet-dinh', decisionDocumentData(issued), format, {
        documentDate: issued.date,
        title: `Quyết định ${issued.number}`,
        ...(custom && format === 'docx' ? { template: custom.content } : {}),
      });
      const stored = await storeGeneratedDocument(this.db, {
        id: documentId,
        decisionId,
        kind: 'quyet-dinh',
        format,
        nominationId: '',
        fileName: `Quyết định ${issued.number.replace('/', '-')}.${format}`,
        sha256: rendered.sha256,
        size: rendered.size,
        content: rendered.bytes,
        createdAt: now,
      });
      await runAwardDecisionCommand(this.store, {
        type: 'RecordDocument',
        decisionId,
        actor,
        now,
        document: {
          documentId: stored.id,
          kind: 'quyet-dinh',
          format,
          sha256: stored.sha256,
          size: stored.size,
          ...(custom && format === 'docx' ? { templateSha256: custom.sha256 } : {}),
        },
      });
    }
  }

  /** The issuing unit's people and auditors read a decision. */
  private async readable(user: Principal, decisionId: string) {
    const read = await readAwardDecision(this.store, decisionId);
    const issued = read.state.issued;
    if (!issued) throw new ResourceNotFoundError('AWARD_DECISION', decisionId, 'quyết định');
    const mine = user.roles.some((g) => g.unitId === issued.issuingUnitId);
    if (!mine && !seesEverything(user)) {
      // The nominating units of covered nominations may read it (and download their certificates).
      const units = new Set(user.roles.map((g) => g.unitId));
      const covered = await this.db
        .selectFrom('nominations')
        .select(['nominating_unit_id'])
        .where(
          'id',
          'in',
          issued.annex.map((a) => a.nominationId),
        )
        .execute();
      if (!covered.some((c) => units.has(c.nominating_unit_id))) {
        throw new ForbiddenError(rolesFor('awardDecision.read'), issued.issuingUnitId);
      }
    }
    return read;
  }

  /**
   * Decisions of the units where the caller holds a role (all for oversight), newest first: the
   * register's number, date and size, read from the register table written with each issue.
   */
  async list(user: Principal, issuingUnitId?: string): Promise<AwardDecisionSummary[]> {
    const units = seesEverything(user) ? null : [...new Set(user.roles.map((g) => g.unitId)), '-'];
    const rows = await sql<{
      id: string;
      number: string;
      decision_date: string;
      covered: number;
      issuing_unit_id: string;
      unit_name: string;
    }>`
      select d.id, d.number, d.decision_date, d.covered, d.issuing_unit_id, u.name as unit_name
      from award_decisions d join units u on u.id = d.issuing_unit_id
      where (${issuingUnitId ?? null}::text is null or d.issuing_unit_id = ${issuingUnitId ?? null})
        ${units ? sql`and d.issuing_unit_id in (${sql.join(units)})` : sql``}
      order by d.decision_date desc, d.sequence desc
      limit 200`.execute(this.db);
    return rows.rows.map((r) => ({
      decisionId: r.id,
      number: r.number,
      // node-postgres reads a date column as its yyyy-mm-dd text (libs/db/src/pool.ts).
      date: String(r.decision_date),
      issuingUnit: { id: r.issuing_unit_id, name: r.unit_name },
      covered: r.covered,
    }));
  }

  /**
   * Nominations a decision of `issuingUnitId` may cover now: an open review at the issuing unit that
   * the domain's `decisionReadiness` finds waiting only for the granting sign-off (the same check
   * the issue runs), so the screen offers exactly what the issue would accept.
   */
  async readyNominations(user: Principal, issuingUnitId: string): Promise<ReadyNomination[]> {
    assertMay(user, 'awardDecision.issue', issuingUnitId);
    const rows = await this.db
      .selectFrom('nominations as n')
      .innerJoin('units as u', 'u.id', 'n.nominating_unit_id')
      .select([
        'n.id',
        'n.nominee_name',
        'n.nominee_kind',
        'n.award_code',
        'n.state',
        'n.submitted_at',
        'u.name as unit_name',
      ])
      .where('n.current_unit_id', '=', issuingUnitId)
      .where('n.current_task_kind', '=', 'review')
      .orderBy('n.submitted_at')
      .limit(2000)
      .execute();
    return rows
      .filter((r) => decisionReadiness(r.state as SubmittedNominationState, issuingUnitId) === null)
      .map((r) => ({
        nominationId: r.id,
        nomineeName: r.nominee_name,
        nomineeKind: r.nominee_kind,
        unitName: r.unit_name,
        awardCode: r.award_code,
        awardName: awardNameOf(r.award_code),
      }));
  }

  async get(user: Principal, decisionId: string): Promise<AwardDecisionView> {
    const { state } = await this.readable(user, decisionId);
    return awardDecisionView(decisionId, state);
  }

  async retryGrants(user: Principal, decisionId: string): Promise<AwardDecisionView> {
    const { state } = await this.readable(user, decisionId);
    assertMay(user, 'awardDecision.issue', issuedOf(decisionId, state).issuingUnitId);
    return this.completeAndView(user, decisionId);
  }

  async document(
    user: Principal,
    decisionId: string,
    documentId: string,
  ): Promise<{ content: Buffer; fileName: string; format: string; sha256: string }> {
    await this.readable(user, decisionId);
    const row = await sql<{ content: Buffer; file_name: string; format: string; sha256: string }>`
      select content, file_name, format, sha256 from generated_documents where id = ${documentId} and decision_id = ${decisionId}`.execute(
      this.db,
    );
    const found = row.rows[0];
    if (!found) throw new ResourceNotFoundError('DOCUMENT', documentId, 'tài liệu');
    return { content: found.content, fileName: found.file_name, format: found.format, sha256: found.sha256 };
  }

  async linkSignedCopy(user: Principal, decisionId: string, body: LinkSignedCopyRequest): Promise<AwardDecisionView> {
    const { state } = await this.readable(user, decisionId);
    const unitId = issuedOf(decisionId, state).issuingUnitId;
    assertMay(user, 'awardDecision.file', unitId);
    const attachment = await findAttachment(this.db, body.attachmentId);
    if (!attachment) {
      throw new ApiError('REQUEST.VALIDATION_FAILED', 'Tệp chưa được tải lên.', 'No such upload.', {}, [
        {
          field: 'attachmentId',
          in: 'body',
          rule: 'exists',
          message: 'Không có tệp đã tải lên với mã này.',
          message_en: 'No uploaded file has this id.',
        },
      ]);
    }
    await runAwardDecisionCommand(this.store, {
      type: 'LinkSignedCopy',
      decisionId,
      actor: actorOf(user, unitId),
      now: this.clock().toISOString(),
      copy: { attachmentId: attachment.id, sha256: attachment.sha256, fileName: attachment.fileName },
    });
    return this.get(user, decisionId);
  }

  /**
   * Thu hồi theo quyết định: a quyết định thu hồi (number, date, reason) revoking awards this decision
   * granted — recorded on this decision first (so it refers to it and a retry revokes the same list),
   * then each nomination revoked by its own stream (the granting unit's chair, as one revocation
   * would be; the nomination's event names both decisions), each once, and what was revoked recorded.
   */
  async revoke(user: Principal, decisionId: string, key: string, body: RevokeByDecisionRequest) {
    const { state } = await this.readable(user, decisionId);
    const issued = issuedOf(decisionId, state);
    assertMay(user, 'nomination.revoke', issued.issuingUnitId);
    const actor = actorOf(user, issued.issuingUnitId);
    const revocationId = deterministicUuid('award-decision-revocation', user.id, key);
    let taken = state.revocations.find((r) => r.revocationId === revocationId);
    if (!taken) {
      try {
        const after = await runAwardDecisionCommand(this.store, {
          type: 'RevokeByDecision',
          decisionId,
          actor,
          now: this.clock().toISOString(),
          revocation: {
            revocationId,
            number: body.number,
            date: body.date,
            reason: body.reason,
            nominationIds: body.nominationIds ?? [...state.granted],
          },
        });
        taken = after.state.revocations.find((r) => r.revocationId === revocationId);
      } catch (err) {
        if (err instanceof AwardDecisionError) throw awardDecisionProblem(err);
        throw err;
      }
    }
    if (!taken) throw new ResourceNotFoundError('AWARD_DECISION', decisionId, 'quyết định');
    const revocation = taken;
    const names = new Map(issued.annex.map((a) => [a.nominationId, a.nomineeName]));
    const pending = revocation.nominationIds.filter((id) => !revocation.applied.includes(id));
    const refused: { nominationId: string; nomineeName: string; message: string }[] = [];
    const done = (
      await mapLimit(pending, GRANT_CONCURRENCY, async (id) => {
        try {
          await this.revocations.revoke(
            user,
            id,
            `award-decision-revocation:${revocationId}:${id}`,
            {
              reason: `${revocation.reason} (thu hồi khen thưởng đã tặng tại Quyết định số ${issued.number})`,
              decisionNumber: revocation.number,
            },
            0,
          );
          return id;
        } catch (err) {
          const problem = toProblemSource(err);
          if (!problem) throw err;
          // Already revoked by this very revocation (a retry by another user of the office) counts once.
          if (problem.code === 'NOMINATION.ALREADY_FINAL' && (await this.revokedBy(id)) === revocation.number)
            return id;
          refused.push({ nominationId: id, nomineeName: names.get(id) ?? id, message: problem.detailVi });
          return null;
        }
      })
    ).filter((id): id is string => id !== null);
    if (done.length) {
      await runAwardDecisionCommand(this.store, {
        type: 'RecordRevocationsApplied',
        decisionId,
        actor,
        now: this.clock().toISOString(),
        applied: { revocationId, nominationIds: done },
      });
    }
    return { ...(await this.get(user, decisionId)), refused };
  }

  /** The number of the quyết định thu hồi a nomination's stream records, if it was revoked. */
  private async revokedBy(nominationId: string): Promise<string | undefined> {
    const events = await this.store.readStream(nominationStreamId(nominationId));
    const revoked = events.find((e) => e.type === 'NominationRevoked');
    return (revoked?.data as { decisionNumber?: string } | undefined)?.decisionNumber;
  }

  /** Starts (or finds running) the print run of one certificate per annex line. */
  async startPrint(
    user: Principal,
    decisionId: string,
  ): Promise<{ workflowId: string; progress: AwardDecisionView['progress'] }> {
    const { state } = await this.readable(user, decisionId);
    const unitId = issuedOf(decisionId, state).issuingUnitId;
    assertMay(user, 'awardDecision.file', unitId);
    const workflowId = certificatePrintWorkflowId(decisionId);
    try {
      await this.temporal.workflow.start(CERTIFICATE_PRINT_WORKFLOW_TYPE, {
        taskQueue: this.config.TEMPORAL_TASK_QUEUE,
        workflowId,
        args: [{ decisionId, chunkSize: CERTIFICATE_CHUNK_SIZE }],
      });
    } catch (err) {
      if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
    }
    return { workflowId, progress: awardDecisionView(decisionId, state).progress };
  }
}
