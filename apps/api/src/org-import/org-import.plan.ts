import { createHash } from 'node:crypto';
import {
  levelOfKind,
  OrgTree,
  UNIT_KINDS,
  UnitKind,
  validateOrgTree,
  type OrgTreeData,
  type ParentLink,
} from '@vinhdanh/domain';
import type { ImportIssue } from '@vinhdanh/spreadsheets';

/** One row of the org-tree sheet, as read (cells already typed by the sheet reader). */
export interface OrgImportRow {
  /** Row number in the sheet (what the errors name). */
  row: number;
  code: string | null;
  name: string | null;
  kind: string | null;
  parentCode: string | null;
  memberCount: number | null;
  effectiveFrom: string | null;
}

/** What importing one row does to the tree. */
export type OrgImportAction =
  | {
      action: 'create';
      row: number;
      code: string;
      name: string;
      kind: UnitKind;
      parentCode: string;
      memberCount: number;
      effectiveFrom: string;
    }
  | { action: 'rename'; row: number; code: string; unitId: string; from: string; name: string }
  | {
      action: 'reparent';
      row: number;
      code: string;
      unitId: string;
      fromParentCode: string | null;
      parentCode: string;
      effectiveFrom: string;
    }
  | { action: 'unchanged'; row: number; code: string; unitId: string };

/** The column headers of the sheet, by field (the errors name the column people see). */
export const ORG_COLUMNS = {
  code: 'Mã đơn vị',
  name: 'Tên đơn vị',
  kind: 'Loại đơn vị',
  parentCode: 'Mã đơn vị cấp trên',
  memberCount: 'Số đoàn viên',
  effectiveFrom: 'Ngày hiệu lực',
} as const;

const CODE = /^[A-Z0-9][A-Z0-9-]{1,63}$/;

/** The unit kind of a cell: its code (CDCS) or its Vietnamese name (Công đoàn cơ sở), case and accents as typed. */
export function kindOf(cell: string): UnitKind | null {
  const t = cell.trim();
  const asCode = UnitKind.safeParse(t.toUpperCase());
  if (asCode.success) return asCode.data;
  const lower = t.toLocaleLowerCase('vi');
  for (const [kind, info] of Object.entries(UNIT_KINDS)) {
    if (info.labelVi.toLocaleLowerCase('vi') === lower) return kind as UnitKind;
  }
  return null;
}

/** A stable key of an action: the same row of the same tree change gives the same key (idempotent import). */
export function actionKey(a: OrgImportAction): string {
  return `org-import-${createHash('sha256').update(JSON.stringify(a)).digest('hex').slice(0, 40)}`;
}

const issue = (row: number, field: keyof typeof ORG_COLUMNS, rule: string, message: string, messageEn: string) => ({
  row,
  column: ORG_COLUMNS[field],
  rule,
  message,
  messageEn,
});

/**
 * Checks every row against the tree and the other rows and says what each would do: create a
 * unit, rename it, move it under another parent from a date, or nothing (already so). Nothing is
 * written here. A row's parent is an existing unit or a unit created by another row of the file
 * (any order). The whole tree after the import is validated as the admin commands would (levels,
 * one parent at a time, no cycles); a problem there is reported on the rows involved.
 */
export function planOrgImport(
  tree: OrgTreeData,
  rows: readonly OrgImportRow[],
): { actions: OrgImportAction[]; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const index = OrgTree.create(tree);
  const byCode = new Map(tree.units.map((u) => [u.code, u]));
  const seen = new Map<string, number>();
  const valid: (OrgImportRow & {
    code: string;
    name: string;
    kind: UnitKind;
    parentCode: string;
    effectiveFrom: string;
  })[] = [];
  for (const r of rows) {
    const before = issues.length;
    const code = r.code?.trim().toUpperCase() ?? '';
    if (!code) issues.push(issue(r.row, 'code', 'required', 'phải có', 'is required'));
    else if (!CODE.test(code))
      issues.push(
        issue(
          r.row,
          'code',
          'format',
          'chỉ gồm 2–64 chữ in hoa không dấu, chữ số hoặc "-" (ví dụ CB-HA-THHV)',
          '2–64 capital letters, digits or "-"',
        ),
      );
    else if (seen.has(code))
      issues.push(
        issue(r.row, 'code', 'unique', `trùng với dòng ${seen.get(code)}`, `same code as row ${seen.get(code)}`),
      );
    if (code) seen.set(code, seen.get(code) ?? r.row);
    const name = r.name?.trim() ?? '';
    if (!name) issues.push(issue(r.row, 'name', 'required', 'phải có', 'is required'));
    else if (name.length > 300) issues.push(issue(r.row, 'name', 'max', 'tối đa 300 ký tự', 'at most 300 characters'));
    const kind = r.kind ? kindOf(r.kind) : null;
    if (!r.kind) issues.push(issue(r.row, 'kind', 'required', 'phải có', 'is required'));
    else if (!kind)
      issues.push(
        issue(
          r.row,
          'kind',
          'enum',
          `phải là một loại đơn vị, ví dụ "Công đoàn cơ sở" hoặc mã CDCS (${Object.keys(UNIT_KINDS).join(', ')})`,
          'must be a unit kind',
        ),
      );
    const parentCode = r.parentCode?.trim().toUpperCase() ?? '';
    if (!parentCode) issues.push(issue(r.row, 'parentCode', 'required', 'phải có', 'is required'));
    else if (parentCode === code)
      issues.push(issue(r.row, 'parentCode', 'other-unit', 'không được là chính đơn vị đó', 'must be another unit'));
    if (r.memberCount !== null && (!Number.isInteger(r.memberCount) || r.memberCount < 0 || r.memberCount > 10_000_000))
      issues.push(
        issue(r.row, 'memberCount', 'range', 'phải là số nguyên từ 0 đến 10.000.000', 'a whole number 0–10,000,000'),
      );
    if (!r.effectiveFrom) issues.push(issue(r.row, 'effectiveFrom', 'required', 'phải có', 'is required'));
    if (issues.length === before && kind && r.effectiveFrom)
      valid.push({ ...r, code, name, kind, parentCode, effectiveFrom: r.effectiveFrom });
  }
  const fileCodes = new Map(valid.map((r) => [r.code, r]));
  const actions: OrgImportAction[] = [];
  const newUnits: OrgTreeData['units'] = [];
  let links: ParentLink[] = [...tree.links];
  const idOf = (code: string) => byCode.get(code)?.id ?? `import:${code}`;
  for (const r of valid) {
    const parentExisting = byCode.get(r.parentCode);
    const parentInFile = fileCodes.get(r.parentCode);
    if (!parentExisting && !parentInFile) {
      issues.push(
        issue(
          r.row,
          'parentCode',
          'exists',
          `không có đơn vị mã "${r.parentCode}" trong hệ thống hay trong tệp`,
          `no unit "${r.parentCode}"`,
        ),
      );
      continue;
    }
    if (parentExisting && !parentInFile && !index.isActiveAsOf(parentExisting.id, r.effectiveFrom)) {
      issues.push(
        issue(
          r.row,
          'parentCode',
          'active',
          `đơn vị "${parentExisting.name}" đã giải thể trước ngày hiệu lực`,
          'the parent is dissolved on that day',
        ),
      );
      continue;
    }
    const parentKind = parentInFile?.kind ?? parentExisting?.kind;
    if (!parentKind) continue;
    if (levelOfKind(parentKind) <= levelOfKind(r.kind)) {
      issues.push(
        issue(
          r.row,
          'parentCode',
          'level',
          `đơn vị cấp trên phải ở cấp cao hơn (${UNIT_KINDS[parentKind].labelVi} không ở trên ${UNIT_KINDS[r.kind].labelVi})`,
          'the parent must be at a higher level',
        ),
      );
      continue;
    }
    const existing = byCode.get(r.code);
    if (!existing) {
      actions.push({
        action: 'create',
        row: r.row,
        code: r.code,
        name: r.name,
        kind: r.kind,
        parentCode: r.parentCode,
        memberCount: r.memberCount ?? 0,
        effectiveFrom: r.effectiveFrom,
      });
      newUnits.push({ id: idOf(r.code), code: r.code, name: r.name, kind: r.kind, memberCount: r.memberCount ?? 0 });
      links.push({ unitId: idOf(r.code), parentId: idOf(r.parentCode), validFrom: r.effectiveFrom, validTo: null });
      continue;
    }
    if (existing.kind !== r.kind) {
      issues.push(
        issue(
          r.row,
          'kind',
          'unchangeable',
          `đơn vị mã "${r.code}" đã có với loại "${UNIT_KINDS[existing.kind].labelVi}"; không đổi được loại đơn vị khi nhập`,
          'the kind of an existing unit cannot change',
        ),
      );
      continue;
    }
    let changed = false;
    if (existing.name !== r.name) {
      actions.push({
        action: 'rename',
        row: r.row,
        code: r.code,
        unitId: existing.id,
        from: existing.name,
        name: r.name,
      });
      changed = true;
    }
    const currentParent = index.parentAsOf(existing.id, r.effectiveFrom);
    if (currentParent?.code !== r.parentCode) {
      actions.push({
        action: 'reparent',
        row: r.row,
        code: r.code,
        unitId: existing.id,
        fromParentCode: currentParent?.code ?? null,
        parentCode: r.parentCode,
        effectiveFrom: r.effectiveFrom,
      });
      links = links
        .filter((l) => !(l.unitId === existing.id && l.validFrom >= r.effectiveFrom))
        .map((l) =>
          l.unitId === existing.id && (l.validTo === null || l.validTo > r.effectiveFrom)
            ? { ...l, validTo: r.effectiveFrom }
            : l,
        );
      links.push({ unitId: existing.id, parentId: idOf(r.parentCode), validFrom: r.effectiveFrom, validTo: null });
      changed = true;
    }
    if (!changed) actions.push({ action: 'unchanged', row: r.row, code: r.code, unitId: existing.id });
  }
  if (issues.length === 0) {
    // The tree after every row, checked as a whole (cycles across rows, periods, a parent dissolved later…).
    const problems = validateOrgTree({ units: [...tree.units, ...newUnits], links });
    for (const p of problems)
      issues.push({
        row: rows[0]?.row ?? 2,
        column: ORG_COLUMNS.parentCode,
        rule: 'tree',
        message: `cây tổ chức sau khi nhập không hợp lệ (${p.message})`,
        messageEn: `the tree after the import is invalid (${p.message})`,
      });
  }
  return { actions, issues: issues.sort((a, b) => a.row - b.row) };
}

/** Creates in an order where each parent exists before its children (parents from the file first). */
export function creationOrder(actions: readonly OrgImportAction[]): OrgImportAction[] {
  const creates = actions.filter((a) => a.action === 'create');
  const created = new Set<string>();
  const pending = new Map(creates.map((a) => [a.code, a]));
  const ordered: OrgImportAction[] = [];
  const visit = (a: Extract<OrgImportAction, { action: 'create' }>, path: Set<string>) => {
    if (created.has(a.code) || path.has(a.code)) return;
    path.add(a.code);
    const parent = pending.get(a.parentCode);
    if (parent) visit(parent, path);
    created.add(a.code);
    ordered.push(a);
  };
  for (const a of creates) if (a.action === 'create') visit(a, new Set());
  return [...ordered, ...actions.filter((a) => a.action !== 'create')];
}
