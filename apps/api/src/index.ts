export { createApp } from './app';
export type { CreateAppOptions } from './app';
export { AppModule, FEATURE_MODULES } from './app.module';
export type { AppModuleOptions } from './app.module';
export { CONFIG, PG_POOL, DB, TEMPORAL_CLIENT, TEMPORAL_HEALTH_PROBE, CLOCK } from './core/tokens';
export type { Clock, TemporalHealthProbe } from './core/tokens';
export { clientHealthProbe, addressHealthProbe } from './core/temporal.module';
export type { TemporalOverrides } from './core/temporal.module';
export { parseServerTiming } from './core/stage-timings';
export { ApiError, RequestValidationError, ResourceNotFoundError } from './errors/api-error';
export type { FieldError } from './errors/api-error';
export { ERROR_STATUS_RULES, statusForCode } from './errors/error-status';
export type { ProblemDocument } from './errors/problem';
export { ZodValidationPipe, ZodBody, ZodQuery, ZodParam, openApiSchema } from './validation/zod.pipe';
export { AuthService } from './auth/auth.service';
export type { LoginResult } from './auth/auth.service';
export { Public, RequirePermission, CurrentUser } from './auth/auth.decorators';
export { POLICY, may, rolesFor, type Permission } from './auth/policy';
export { ForbiddenError, UnauthenticatedError } from './auth/auth.errors';
export { hasRoleAt, unitsWithRole } from './auth/principal';
export type { Principal, RoleGrant } from './auth/principal';
export type { Me } from './auth/auth.controller';
export type { NotificationList, NotificationView } from './notifications/notifications.reads';
export type { RelativeView } from './tasks/relatives.service';
export type { QuotaGauge, QuotaUsageView } from './quotas-read/quota-usage.service';
export type { SavedView, ViewList } from './views/views.schemas';
export type { Capability } from './auth/policy';
export { hashPassword, verifyPassword } from './auth/password';
export { signAccessToken, verifyAccessToken } from './auth/jwt';
export { WebModule, BUILT_APP_ROOT } from './web/web.module';
export { AdminModule } from './admin/admin.module';
export { AuditModule } from './audit/audit.module';
// Types of answers the web app reads (type-only: nothing of the API enters the browser bundle).
export type { InboxResponse, InboxRow } from './nominations/inbox.controller';
export type { NominationView, HistoryEntry, RouteStepView } from './nominations/nomination.view';
export type { NominationForCaller } from './nominations/nominations.controller';
export type { NominationAction } from './nominations/nomination-actions';
export type { TaskAction } from './tasks/task-actions';
export type { CallerActions } from './nominations/caller-actions';
export type { Labels, Label, AwardLabel } from './directory/labels';
export type { DirectoryPerson } from './directory/directory.schemas';
export type { BulkResponse } from './bulk/bulk.schemas';
export type { DelegationView } from './delegations/delegations.view';
export type { AnnualSummary, RoundProgress, Figures, Share, Shares } from './reports/reports.service';
export type { BlocView } from './blocs/blocs.view';
export type { AnomaliesResponse } from './audit/anomalies.controller';
// The bloc-year workflow's activities run bloc commands through the API's command handler (the worker builds it).
export type {
  SubmissionBatchDecisionView,
  SubmissionBatchSummaryView,
  SubmissionBatchView,
} from './submission-batches/submission-batches.service';
export type { BatchImportIssue, BatchImportPreview } from './submission-batches/batch-import.service';
export type {
  CouncilDelivery,
  CouncilSessionSummary,
  CouncilSessionView,
} from './council-sessions/council-sessions.service';
export type { AwardDecisionSummary, AwardDecisionView, ReadyNomination } from './award-decisions/award-decisions.view';
export type { StuckPage, StuckRow, AgingCell } from './admin/stuck.schemas';
export type { StuckAction } from './admin/stuck.actions';
export type { BulkDryRunResponse, BulkRunResponse } from './admin/interventions.schemas';
export type { UserView, UserPage, RoleGrantView } from './admin/users.schemas';
export type { QuotaView } from './admin/quotas.service';
export type { RuleSetVersionSummary } from './rule-sets/rule-sets.view';
export type { TimelineResponse, AsOfResponse } from './audit/audit.service';
export type { ExportCheckResponse } from './audit/export-check.controller';
export type { UnitView, UnitChangeResult } from './admin/units.schemas';
export type { ReorganisationView } from './reorganisation/reorganisation.schemas';
export type { StreamTimelineResponse } from './audit/audit-streams.service';
export { CERTIFICATE_CHUNK_SIZE } from './award-decisions/award-decisions.service';
