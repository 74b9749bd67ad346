import { z } from 'zod';
import { safeString } from '@vinhdanh/domain';
import { USER_ROLES } from '@vinhdanh/db';
import { StuckQuery } from '../admin/stuck.schemas';
import { InboxRequest } from '../nominations/nominations.schemas';

/** The lists a view can be saved for. */
export const VIEW_TARGETS = ['inbox', 'stuck'] as const;
/** A list a view can be saved for. */
export type ViewTarget = (typeof VIEW_TARGETS)[number];

/** An inbox view's filter: the inbox query itself (same schema, so a new inbox filter is savable at once), minus paging. */
export const InboxViewFilter = InboxRequest.omit({ limit: true, cursor: true });
/** A stuck-desk view's filter: the desk's own query schema, minus paging. */
export const StuckViewFilter = StuckQuery.omit({ limit: true, cursor: true });

const direction = z.enum(['asc', 'desc'], { error: 'sort.direction must be "asc" or "desc"' }).default('asc');
const INBOX_SORT = ['openedAt', 'dueAt', 'nomineeName'] as const;
const STUCK_SORT = ['openedAt', 'daysLate', 'daysIdle'] as const;
/** How an inbox view orders its rows. */
export const InboxViewSort = z.strictObject({
  by: z.enum(INBOX_SORT, { error: `sort.by must be one of ${INBOX_SORT.join(', ')}` }),
  direction,
});
/** How a stuck-desk view orders its rows. */
export const StuckViewSort = z.strictObject({
  by: z.enum(STUCK_SORT, { error: `sort.by must be one of ${STUCK_SORT.join(', ')}` }),
  direction,
});
const DEFAULT_SORT = { by: 'openedAt', direction: 'asc' } as const;

const name = safeString({ error: 'name must be text' })
  .trim()
  .min(1, { error: 'name must not be empty' })
  .max(100, { error: 'name must be at most 100 characters' });

/** Everyone holding `role` at `unitId` sees the view. */
export const ViewShare = z.strictObject({
  role: z.enum(USER_ROLES, { error: `role must be one of ${USER_ROLES.join(', ')}` }),
  unitId: safeString({ error: 'unitId must be text' }).trim().min(1, { error: 'unitId must not be empty' }).max(128),
});
/** One audience of a shared view. */
export type ViewShare = z.infer<typeof ViewShare>;
const shares = z.array(ViewShare).max(20, { error: 'shares must list at most 20 audiences' });

const common = { name, shares: shares.default([]) };
const CreateInboxView = z.strictObject({
  target: z.literal('inbox'),
  ...common,
  filter: InboxViewFilter.prefault({}),
  sort: InboxViewSort.default(DEFAULT_SORT),
});
const CreateStuckView = z.strictObject({
  target: z.literal('stuck'),
  ...common,
  filter: StuckViewFilter.prefault({}),
  sort: StuckViewSort.default(DEFAULT_SORT),
});

/** Body of `POST /api/views`. */
export const CreateViewRequest = z
  .discriminatedUnion('target', [CreateInboxView, CreateStuckView], {
    error: 'target must be "inbox" or "stuck"',
  })
  .meta({
    examples: [
      {
        target: 'inbox',
        name: 'Bằng khen chờ duyệt',
        filter: { kind: 'review', awardCode: 'BK_TLD', search: 'nguyen' },
        sort: { by: 'dueAt', direction: 'asc' },
        shares: [{ role: 'reviewer', unitId: 'ldld-ha-noi' }],
      },
    ],
  });
/** Body of `POST /api/views`. */
export type CreateViewRequest = z.infer<typeof CreateViewRequest>;

/** Body of `PATCH /api/views/:id` for a view of `target`: rename, refilter, resort or reshare. */
export function updateViewRequest(target: ViewTarget) {
  const { filter, sort } =
    target === 'inbox'
      ? { filter: InboxViewFilter, sort: InboxViewSort }
      : { filter: StuckViewFilter, sort: StuckViewSort };
  return z
    .strictObject({
      name: name.optional(),
      filter: (filter as z.ZodType<Record<string, unknown>>).optional(),
      sort: (sort as z.ZodType<SavedView['sort']>).optional(),
      shares: shares.optional(),
    })
    .refine((b) => Object.keys(b).length > 0, { error: 'give at least one of name, filter, sort, shares' });
}
/** Body of `PATCH /api/views/:id`. */
export type UpdateViewRequest = z.infer<ReturnType<typeof updateViewRequest>>;

/** Query of `GET /api/views`. */
export const ListViewsQuery = z.strictObject({
  target: z.enum(VIEW_TARGETS, { error: 'target must be "inbox" or "stuck"' }).optional(),
});
/** Query of `GET /api/views`. */
export type ListViewsQuery = z.infer<typeof ListViewsQuery>;

/** A view id in a path. */
export const ViewIdParam = z.uuid({ error: 'id must be a saved view id (UUID)' });

/** A saved view as the API returns it. */
export interface SavedView {
  id: string;
  name: string;
  target: ViewTarget;
  filter: Record<string, unknown>;
  sort: { by: string; direction: 'asc' | 'desc' };
  owner: { id: string; fullName: string };
  /** True when the caller owns it (may rename, reshare or delete it). */
  mine: boolean;
  shares: Array<ViewShare & { unitName: string | null }>;
  createdAt: string;
  updatedAt: string;
}

/** Answer of `GET /api/views`. */
export interface ViewList {
  mine: SavedView[];
  sharedWithMe: SavedView[];
}
