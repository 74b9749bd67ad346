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
