export { createTestDatabase, testServerUrl } from './database';
export type { TestDatabase } from './database';
