import { z } from 'zod';
import { safeString } from '@vinhdanh/domain';

/** A past instant: ISO 8601 with a time zone (`Z` or an offset). */
export const AsOfQuery = z.strictObject({
  at: z.iso.datetime({
    offset: true,
    error: 'at must be an ISO 8601 instant with a time zone, e.g. 2026-06-15T09:00:00+07:00',
  }),
});
/** Query of the as-of endpoints. */
export type AsOfQuery = z.infer<typeof AsOfQuery>;

/** A unit id in a path. */
export const UnitIdParam = safeString().trim().min(1, { error: 'unitId must not be empty' }).max(128);

/** Query of the export endpoint. */
export const ExportQuery = z.strictObject({
  format: z.enum(['json', 'csv'], { error: 'format must be json or csv' }).default('json'),
});
/** Query of the export endpoint. */
export type ExportQuery = z.infer<typeof ExportQuery>;

/** Body of `POST /api/audit/verify`: one bounded slice of the store, resumable with `after`. */
export const VerifyStoreRequest = z
  .strictObject({
    after: safeString().max(300).optional(),
    maxStreams: z.number().int().min(1).max(20_000).default(2_000),
  })
  .meta({ examples: [{ maxStreams: 2000 }, { after: 'nomination-5f0c…', maxStreams: 2000 }] });
/** Body of `POST /api/audit/verify`. */
export type VerifyStoreRequest = z.infer<typeof VerifyStoreRequest>;

/** An anchor id in a path. */
export const AnchorIdParam = z.uuid({ error: 'id must be an anchor id (UUID)' });

/** Query of `GET /api/audit/anchors`. */
export const ListAnchorsQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(366).default(30),
  beforeDay: z.iso.date({ error: 'beforeDay must be a date (YYYY-MM-DD)' }).optional(),
});
/** Query of `GET /api/audit/anchors`. */
export type ListAnchorsQuery = z.infer<typeof ListAnchorsQuery>;
