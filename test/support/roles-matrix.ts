import type { UserRole } from '@vinhdanh/db';

/**
 * Who may pass the guard of each route: `public` (no token), `signed-in` (any user; the service then
 * checks the resource: whose nomination, which unit) or the roles of which one is needed somewhere.
 */
export type Policy = 'public' | 'signed-in' | readonly UserRole[];

const ADMINS: readonly UserRole[] = ['system_admin', 'unit_admin'];
const SYSTEM_ADMIN: readonly UserRole[] = ['system_admin'];
const AUDIT: readonly UserRole[] = ['auditor', 'system_admin'];
const APPROVERS: readonly UserRole[] = ['reviewer', 'chair'];
const ANY_ROLE: readonly UserRole[] = ['nominator', 'reviewer', 'chair', 'unit_admin', 'auditor', 'system_admin'];

/** The policy of every route; the matrix test fails when the app serves a route missing here. */
export const ACCESS: Record<string, Policy> = {
  'POST /api/auth/login': 'public',
  'POST /api/auth/refresh': 'public',
  'POST /api/auth/logout': 'signed-in',
  'POST /api/auth/password': 'signed-in',
  'GET /api/health': 'public',
  'GET /api/health/live': 'public',
  // Or the scrape token METRICS_TOKEN (not a login, so not a caller here).
  'GET /api/metrics': AUDIT,
  'GET /api/me': 'signed-in',
  'GET /api/units': 'signed-in',
  'GET /api/campaigns': 'signed-in',
  'GET /api/directory/labels': 'public',
  'GET /api/directory/people': 'signed-in',

  'POST /api/nominations': 'signed-in',
  'GET /api/nominations': 'signed-in',
  'GET /api/nominations/:id': 'signed-in',
  'POST /api/nominations/:id/decisions': 'signed-in',
  'POST /api/nominations/:id/resubmission': 'signed-in',
  'POST /api/nominations/:id/withdrawal': 'signed-in',
  'POST /api/nominations/:id/intake': 'signed-in',
  'POST /api/nominations/:id/appraisal': 'signed-in',
  'POST /api/nominations/:id/vote': 'signed-in',
  'POST /api/nominations/:id/hold': 'signed-in',
  'POST /api/nominations/:id/resume': 'signed-in',
  'POST /api/nominations/:id/deadline': 'signed-in',
  'POST /api/nominations/:id/revocation': 'signed-in',
  'GET /api/inbox': 'signed-in',
  'POST /api/inbox/bulk-decisions': APPROVERS,
  'POST /api/nominations/:id/claim': 'signed-in',
  'POST /api/nominations/:id/release': 'signed-in',
  'POST /api/nominations/:id/assignment': 'signed-in',
  'POST /api/nominations/:id/recusal': 'signed-in',
  'POST /api/nominations/:id/objections': 'signed-in',
  'POST /api/nominations/:id/objections/:objectionId/answer': 'signed-in',
  'GET /api/me/relatives': 'signed-in',
  'POST /api/me/relatives': 'signed-in',
  'GET /api/delegations': 'signed-in',
  'POST /api/delegations': 'signed-in',
  'POST /api/delegations/:id/revoke': 'signed-in',
  'POST /api/award-decisions': 'signed-in',
  'GET /api/award-decisions/:id': 'signed-in',
  'POST /api/award-decisions/:id/grants': 'signed-in',
  'GET /api/award-decisions/:id/documents/:documentId': 'signed-in',
  'POST /api/award-decisions/:id/signed-copy': 'signed-in',
  'POST /api/award-decisions/:id/certificates': 'signed-in',
  'GET /api/document-templates/:unitId': 'signed-in',
  'GET /api/document-templates/:unitId/:kind': 'signed-in',
  'PUT /api/document-templates/:unitId/:kind': 'signed-in',
  'GET /api/views': ANY_ROLE,
  'GET /api/views/:id': ANY_ROLE,
  'POST /api/views': ANY_ROLE,
  'PATCH /api/views/:id': ANY_ROLE,
  'DELETE /api/views/:id': ANY_ROLE,

  'POST /api/admin/campaigns': SYSTEM_ADMIN,
  'PATCH /api/admin/campaigns/:id': SYSTEM_ADMIN,
  'GET /api/admin/rule-sets': SYSTEM_ADMIN,
  'GET /api/admin/rule-sets/:version': SYSTEM_ADMIN,
  'POST /api/admin/rule-sets': SYSTEM_ADMIN,
  'PUT /api/admin/rule-sets/:version/draft': SYSTEM_ADMIN,
  'POST /api/admin/rule-sets/:version/publication': SYSTEM_ADMIN,
  'GET /api/admin/campaigns/:id/quotas': ADMINS,
  'PUT /api/admin/campaigns/:id/quotas/:bucketKey': ADMINS,
  'GET /api/admin/campaigns/:id/quotas/:bucketKey/history': ADMINS,
  'GET /api/admin/campaigns/:id/allotments': ADMINS,
  'PUT /api/admin/campaigns/:id/allotments': ADMINS,
  'POST /api/admin/award-history/import': SYSTEM_ADMIN,
  'GET /api/admin/award-history/template': SYSTEM_ADMIN,
  'POST /api/admin/nominations/:id/reminder': ADMINS,
  'POST /api/admin/nominations/:id/force-return': ADMINS,
  'POST /api/admin/nominations/:id/cancellation': ADMINS,
  'POST /api/admin/interventions/bulk': ADMINS,
  'GET /api/admin/units/:id': ADMINS,
  'POST /api/admin/units': ADMINS,
  'PATCH /api/admin/units/:id': ADMINS,
  'POST /api/admin/units/:id/parent': ADMINS,
  'POST /api/admin/units/:id/dissolution': ADMINS,
  'GET /api/admin/reorganisations': [...ADMINS, 'auditor'],
  'GET /api/admin/reorganisations/:id': [...ADMINS, 'auditor'],
  'POST /api/admin/reorganisations/:id/retry': ADMINS,
  'GET /api/admin/calendar': 'signed-in',
  'PUT /api/admin/calendar/:date': SYSTEM_ADMIN,
  'DELETE /api/admin/calendar/:date': SYSTEM_ADMIN,
  'GET /api/reports/annual-summary': 'signed-in',
  'GET /api/reports/shares': 'signed-in',
  'GET /api/reports/round-progress': 'signed-in',
  'GET /api/reports/units/:unitId/award-history': 'signed-in',
  'GET /api/reports/exports/nominations': 'signed-in',
  'GET /api/reports/exports/inbox': 'signed-in',
  'GET /api/reports/exports/stuck': ADMINS,
  'GET /api/reports/exports/audit-timeline/:id': 'signed-in',
  'GET /api/admin/stuck': ADMINS,
  'GET /api/admin/stuck/aging': ADMINS,
  'POST /api/admin/stuck/failing/:workflowId/termination': SYSTEM_ADMIN,
  'GET /api/admin/users': ADMINS,
  'GET /api/admin/users/:id': ADMINS,
  'POST /api/admin/users': ADMINS,
  'POST /api/admin/users/:id/deactivation': ADMINS,
  'POST /api/admin/users/:id/reactivation': ADMINS,
  'POST /api/admin/users/:id/roles': ADMINS,
  'POST /api/admin/users/:id/roles/revocation': ADMINS,

  'GET /api/audit/nominations/:id/timeline': 'signed-in',
  'GET /api/audit/nominations/:id/as-of': 'signed-in',
  'GET /api/audit/nominations/:id/verify': AUDIT,
  'GET /api/audit/nominations/:id/export': AUDIT,
  'GET /api/audit/nominations/:id/replay-check': AUDIT,
  'GET /api/audit/streams/:streamId/timeline': AUDIT,
  'GET /api/audit/streams/:streamId/as-of': AUDIT,
  'GET /api/audit/streams/:streamId/verify': AUDIT,
  'GET /api/audit/campaigns/:id/export': AUDIT,
  'POST /api/audit/verify': AUDIT,
  'POST /api/audit/anchors': AUDIT,
  'GET /api/audit/anchors': AUDIT,
  'GET /api/audit/anchors/:id/check': AUDIT,
  'GET /api/audit/units/:unitId/inbox-as-of': 'signed-in',
  'GET /api/audit/anomalies': AUDIT,

  'GET /api/notifications': 'signed-in',
  'POST /api/notifications/read-all': 'signed-in',
  'POST /api/notifications/:id/read': 'signed-in',
  'POST /api/attachments': 'signed-in',
  'GET /api/attachments/:id': 'signed-in',
  'GET /api/quotas/usage': 'signed-in',
};

/** POST/PATCH routes that need no Idempotency-Key, and why. */
export const IDEMPOTENCY_EXEMPT: Record<string, string> = {
  'POST /api/auth/login': 'creates no record; a retry just logs in again',
  'POST /api/auth/refresh': 'the refresh token is single-use by design: a replay must be refused, not replayed',
  'POST /api/auth/logout': 'idempotent by nature: ending an ended session changes nothing',
  'POST /api/auth/password': 'guarded by the current password, which a successful change invalidates',
  'POST /api/audit/verify': 'read-only check of the store; POST only because it can run long',
  'POST /api/audit/anchors': "idempotent by day: a retry returns the day's anchor",
  'POST /api/notifications/read-all': 'idempotent by nature: marking read twice changes nothing',
  'POST /api/notifications/:id/read': 'idempotent by nature: marking read twice changes nothing',
  'POST /api/admin/campaigns': 'natural key: a retry with the same campaign code is refused 409 naming it',
  'PATCH /api/admin/campaigns/:id': 'sets fields to given values: a retry changes nothing',
  'POST /api/admin/reorganisations/:id/retry': 're-plans and resends per-nomination Updates whose ids never change',
};

/** One caller per role (demo users at LĐLĐ Cao Bằng and its CĐCS / Tổng LĐLĐ), and an anonymous one. */
export interface Caller {
  label: string;
  username?: string;
  roles: readonly UserRole[];
}

export const CALLERS: readonly Caller[] = [
  { label: 'anonymous', roles: [] },
  { label: 'nominator', username: 'snv.nominator', roles: ['nominator'] },
  { label: 'reviewer', username: 'vccb.reviewer', roles: ['reviewer'] },
  { label: 'chair', username: 'cb.chair', roles: ['chair'] },
  { label: 'unit_admin', username: 'cb.admin', roles: ['unit_admin'] },
  { label: 'auditor', username: 'tld.auditor', roles: ['auditor'] },
  { label: 'system_admin', username: 'sysadmin', roles: ['system_admin'] },
];
