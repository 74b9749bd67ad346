export { migrateToLatest, MigrationFailedError, DirectoryMigrationProvider, MIGRATION_FILE } from './migrator';
