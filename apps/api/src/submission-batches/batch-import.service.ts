import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { sql, type Kysely } from 'kysely';
import { findCampaign, loadOrgTree, type Database } from '@vinhdanh/db';
import { validateBatchRows, vietnamDateOf, type BatchContext, type RuleSet } from '@vinhdanh/domain';
import type { ImportIssue } from '@vinhdanh/spreadsheets';
import { SpreadsheetRowsInvalidError } from '../admin/award-history.xlsx';
import { assertMay } from '../auth/policy';
import type { Principal } from '../auth/principal';
import { CLOCK, DB, type Clock } from '../core/tokens';
import { RequestValidationError, ResourceNotFoundError } from '../errors/api-error';
import { loadStoredRuleSet } from '../nominations/eligibility';
import { CampaignNotOpenError, UnknownCampaignError } from '../nominations/nominations.errors';
import { batchRowsFromSheet, batchTemplate, readBatchSheet, sheetIssuesOf } from './batch-import.xlsx';
import { SubmissionBatchesService, unitsAtOrBelow, type SubmissionBatchView } from './submission-batches.service';

/** The batch an uploaded nominee list is for (query parameters of the upload). */
export interface BatchImportTarget {
  submittingUnitId: string;
  campaignId: string;
  submissionLetterNumber: string;
  /** Uploaded files (`POST /api/attachments`) shared by every row: the tờ trình and the meeting's minutes. */
  toTrinhId?: string;
  bienBanId?: string;
}

interface StoredFile {
  id: string;
  file_name: string;
  size_bytes: number;
  sha256: string;
}

/** A bad cell of the uploaded sheet: its row number in the sheet, column and rule, in Vietnamese. */
export interface BatchImportIssue {
  row: number;
  column: string;
  rule: string;
  message: string;
}

/** A dry run: the batch that would be submitted, each row's nominee in Vietnamese, and the rows it would leave out. */
export interface BatchImportPreview {
  dryRun: true;
  rows: number;
  nominees: { row: number; nomineeName: string; nomineeKind: 'person' | 'collective'; awardName: string }[];
  /** Only with skipInvalidRows: the bad rows' problems (those rows would not be submitted). */
  skipped: BatchImportIssue[];
  summary: string;
}

/**
 * Đề nghị from Excel: the nominee list of a batch filled in the downloadable template. Every row is
 * read (the sheet's rules: merged cells, formulas, numbers, choices), turned into the batch's rows
 * and checked by the batch's own rules before anything is written; any problem answers 400 naming
 * each row (sheet row number), column and rule in Vietnamese. Then the batch is submitted as
 * `POST /submission-batches` would, with an idempotency key derived from the file and the target:
 * the same file uploaded twice for the same đề nghị answers the same batch and starts nothing twice.
 */
@Injectable()
export class BatchImportService {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly batches: SubmissionBatchesService,
  ) {}

  async importXlsx(
    user: Principal,
    bytes: Buffer,
    target: BatchImportTarget,
    options: { dryRun: boolean; skipInvalidRows: boolean },
  ): Promise<BatchImportPreview | SubmissionBatchView> {
    assertMay(user, 'batch.submit', target.submittingUnitId);
    const today = vietnamDateOf(this.clock().toISOString());
    const campaign = await findCampaign(this.db, target.campaignId);
    if (!campaign) throw new UnknownCampaignError(target.campaignId);
    if (today < campaign.opensOn || today > campaign.closesOn) throw new CampaignNotOpenError(campaign, today);
    const { ruleSet } = await loadStoredRuleSet(this.db, campaign.ruleSetVersion);
    const tree = await loadOrgTree(this.db, { asOf: today });
    const unit = tree.findUnit(target.submittingUnitId);
    if (!unit) throw new ResourceNotFoundError('ORG', target.submittingUnitId, 'đơn vị đề nghị');
    const sharedAttachments = await this.sharedAttachments(user, target);

    const sheet = await readBatchSheet(bytes);
    const below = unitsAtOrBelow(tree, unit.id, today);
    const unitIdByCode = new Map(below.map((id) => [tree.unit(id).code, id]));
    const reportByFileName = await this.uploadedReports(user);
    const readable = sheet.rows;
    const mapped = batchRowsFromSheet(readable, { ruleSet, unitIdByCode, reportByFileName });
    const context: BatchContext = {
      ruleSet,
      collectiveUnitIds: new Set(below),
      offeredAwardCodes: new Set(campaign.awardCodes),
      sharedAttachments,
    };
    // Every row is checked whole; a cell already refused (by the sheet, then by reading it) is
    // reported once, not again as the missing value it left behind.
    const issues: ImportIssue[] = [];
    const seen = new Set<string>();
    for (const i of [
      ...sheet.issues,
      ...mapped.issues,
      ...sheetIssuesOf(validateBatchRows(mapped.rows, context), readable),
    ]) {
      const cell = `${i.row}\u0000${i.column}`;
      if (seen.has(cell)) continue;
      seen.add(cell);
      issues.push(i);
    }
    issues.sort((a, b) => a.row - b.row);
    // Bad rows are left out only when the user chose so, and only while a good row remains.
    const badRows = new Set(issues.map((i) => i.row));
    if (issues.length > 0 && (!options.skipInvalidRows || readable.every((r) => badRows.has(r.row))))
      throw new SpreadsheetRowsInvalidError(issues);

    if (options.dryRun) {
      const kept = readable.flatMap((r, i) => (badRows.has(r.row) ? [] : [{ sheetRow: r, row: mapped.rows[i] }]));
      return preview(
        kept.map((k) => k.row),
        kept.map((k) => k.sheetRow),
        ruleSet,
        issues,
      );
    }
    // The rows refused where the sheet was read, numbered as the list the batch records (1 = first data row).
    const position = new Map(readable.map((r, i) => [r.row, i + 1]));
    const rowErrors = issues.map((i) => ({
      row: position.get(i.row) ?? 1,
      field: i.column,
      rule: i.rule,
      message: `Dòng ${i.row}, cột "${i.column}": ${i.message}`,
      message_en: `Sheet row ${i.row}, ${i.column}: ${i.messageEn}`,
    }));
    const key = `xlsx:${createHash('sha256')
      .update(bytes)
      .update(JSON.stringify([target.submittingUnitId, target.campaignId, target.submissionLetterNumber]))
      .update(JSON.stringify([target.toTrinhId ?? null, target.bienBanId ?? null]))
      .digest('hex')}`;
    return this.batches.submit(
      user,
      key,
      {
        submittingUnitId: target.submittingUnitId,
        campaignId: target.campaignId,
        submissionLetterNumber: target.submissionLetterNumber,
        sharedAttachments,
        skipInvalidRows: rowErrors.length > 0,
        rows: mapped.rows,
      },
      rowErrors,
    );
  }

  /** The shared tờ trình and minutes, from files the caller uploaded. */
  private async sharedAttachments(user: Principal, target: BatchImportTarget) {
    const wanted = [
      ['toTrinhId', target.toTrinhId, 'TO_TRINH', 'tờ trình'],
      ['bienBanId', target.bienBanId, 'BIEN_BAN', 'biên bản họp'],
    ] as const;
    const out: {
      kind: 'TO_TRINH' | 'BIEN_BAN';
      name: string;
      sizeBytes: number;
      sha256: string;
      attachmentId: string;
    }[] = [];
    for (const [field, id, kind, label] of wanted) {
      if (!id) continue;
      const { rows } = await sql<StoredFile>`
        select id::text as id, file_name, size_bytes, sha256 from attachments
         where id = ${id}::uuid and uploaded_by = ${user.id}::uuid`.execute(this.db);
      const file = rows[0];
      if (!file) {
        throw new RequestValidationError([
          {
            field,
            in: 'query',
            rule: 'unknown-file',
            message: `Không có tệp ${label} này trong các tệp bạn đã tải lên.`,
            message_en: `No such uploaded file of yours for the ${kind}.`,
          },
        ]);
      }
      out.push({ kind, name: file.file_name, sizeBytes: file.size_bytes, sha256: file.sha256, attachmentId: file.id });
    }
    return out;
  }

  /** The caller's uploaded files by name, for the report column. */
  private async uploadedReports(user: Principal) {
    // Oldest first, so the latest upload of a name is the one kept.
    const { rows: files } = await sql<StoredFile>`
      select id::text as id, file_name, size_bytes, sha256 from attachments
       where uploaded_by = ${user.id}::uuid order by uploaded_at`.execute(this.db);
    return new Map(
      files.map((f) => [f.file_name, { id: f.id, fileName: f.file_name, sizeBytes: f.size_bytes, sha256: f.sha256 }]),
    );
  }

  /** The template, naming the awards of the rule set in force. */
  async template(): Promise<Buffer> {
    const { rows } = await this.db
      .selectFrom('rule_sets')
      .select('body')
      .orderBy('version', 'desc')
      .limit(1)
      .execute()
      .then((r) => ({ rows: r }));
    const awards = (rows[0]?.body as RuleSet | undefined)?.awards ?? [];
    return batchTemplate(awards);
  }
}

function preview(
  rows: readonly unknown[],
  sheetRows: readonly { row: number }[],
  ruleSet: RuleSet,
  issues: readonly ImportIssue[],
): BatchImportPreview {
  const nominees = rows.map((raw, i) => {
    const r = raw as {
      awardCode: string;
      nominee: { kind: 'person' | 'collective'; fullName?: string; name?: string };
    };
    return {
      row: sheetRows[i]?.row ?? i + 2,
      nomineeName: r.nominee.fullName ?? r.nominee.name ?? '',
      nomineeKind: r.nominee.kind,
      awardName: ruleSet.awards.find((a) => a.code === r.awardCode)?.nameVi ?? r.awardCode,
    };
  });
  const people = nominees.filter((n) => n.nomineeKind === 'person').length;
  const leftOut = new Set(issues.map((i) => i.row)).size;
  return {
    dryRun: true,
    rows: nominees.length,
    nominees,
    skipped: issues.map(({ row, column, rule, message }) => ({ row, column, rule, message })),
    summary:
      `Sẽ gửi đề nghị gồm ${nominees.length} hồ sơ (${people} cá nhân, ${nominees.length - people} tập thể)` +
      (leftOut > 0 ? `, bỏ qua ${leftOut} dòng có lỗi` : '') +
      '; chưa ghi gì.',
  };
}
