export { ConfigSchema, ConfigError, loadConfig } from './config';
export type { Config } from './config';
