import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

// Every state change is an event through a decider; tables that hold state are read models written
// by projections (the command handler runs them in its transaction; libs/projections folds the
// nomination streams). This test reads the production sources and fails when a table is written
// anywhere else that is not listed below with its reason — so a new shortcut shows up in review.

const repo = join(__dirname, '../../../..');
const ROOTS = ['apps', 'libs', 'activities/src', 'workflows/src'];
const SKIP = /(\.spec\.ts|spec-helpers\.ts)$|\/(__fixtures__|testing|node_modules|dist|web)\//;

/** Files that may write a read model: the projections. */
const isProjection = (file: string): boolean =>
  file.endsWith('.projection.ts') || file.startsWith('libs/projections/src/read-models/');

/** Read models of event streams: written by projections only (besides the exceptions below). */
const PROJECTED = [
  'campaigns',
  'working_calendar_days',
  'quota_overrides',
  'quota_usage',
  'delegations',
  'relative_declarations',
  'units',
  'unit_parents',
  'users',
  'user_roles',
  'rule_sets',
  'nominations',
  'inbox_tasks',
  'inbox_counts',
  'stream_summaries',
  'notifications',
  'stat_nominations',
  'stat_counts',
  'stat_level_time',
  'stat_unit_successors',
  'stat_counters_pending',
  'blocs',
  'bloc_alerts',
  'submission_batches',
  'submission_batch_rows',
  'council_sessions',
];

/** Writes outside a projection, each with why it is not (or not yet) an event: table → file → reason. */
const ALLOWED: Record<string, Record<string, string>> = {
  // Infrastructure: the store itself and what is derived from it or guards it.
  events: { 'libs/event-store/src/event-store.sql.ts': 'the event store appends (append_events)' },
  projection_checkpoints: { 'libs/projections/src/checkpoints.ts': 'projector positions' },
  integrity_anchors: { 'libs/audit/src/anchors.repository.ts': 'signed digests of stream heads' },
  integrity_anchor_heads: { 'libs/audit/src/anchors.repository.ts': 'signed digests of stream heads' },
  login_throttle: { 'apps/api/src/auth/login-throttle.ts': 'failed-login counters (security, not business state)' },
  // Sessions and credentials: security state, never business facts (no secret may enter an event).
  user_credentials: { 'apps/api/src/auth/credentials.ts': 'token versions and forced password changes' },
  auth_sessions: { 'apps/api/src/auth/sessions.ts': 'login sessions (logout, refresh rotation)' },
  refresh_tokens: { 'apps/api/src/auth/sessions.ts': 'hashes of single-use refresh tokens' },
  idempotency_fingerprints: {
    'apps/api/src/nominations/idempotency-fingerprint.ts': 'which request each Idempotency-Key was first used for',
  },
  attachments: { 'apps/api/src/attachments/attachments.repository.ts': 'file blobs, referenced by hash in events' },
  workflow_failures: {
    'activities/src/workflow-failures.ts': 'operational diagnostics of failed workflow tasks',
    'apps/api/src/admin/stuck.service.ts': 'forgets the failure of a workflow an administrator terminated',
  },
  notifications: {
    'apps/api/src/notifications/notification-email.sender.ts': 'delivery status of a projected notification',
    'apps/api/src/notifications/notifications.reads.ts': 'read receipts of a projected notification',
  },
  // Written with a nomination's events in the same transaction (the nomination path's quota slots).
  quota_usage: { 'libs/db/src/repositories/quota.repository.ts': 'slots reserved/released with the nomination events' },
  quota_reservations: { 'libs/db/src/repositories/quota.repository.ts': 'slots reserved with the nomination events' },
  quota_overrides: { 'libs/db/src/repositories/quota.repository.ts': 'fixture helper setQuotaOverride (see below)' },
  working_calendar_days: {
    'libs/db/src/repositories/calendar.repository.ts': 'fixture helpers upsertCalendarDay/deleteCalendarDay',
  },
  // Demo data `npm start` seeds before any command; the first command on such a row adopts it into its stream.
  campaigns: { 'libs/seed/src/seed-demo.ts': 'demo seed' },
  rule_sets: { 'libs/seed/src/seed-demo.ts': 'demo seed of the shipped versions' },
  // Units, users and roles are aggregates on the command handler; these rows predate any command.
  units: { 'libs/seed/src/seed-demo.ts': 'demo seed' },
  unit_parents: { 'libs/seed/src/seed-demo.ts': 'demo seed' },
  users: {
    'apps/api/src/auth/credentials.ts': "a user's own password change (the hash never enters an event)",
    'libs/seed/src/seed-demo.ts': 'demo seed',
  },
  user_roles: { 'libs/seed/src/seed-demo.ts': 'demo seed' },
  reorganisations: {
    'apps/api/src/reorganisation/reorganisation.repository.ts':
      'job of a unit change, inserted by the units projection with UnitReparented/UnitDissolved',
  },
  reorganisation_moves: { 'apps/api/src/reorganisation/reorganisation.repository.ts': 'job progress, pending' },
  award_history: { 'libs/db/src/repositories/award-history.repository.ts': 'imported past awards, pending' },
  saved_views: { 'apps/api/src/views/views.repository.ts': 'personal saved filters, pending' },
  saved_view_shares: { 'apps/api/src/views/views.repository.ts': 'personal saved filters, pending' },
  // Award decisions (quyết định): the register and the row are written with AwardDecisionIssued in
  // one transaction; generated files are blobs whose SHA-256 the decision's events record.
  award_decision_numbers: {
    'apps/api/src/award-decisions/award-decisions.service.ts': 'yearly number register, taken with the append',
  },
  award_decisions: {
    'apps/api/src/award-decisions/award-decisions.service.ts': 'decision row written with AwardDecisionIssued',
    'activities/src/award-decision-fixture.ts': 'issued decision for the print-run test and bench:documents',
  },
  generated_documents: {
    'activities/src/award-decision-stream.ts': 'document blobs, referenced by checksum in the decision events',
  },
  round_documents: {
    'apps/api/src/round-documents/round-documents.ts':
      'tờ trình / biên bản bytes, referenced by checksum in the batch and session events',
  },
  document_templates: {
    'apps/api/src/documents/document-templates.controller.ts': "a unit's replacement DOCX templates, pending",
  },
};

/** Tables only a database trigger writes (no source writes them): table → reason. */
const TRIGGER_MAINTAINED: Record<string, string> = {
  access_generation:
    'counter of access changes for the API cache, bumped by a trigger on users, roles, units, delegations',
};

/** Helpers in libs/db that write a projected table: for tests and tools only, never production code. */
const FIXTURE_WRITERS = ['setQuotaOverride', 'deleteQuotaOverride', 'upsertCalendarDay', 'deleteCalendarDay'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    const rel = relative(repo, path);
    if (SKIP.test(`/${rel}/`) || SKIP.test(rel)) return [];
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') ? [rel] : [];
  });
}

/** Tables created by the migrations. */
function tables(): string[] {
  const text = readdirSync(join(repo, 'migrations'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(join(repo, 'migrations', f), 'utf8'))
    .join('\n');
  const found = [...text.matchAll(/create table (?:if not exists )?([a-z_]+)|createTable\('([a-z_]+)'\)/g)];
  return [...new Set(found.map((m) => m[1] ?? m[2] ?? ''))].sort();
}

/** (table, file) of every write in the production sources. */
function writes(files: string[], known: Set<string>): { table: string; file: string }[] {
  const out: { table: string; file: string }[] = [];
  const patterns = [
    /\b(?:insertInto|updateTable|deleteFrom|mergeInto|replaceInto)\(\s*['"`]([a-z_]+)/g,
    /\binsert\s+into\s+([a-z_]+)/gi,
    /\bupdate\s+([a-z_]+)\s+set\b/gi,
    /\bdelete\s+from\s+([a-z_]+)/gi,
    /\btruncate\s+(?:table\s+)?([a-z_]+)/gi,
  ];
  for (const file of files) {
    const text = readFileSync(join(repo, file), 'utf8');
    for (const pattern of patterns) {
      for (const m of text.matchAll(pattern)) {
        const table = (m[1] ?? '').toLowerCase();
        if (known.has(table)) out.push({ table, file });
      }
    }
  }
  return out;
}

describe('state is written only by projections (and the listed exceptions)', () => {
  const files = ROOTS.flatMap((root) => sources(join(repo, root)));
  const known = new Set(tables());
  const found = writes(files, known);

  it('reads the sources and the tables the migrations create', () => {
    expect(files.length).toBeGreaterThan(200);
    expect([...known]).toEqual(expect.arrayContaining(['campaigns', 'events', 'users', 'working_calendar_days']));
    expect(found.some((w) => w.file === 'apps/api/src/admin/campaigns.projection.ts')).toBe(true);
  });

  it('knows every table: a projected read model or a listed exception', () => {
    const unclassified = [...known].filter((t) => !PROJECTED.includes(t) && !ALLOWED[t] && !TRIGGER_MAINTAINED[t]);
    expect(unclassified).toEqual([]);
  });

  it('finds no write outside a projection that is not listed with its reason', () => {
    const stray = found
      .filter((w) => !(isProjection(w.file) && PROJECTED.includes(w.table)) && !ALLOWED[w.table]?.[w.file])
      .map((w) => `${w.table} ← ${w.file}`);
    expect([...new Set(stray)]).toEqual([]);
  });

  it('lists no exception that no longer happens (convert a table, delete its entry)', () => {
    const happening = new Set(found.map((w) => `${w.table} ← ${w.file}`));
    const stale = Object.entries(ALLOWED).flatMap(([table, byFile]) =>
      Object.keys(byFile)
        .map((file) => `${table} ← ${file}`)
        .filter((entry) => !happening.has(entry)),
    );
    expect(stale).toEqual([]);
  });

  it('keeps the libs/db fixture writers out of production code', () => {
    const callers = files.filter(
      (file) =>
        !file.startsWith('libs/db/src/') &&
        FIXTURE_WRITERS.some((name) => new RegExp(`\\b${name}\\b`).test(readFileSync(join(repo, file), 'utf8'))),
    );
    expect(callers).toEqual([]);
  });
});
