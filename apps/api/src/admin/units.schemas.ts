import { z } from 'zod';
import { IsoDate, UnitKind, safeString } from '@vinhdanh/domain';
import { AdminReason, UnitIdField } from './users.schemas';

/** A unit id in a path. */
export const UnitIdParam = safeString()
  .trim()
  .min(1, { error: 'id must not be empty' })
  .max(128, { error: 'id must be at most 128 characters' });

const name = safeString({ error: 'name must be text' })
  .trim()
  .min(1, { error: 'name must not be empty' })
  .max(300, { error: 'name must be at most 300 characters' });

/** Body of `POST /api/admin/units`: the kind fixes the level; the parent link starts on `effectiveFrom`. */
export const CreateUnitRequest = z
  .strictObject({
    code: safeString({ error: 'code must be text' })
      .trim()
      .regex(/^[A-Z0-9][A-Z0-9-]{1,63}$/, { error: 'code must be 2–64 capital letters, digits or "-"' }),
    name,
    kind: UnitKind,
    parentId: UnitIdField('parentId'),
    effectiveFrom: IsoDate,
    memberCount: z
      .number({ error: 'memberCount must be a number' })
      .int({ error: 'memberCount must be a whole number' })
      .min(0, { error: 'memberCount must not be negative' })
      .max(10_000_000, { error: 'memberCount must be at most 10000000' })
      .default(0),
    reason: AdminReason,
  })
  .meta({
    examples: [
      {
        code: 'HN-XDP',
        name: 'Công đoàn xã Đan Phượng',
        kind: 'CD_XA_PHUONG',
        parentId: 'ldld-ha-noi',
        effectiveFrom: '2025-07-01',
        memberCount: 1200,
        reason: 'Thành lập theo Quyết định 1234/QĐ-LĐLĐ ngày 20/6/2025.',
      },
    ],
  });
/** Body of `POST /api/admin/units`. */
export type CreateUnitRequest = z.infer<typeof CreateUnitRequest>;

/** Body of `PATCH /api/admin/units/:id` (rename). */
export const RenameUnitRequest = z
  .strictObject({ name, reason: AdminReason })
  .meta({ examples: [{ name: 'Công đoàn xã Hòa An', reason: 'Đổi tên theo Nghị quyết sáp nhập.' }] });
/** Body of `PATCH /api/admin/units/:id`. */
export type RenameUnitRequest = z.infer<typeof RenameUnitRequest>;

/** Body of `POST /api/admin/units/:id/parent` (re-parent from a date). */
export const ReparentUnitRequest = z
  .strictObject({ parentId: UnitIdField('parentId'), effectiveFrom: IsoDate, reason: AdminReason })
  .meta({
    examples: [
      { parentId: 'cd-xa-hoa-an', effectiveFrom: '2025-07-01', reason: 'Chuyển về Công đoàn xã theo Đề án sắp xếp.' },
    ],
  });
/** Body of `POST /api/admin/units/:id/parent`. */
export type ReparentUnitRequest = z.infer<typeof ReparentUnitRequest>;

/** Body of `POST /api/admin/units/:id/dissolution`: the first day it no longer exists and who takes over. */
export const DissolveUnitRequest = z
  .strictObject({ effectiveFrom: IsoDate, successorId: UnitIdField('successorId'), reason: AdminReason })
  .meta({
    examples: [
      {
        effectiveFrom: '2025-07-01',
        successorId: 'cd-xa-hoa-an',
        reason: 'Giải thể LĐLĐ huyện Hòa An theo Nghị quyết 60-NQ/TW; CĐCS chuyển về Công đoàn xã Hòa An.',
      },
    ],
  });
/** Body of `POST /api/admin/units/:id/dissolution`. */
export type DissolveUnitRequest = z.infer<typeof DissolveUnitRequest>;

/** A unit with its whole effective-dated history of parents. */
export interface UnitView {
  id: string;
  code: string;
  name: string;
  kind: string;
  level: number;
  memberCount: number;
  dissolvedOn: string | null;
  parents: { parentId: string; parentName: string; validFrom: string; validTo: string | null }[];
}

/** The answer of a change that can move nominations: the unit, and the reorganisation job if one started. */
export interface UnitChangeResult {
  unit: UnitView;
  /** Null when nothing can wait at the old unit (a future date starts it when run then, see retry). */
  reorganisation: { id: string; href: string } | null;
}
