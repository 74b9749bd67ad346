import type { AwardHistoryTable } from './tables/award-history.table';
import type { CampaignsTable } from './tables/campaigns.table';
import type { EventsTable } from './tables/events.table';
import type { InboxCountsTable, InboxTasksTable } from './tables/inbox-tasks.table';
import type { IntegrityAnchorHeadsTable, IntegrityAnchorsTable } from './tables/integrity-anchors.table';
import type { LoginThrottleTable } from './tables/login-throttle.table';
import type { NotificationsTable } from './tables/notifications.table';
import type { NominationsTable } from './tables/nominations.table';
import type { ProjectionCheckpointsTable } from './tables/projection-checkpoints.table';
import type { RuleSetsTable } from './tables/rule-sets.table';
import type { StreamSummariesTable } from './tables/stream-summaries.table';
import type { UnitParentsTable } from './tables/unit-parents.table';
import type { UnitsTable } from './tables/units.table';
import type { UserRolesTable } from './tables/user-roles.table';
import type { UsersTable } from './tables/users.table';
import type { WorkingCalendarDaysTable } from './tables/working-days.table';
import type { DelegationsTable, RelativeDeclarationsTable } from './tables/delegations.table';
import type { BlocAlertsTable, BlocsTable } from './tables/blocs.table';
import type { QuotaOverridesTable, QuotaReservationsTable, QuotaUsageTable } from './tables/quota.table';

/**
 * Every table the application reads or writes, one `*.table.ts` per table.
 * Add a line per table; keep the list sorted by area.
 */
export interface Database {
  // event store and projections
  events: EventsTable;
  projection_checkpoints: ProjectionCheckpointsTable;
  stream_summaries: StreamSummariesTable;
  integrity_anchors: IntegrityAnchorsTable;
  integrity_anchor_heads: IntegrityAnchorHeadsTable;
  // nomination read models (one projection writes all three)
  nominations: NominationsTable;
  inbox_tasks: InboxTasksTable;
  inbox_counts: InboxCountsTable;
  // org, rule sets, campaigns
  units: UnitsTable;
  unit_parents: UnitParentsTable;
  rule_sets: RuleSetsTable;
  campaigns: CampaignsTable;
  // awards granted outside the engine, imported
  award_history: AwardHistoryTable;
  // working-day calendar and quotas
  working_calendar_days: WorkingCalendarDaysTable;
  quota_usage: QuotaUsageTable;
  quota_reservations: QuotaReservationsTable;
  quota_overrides: QuotaOverridesTable;
  // notifications
  notifications: NotificationsTable;
  // users and access
  users: UsersTable;
  user_roles: UserRolesTable;
  // delegation and conflict of interest
  delegations: DelegationsTable;
  relative_declarations: RelativeDeclarationsTable;
  login_throttle: LoginThrottleTable;
  // emulation blocs (khối, cụm thi đua): projections of `bloc-<id>`
  blocs: BlocsTable;
  bloc_alerts: BlocAlertsTable;
}
