import { z } from 'zod';
import type { ReorganisationRow } from './reorganisation.repository';

/** A reorganisation id in a path. */
export const ReorganisationIdParam = z.uuid({ error: 'id must be a reorganisation id (UUID)' });

/** Query of `GET /api/admin/reorganisations`. */
export const ListReorganisationsQuery = z.strictObject({
  limit: z.coerce
    .number({ error: 'limit must be a number' })
    .int({ error: 'limit must be a whole number' })
    .min(1, { error: 'limit must be at least 1' })
    .max(100, { error: 'limit must be at most 100' })
    .default(20),
});
/** Query of `GET /api/admin/reorganisations`. */
export type ListReorganisationsQuery = z.infer<typeof ListReorganisationsQuery>;

/**
 * Where a reorganisation's moves stand. `scheduled`: dated in the future, nothing moves yet;
 * `running`: this API process is moving nominations; `interrupted`: moves left pending (the process
 * stopped) — retry; `completed` / `completed_with_failures`: every move tried, failures listed.
 */
export type ReorganisationStatus = 'scheduled' | 'running' | 'interrupted' | 'completed' | 'completed_with_failures';

/** A reorganisation and the progress of its moves. */
export interface ReorganisationView extends ReorganisationRow {
  status: ReorganisationStatus;
  counts: { pending: number; moved: number; skipped: number; failed: number };
  failures: {
    nominationId: string;
    fromUnitId: string;
    toUnitId: string | null;
    attempts: number;
    error: { code: string; message: string };
  }[];
  href: string;
}

/** An example for the OpenAPI document. */
export const REORGANISATION_EXAMPLE: ReorganisationView = {
  id: '0b6c5d2e-8f1a-4c3b-9d7e-1a2b3c4d5e6f',
  kind: 'dissolve',
  unitId: 'ldld-hoa-an',
  effectiveFrom: '2025-07-01',
  replacements: [{ fromUnitId: 'ldld-hoa-an', toUnitId: 'cd-xa-hoa-an' }],
  reason: 'Giải thể LĐLĐ huyện Hòa An; CĐCS chuyển về Công đoàn xã Hòa An.',
  operatorId: '6f1c2a7e-4b1d-4a8e-9c1e-2d3f4a5b6c7d',
  operatorName: 'Lê Minh Tuấn',
  operatorUnitId: 'tong-ldld',
  createdAt: '2026-06-15T02:00:00.000Z',
  lastRunAt: '2026-06-15T02:00:03.000Z',
  status: 'completed_with_failures',
  counts: { pending: 0, moved: 12, skipped: 1, failed: 1 },
  failures: [
    {
      nominationId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
      fromUnitId: 'ldld-hoa-an',
      toUnitId: 'cd-xa-hoa-an',
      attempts: 1,
      error: { code: 'TEMPORAL.UNAVAILABLE', message: 'Temporal did not answer' },
    },
  ],
  href: '/api/admin/reorganisations/0b6c5d2e-8f1a-4c3b-9d7e-1a2b3c4d5e6f',
};
