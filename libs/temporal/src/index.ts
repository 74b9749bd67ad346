export { findTemporalCli, findOnPath, isExecutableFile } from './cli';
export type {
  TemporalLog,
  TemporalCliExecutable,
  TemporalCliSource,
  TemporalCliLocation,
  FindTemporalCliOptions,
} from './cli';
export { startDevServer, devServerArgs } from './dev-server';
export type { StartDevServerOptions, RunningDevServer } from './dev-server';
export { waitForFrontend } from './readiness';
export type { WaitForFrontendOptions } from './readiness';
export { getFreePort, isPortFree } from './ports';
export { forEachLine } from './lines';
export { TemporalLibError } from './errors';
export type { TemporalLibErrorCode } from './errors';
export { TEMPORAL_CLI_VERSION, TEMPORAL_CLI_GO_PACKAGE, cliBinaryName, cliCacheDir, repoRoot } from './paths';
export { ensureNamespace, NAMESPACE_OWNER_KEY } from './namespace';
export type { EnsureNamespaceOptions, NamespaceServices } from './namespace';
