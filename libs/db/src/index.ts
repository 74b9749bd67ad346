export { createPool } from './pool';
export type { PoolOptions } from './pool';
export { createDb } from './db';
export type { Database } from './database';
export { ensureDatabase, dropDatabase, parseDatabaseUrl } from './ensure-database';
export type { UnitsTable, UnitRow, NewUnitRow, UnitUpdate } from './tables/units.table';
export type { UnitParentsTable, UnitParentRow, NewUnitParentRow, UnitParentUpdate } from './tables/unit-parents.table';
export type { RuleSetsTable, RuleSetRow, NewRuleSetRow } from './tables/rule-sets.table';
export type {
  CampaignsTable,
  CampaignKind,
  CampaignRow,
  NewCampaignRow,
  CampaignUpdate,
} from './tables/campaigns.table';
export type { UsersTable, UserRow, NewUserRow, UserUpdate } from './tables/users.table';
export type {
  DelegationsTable,
  DelegationRow,
  NewDelegationRow,
  RelativeDeclarationsTable,
  RelativeDeclarationRow,
} from './tables/delegations.table';
export { USER_ROLES } from './tables/user-roles.table';
export type { UserRolesTable, UserRole, UserRoleRow, NewUserRoleRow, UserRoleUpdate } from './tables/user-roles.table';
export type { LoginThrottleTable, LoginThrottleRow } from './tables/login-throttle.table';
export { loadOrgTree, loadOrgTreeData } from './repositories/org-tree.repository';
export type { LoadOrgTreeOptions } from './repositories/org-tree.repository';
export { listCampaigns, findCampaign } from './repositories/campaigns.repository';
export type { Campaign } from './repositories/campaigns.repository';
export type { EventsTable, EventRow } from './tables/events.table';
export type { ProjectionCheckpointsTable, ProjectionCheckpointRow } from './tables/projection-checkpoints.table';
export type { StreamSummariesTable, StreamSummaryRow } from './tables/stream-summaries.table';
export type {
  IntegrityAnchorsTable,
  IntegrityAnchorHeadsTable,
  IntegrityAnchorRow,
  NewIntegrityAnchorRow,
  IntegrityAnchorHeadRow,
} from './tables/integrity-anchors.table';
export type { NominationsTable, NominationRow, NewNominationRow } from './tables/nominations.table';
export type {
  InboxTasksTable,
  InboxTaskRow,
  NewInboxTaskRow,
  InboxCountsTable,
  InboxCountRow,
} from './tables/inbox-tasks.table';
export {
  getNomination,
  getNominations,
  listNominations,
  listInbox,
  inboxCounts,
  nominationVersion,
} from './repositories/nominations.repository';
export type {
  CurrentTask,
  NominationSummary,
  NominationDetail,
  InboxTask,
  LateArrival,
  InboxCounts,
  Page,
} from './repositories/nominations.repository';
export {
  ListNominationsQuery,
  ListInboxQuery,
  InboxScope,
  InboxCountsQuery,
  NominationQueryError,
  encodeCursor,
  decodeCursor,
  exactInstant,
} from './repositories/nominations.query';
export type { QueryFieldError, KeysetPosition } from './repositories/nominations.query';
export { normaliseSearchText, containsPattern } from './repositories/search-text';
export type {
  WorkingCalendarDaysTable,
  CalendarDayKind,
  WorkingCalendarDayRow,
  NewWorkingCalendarDayRow,
  WorkingCalendarDayUpdate,
} from './tables/working-days.table';
export type {
  QuotaUsageTable,
  QuotaReservationsTable,
  QuotaOverridesTable,
  QuotaUsageRow,
  QuotaReservationRow,
  QuotaOverrideRow,
  NewQuotaOverrideRow,
} from './tables/quota.table';
export {
  listCalendarDays,
  loadWorkingCalendarData,
  loadWorkingCalendar,
  upsertCalendarDay,
  deleteCalendarDay,
} from './repositories/calendar.repository';
export type { CalendarDay, CalendarDayInput } from './repositories/calendar.repository';
export {
  reserveQuotaSlots,
  releaseQuotaSlots,
  quotaSlotsOf,
  listQuotaUsage,
  listQuotaOverrides,
  setQuotaOverride,
  deleteQuotaOverride,
} from './repositories/quota.repository';
export type {
  QuotaSlotRequest,
  QuotaReservationOutcome,
  QuotaUsage,
  QuotaOverride,
  QuotaOverrideChange,
} from './repositories/quota.repository';
export type {
  NotificationsTable,
  NotificationKind,
  NotificationRow,
  NewNotificationRow,
} from './tables/notifications.table';
export type { AwardHistoryTable, AwardHistoryRow, NewAwardHistoryRow } from './tables/award-history.table';
export { upsertAwardHistory, listAwardHistory } from './repositories/award-history.repository';
export type { AwardHistoryRecord } from './repositories/award-history.repository';
export type { BlocsTable, BlocAlertsTable, BlocRow, BlocAlertRow } from './tables/blocs.table';
