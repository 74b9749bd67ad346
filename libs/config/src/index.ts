export {
  ConfigSchema,
  ConfigError,
  DEV_JWT_SECRET,
  databaseName,
  loadConfig,
  namespaceForDatabase,
  productionProblems,
} from './config';
export type { Config } from './config';
export { localJwtSecret } from './local-secret';
export {
  FILE_VARIABLES,
  connectionProblems,
  isLoopback,
  resolveFileVariables,
  temporalConnectionOptions,
  temporalUsesTls,
} from './deployment';
export type { TemporalConnectionConfig, TemporalConnectionOptions } from './deployment';
