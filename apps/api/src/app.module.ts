import { Module, type DynamicModule, type Provider, type Type } from '@nestjs/common';
import type { DestinationStream } from 'pino';
import { loggingModule } from './observability/logging';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import type { Config } from '@vinhdanh/config';
import { AdminModule } from './admin/admin.module';
import { RuleSetsModule } from './rule-sets/rule-sets.module';
import { AttachmentsModule } from './attachments/attachments.module';
import { AwardDecisionsModule } from './award-decisions/award-decisions.module';
import { DocumentsModule } from './documents/documents.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { BulkModule } from './bulk/bulk.module';
import { InterventionsModule } from './admin/interventions.module';
import type { LoginThrottlePolicy } from './auth/login-throttle';
import { CoreModule } from './core/core.module';
import { DisclosureModule } from './disclosure/disclosure.module';
import { DatabaseModule } from './core/database.module';
import { TemporalModule, type TemporalOverrides } from './core/temporal.module';
import type { Clock } from './core/tokens';
import { ProblemFilter } from './errors/problem.filter';
import { ProblemNames } from './errors/problem-names';
import { ProblemNamesInterceptor } from './errors/problem-names.interceptor';
import { HealthModule } from './health/health.module';
import { NominationsModule } from './nominations/nominations.module';
import { TasksModule } from './tasks/tasks.module';
import { DelegationsModule } from './delegations/delegations.module';
import { DirectoryModule } from './directory/directory.module';
import { MetricsModule } from './metrics/metrics.module';
import { NotificationsModule } from './notifications/notifications.module';
import { OrgModule } from './org/org.module';
import { ViewsModule } from './views/views.module';
import { QuotasReadModule } from './quotas-read/quotas-read.module';
import { ReportsModule } from './reports/reports.module';
import { OrgImportModule } from './org-import/org-import.module';
import { WebModule } from './web/web.module';
import { BlocsModule } from './blocs/blocs.module';
import { SubmissionBatchesModule } from './submission-batches/submission-batches.module';
import { CouncilSessionsModule } from './council-sessions/council-sessions.module';

/**
 * Feature modules of the API. To add one (e.g. nominations): create `src/<feature>/<feature>.module.ts`
 * with its controllers and services, and add it here. Controllers get `/api` prefixed, the auth
 * guard and the problem filter automatically; inject `DB`, `TEMPORAL_CLIENT`, `CLOCK`, `AuthService`.
 */
// WebModule last: it serves the UI for paths no API route answered.
export const FEATURE_MODULES: Type[] = [
  AuthModule,
  OrgModule,
  HealthModule,
  MetricsModule,
  NominationsModule,
  TasksModule,
  DelegationsModule,
  DisclosureModule,
  AdminModule,
  RuleSetsModule,
  InterventionsModule,
  BulkModule,
  AuditModule,
  NotificationsModule,
  AttachmentsModule,
  AwardDecisionsModule,
  DocumentsModule,
  QuotasReadModule,
  ViewsModule,
  ReportsModule,
  OrgImportModule,
  DirectoryModule,
  BlocsModule,
  SubmissionBatchesModule,
  CouncilSessionsModule,
  WebModule,
];

/** Replaceable edges of the app, for tests and embedding processes. */
export interface AppModuleOptions {
  temporal?: TemporalOverrides;
  clock?: Clock;
  loginThrottle?: LoginThrottlePolicy;
  /** Extra modules (tests, or features not yet in `FEATURE_MODULES`). */
  imports?: Array<Type | DynamicModule>;
  /** Extra root providers. */
  providers?: Provider[];
  /** Structured JSON logs (default true; tests silence them). */
  logs?: boolean;
  /** Where the log lines go instead of stdout (a test reading them). */
  logDestination?: DestinationStream;
}

/** The root module, built from a `Config` (never from `process.env`). */
@Module({})
export class AppModule {
  static forRoot(config: Config, options: AppModuleOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        loggingModule(config, options.logs ?? true, options.logDestination),
        CoreModule.register(config, { clock: options.clock, loginThrottle: options.loginThrottle }),
        DatabaseModule,
        TemporalModule.register(options.temporal),
        ...FEATURE_MODULES,
        ...(options.imports ?? []),
      ],
      providers: [
        ProblemNames,
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: APP_INTERCEPTOR, useClass: ProblemNamesInterceptor },
        ...(options.providers ?? []),
      ],
    };
  }
}
