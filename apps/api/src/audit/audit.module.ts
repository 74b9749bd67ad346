import { join } from 'node:path';
import { Logger, Module, type OnModuleDestroy, type Provider } from '@nestjs/common';
import { bundleWorkflowCode, DefaultLogger, type WorkflowBundle } from '@temporalio/worker';
import type { Config } from '@vinhdanh/config';
import { loadOrCreateSigner, type AuditSigner } from '@vinhdanh/audit';
import { CONFIG } from '../core/tokens';
import { ProjectorModule } from '../projector/projector.module';
import { AnomaliesController } from './anomalies.controller';
import { ProblemNames } from '../errors/problem-names';
import { ReportsModule } from '../reports/reports.module';
import { AuditCampaignsController } from './audit-campaigns.controller';
import { AuditNominationsController } from './audit-nominations.controller';
import { AuditService } from './audit.service';
import { AuditStoreController } from './audit-store.controller';
import { AuditStreamsController } from './audit-streams.controller';
import { AuditStreamsService } from './audit-streams.service';
import { ExportCheckController } from './export-check.controller';
import { AUDIT_SIGNER, AUDIT_TRUSTED_KEYS, WORKFLOW_BUNDLE } from './audit.tokens';
import { ReplayService } from './replay.service';

/** Dev fallback when `AUDIT_SIGNING_KEY` is unset: a key generated once, never committed (.data is ignored). */
export const DEV_SIGNING_KEY_FILE = join('.data', 'audit-signing-key.pem');

/** Config keys this module reads once `libs/config` carries them (see the module's README note). */

function signerFromConfig(config: Config): AuditSigner {
  if (config.AUDIT_SIGNING_KEY) return loadOrCreateSigner({ pem: config.AUDIT_SIGNING_KEY });
  new Logger('Audit').warn(`AUDIT_SIGNING_KEY is not set: signing with the development key ${DEV_SIGNING_KEY_FILE}`);
  return loadOrCreateSigner({ file: DEV_SIGNING_KEY_FILE });
}

// Retired public keys (PEMs separated by blank lines) still verify old anchors after a key rotation.
function trustedKeys(config: Config, signer: AuditSigner): string[] {
  const retired = (config.AUDIT_TRUSTED_PUBLIC_KEYS ?? '').split(/\n\s*\n/).filter((pem) => pem.includes('BEGIN'));
  return [signer.publicKeyPem, ...retired];
}

let bundle: Promise<WorkflowBundle> | undefined;
/** Bundles `@vinhdanh/workflows` on the first replay check and keeps it for the process (2–4 s). */
function workflowBundleOnce(): Promise<WorkflowBundle> {
  bundle ??= bundleWorkflowCode({
    workflowsPath: require.resolve('@vinhdanh/workflows'),
    logger: new DefaultLogger('WARN'),
  }).catch((err: unknown) => {
    bundle = undefined;
    throw err;
  });
  return bundle;
}

const baseProviders: Provider[] = [
  AuditService,
  AuditStreamsService,
  ReplayService,
  { provide: WORKFLOW_BUNDLE, useValue: workflowBundleOnce },
  { provide: AUDIT_TRUSTED_KEYS, inject: [CONFIG, AUDIT_SIGNER], useFactory: trustedKeys },
];

/**
 * Auditors: timeline, state and inbox as of a time, hash-chain checks, signed anchors, signed
 * exports and the Temporal replay check. The signing key comes from `AUDIT_SIGNING_KEY`.
 */
@Module({
  imports: [ProjectorModule, ReportsModule],
  controllers: [
    AuditNominationsController,
    AuditStreamsController,
    AuditStoreController,
    AuditCampaignsController,
    AnomaliesController,
    ExportCheckController,
  ],
  providers: [
    ...baseProviders,
    ProblemNames,
    { provide: AUDIT_SIGNER, inject: [CONFIG], useFactory: signerFromConfig },
  ],
})
export class AuditModule implements OnModuleDestroy {
  /**
   * A replay check a client gave up on may still be bundling (seconds of webpack): the app waits for
   * it on close, so webpack never runs on after its process (or a test's module registry) is torn down.
   */
  async onModuleDestroy(): Promise<void> {
    await bundle?.catch(() => undefined);
  }
}
