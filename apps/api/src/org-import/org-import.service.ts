import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { loadOrgTreeData, type Database } from '@vinhdanh/db';
import { vietnamDateOf } from '@vinhdanh/domain';
import {
  readSheetRows,
  SpreadsheetRejectedError,
  templateXlsx,
  type ImportIssue,
  type ImportSpec,
} from '@vinhdanh/spreadsheets';
import { ForbiddenError } from '../auth/auth.errors';
import { rolesFor } from '../auth/policy';
import type { Principal } from '../auth/principal';
import { CLOCK, DB, type Clock } from '../core/tokens';
import { SpreadsheetRowsInvalidError, spreadsheetProblem } from '../admin/award-history.xlsx';
import { adminScopeOf, inScope } from '../admin/units.scope';
import { UnitsService } from '../admin/units.service';
import {
  actionKey,
  creationOrder,
  ORG_COLUMNS,
  planOrgImport,
  type OrgImportAction,
  type OrgImportRow,
} from './org-import.plan';

/** At most this many rows per file (a province's tree is a few thousand units). */
export const MAX_ORG_IMPORT_ROWS = 20_000;
/** At most this many bytes in an uploaded workbook. */
export const MAX_ORG_IMPORT_BYTES = 10 * 1024 * 1024;

/** The sheet of the org-tree template. */
export const ORG_SHEET: ImportSpec = {
  sheetName: 'Cơ cấu tổ chức',
  columns: [
    { key: 'code', header: ORG_COLUMNS.code, aliases: ['code'], type: 'text', required: true },
    { key: 'name', header: ORG_COLUMNS.name, aliases: ['name'], type: 'text', required: true },
    { key: 'kind', header: ORG_COLUMNS.kind, aliases: ['kind'], type: 'text', required: true },
    { key: 'parentCode', header: ORG_COLUMNS.parentCode, aliases: ['parent_code'], type: 'text', required: true },
    { key: 'memberCount', header: ORG_COLUMNS.memberCount, aliases: ['member_count'], type: 'integer' },
    {
      key: 'effectiveFrom',
      header: ORG_COLUMNS.effectiveFrom,
      aliases: ['effective_from'],
      type: 'date',
      required: true,
    },
  ],
  maxRows: MAX_ORG_IMPORT_ROWS,
  maxBytes: MAX_ORG_IMPORT_BYTES,
};

/** What an import did (or, for a dry run, would do), with each row's change in Vietnamese. */
export interface OrgImportResult {
  rows: number;
  created: number;
  renamed: number;
  moved: number;
  unchanged: number;
  dryRun?: true;
  changes: { row: number; code: string; action: OrgImportAction['action']; description: string }[];
}

const vnDate = (iso: string) => iso.split('-').reverse().join('/');

function describe(a: OrgImportAction): string {
  switch (a.action) {
    case 'create':
      return `Thêm "${a.name}" (mã ${a.code}) trực thuộc mã ${a.parentCode} từ ngày ${vnDate(a.effectiveFrom)}`;
    case 'rename':
      return `Đổi tên "${a.from}" thành "${a.name}"`;
    case 'reparent':
      return `Chuyển mã ${a.code} sang trực thuộc mã ${a.parentCode} từ ngày ${vnDate(a.effectiveFrom)}`;
    case 'unchanged':
      return 'Không thay đổi (đã có trong hệ thống)';
  }
}

/**
 * Nhập cơ cấu tổ chức từ Excel: every row is read and checked (sheet rules, then the tree rules and
 * the caller's scope) before anything is written; each change then goes through the unit
 * administration commands (create, rename, re-parent), which write the unit events. Each change's
 * idempotency key is derived from the change itself, and rows already so are "unchanged": the same
 * file twice creates nothing twice (a run cut short is finished by uploading the file again).
 */
@Injectable()
export class OrgImportService {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly units: UnitsService,
  ) {}

  async importXlsx(user: Principal, bytes: Buffer, options: { dryRun: boolean }): Promise<OrgImportResult> {
    let read: Awaited<ReturnType<typeof readSheetRows>>;
    try {
      read = await readSheetRows(bytes, ORG_SHEET);
    } catch (err) {
      if (err instanceof SpreadsheetRejectedError) throw spreadsheetProblem(err);
      throw err;
    }
    const issues: ImportIssue[] = [...read.issues];
    const text = (v: string | number | null | undefined) => (v === null || v === undefined ? null : String(v));
    const rows: OrgImportRow[] = read.rows.map((r) => ({
      row: r.row,
      code: text(r.values['code']),
      name: text(r.values['name']),
      kind: text(r.values['kind']),
      parentCode: text(r.values['parentCode']),
      memberCount: typeof r.values['memberCount'] === 'number' ? r.values['memberCount'] : null,
      effectiveFrom: text(r.values['effectiveFrom']),
    }));
    // Rows the sheet already refused are not checked again (one message per bad cell).
    const badRows = new Set(issues.map((i) => i.row));
    const tree = await loadOrgTreeData(this.db);
    const plan = planOrgImport(
      tree,
      rows.filter((r) => !badRows.has(r.row)),
    );
    issues.push(...plan.issues);
    if (issues.length === 0) issues.push(...(await this.outOfScope(user, plan.actions, tree)));
    if (issues.length > 0) throw new SpreadsheetRowsInvalidError(issues.sort((a, b) => a.row - b.row));

    const count = (k: OrgImportAction['action']) => plan.actions.filter((a) => a.action === k).length;
    const result: OrgImportResult = {
      rows: rows.length,
      created: count('create'),
      renamed: count('rename'),
      moved: count('reparent'),
      unchanged: count('unchanged'),
      changes: plan.actions.map((a) => ({ row: a.row, code: a.code, action: a.action, description: describe(a) })),
    };
    if (options.dryRun) return { ...result, dryRun: true };

    const ids = new Map(tree.units.map((u) => [u.code, u.id]));
    const idOf = (code: string) => ids.get(code) ?? code;
    for (const a of creationOrder(plan.actions)) {
      const reason = `Nhập cơ cấu tổ chức từ tệp Excel, dòng ${a.row}.`;
      if (a.action === 'create') {
        const done = await this.units.create(
          user,
          {
            code: a.code,
            name: a.name,
            kind: a.kind,
            parentId: idOf(a.parentCode),
            effectiveFrom: a.effectiveFrom,
            memberCount: a.memberCount,
            reason,
          },
          actionKey(a),
        );
        ids.set(a.code, done.unit.id);
      } else if (a.action === 'rename') {
        await this.units.rename(user, a.unitId, { name: a.name, reason }, actionKey(a));
      } else if (a.action === 'reparent') {
        await this.units.reparent(
          user,
          a.unitId,
          { parentId: idOf(a.parentCode), effectiveFrom: a.effectiveFrom, reason },
          actionKey(a),
        );
      }
    }
    return result;
  }

  /** Rows touching units outside the caller's administration (checked before any write). */
  private async outOfScope(
    user: Principal,
    actions: readonly OrgImportAction[],
    tree: Awaited<ReturnType<typeof loadOrgTreeData>>,
  ): Promise<ImportIssue[]> {
    const scope = await adminScopeOf(this.db, user, vietnamDateOf(this.clock().toISOString()));
    if (scope.all) return [];
    const byCode = new Map(tree.units.map((u) => [u.code, u.id]));
    const issues: ImportIssue[] = [];
    for (const a of actions) {
      if (a.action === 'unchanged') continue;
      const touched = a.action === 'create' || a.action === 'reparent' ? [a.parentCode] : [];
      if (a.action !== 'create') touched.push(a.code);
      for (const code of touched) {
        const id = byCode.get(code);
        // A parent created by the file itself is in scope when its own parent is (checked on its row).
        if (id && !inScope(scope, id)) {
          issues.push({
            row: a.row,
            column: code === a.code ? ORG_COLUMNS.code : ORG_COLUMNS.parentCode,
            rule: 'scope',
            message: `đơn vị mã "${code}" nằm ngoài phạm vi bạn được quản trị`,
            messageEn: `unit "${code}" is outside your administration`,
          });
        }
      }
    }
    if (issues.length > 0 && issues.length === actions.length) throw new ForbiddenError(rolesFor('admin.org'));
    return issues;
  }

  /** The downloadable template with its instructions. */
  template(): Promise<Buffer> {
    return templateXlsx(ORG_SHEET, [
      'Mẫu nhập cơ cấu tổ chức công đoàn: mỗi đơn vị một dòng trên trang "Cơ cấu tổ chức".',
      'Mã đơn vị: chữ in hoa không dấu, chữ số hoặc "-" (ví dụ CB-HA-THHV); mã đã có thì dòng đó cập nhật đơn vị ấy.',
      'Loại đơn vị: tên loại (ví dụ "Công đoàn cơ sở", "Liên đoàn Lao động huyện") hoặc mã loại (CDCS, LDLD_HUYEN…).',
      'Mã đơn vị cấp trên: mã của đơn vị đã có trong hệ thống hoặc của một dòng khác trong tệp; phải ở cấp cao hơn.',
      'Ngày hiệu lực: ngày đơn vị thành lập hoặc chuyển về đơn vị cấp trên mới (dd/mm/yyyy).',
      'Không gộp ô, không dùng công thức. Mọi dòng được kiểm tra trước; có lỗi thì không dòng nào được ghi.',
      'Gửi kèm dryRun=true để xem trước các thay đổi. Nhập lại cùng tệp không tạo đơn vị trùng.',
    ]);
  }
}
