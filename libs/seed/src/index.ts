export { seedDemo, upsertCampaigns } from './seed-demo';
export type { SeedDemoOptions, SeedSummary } from './seed-demo';
export { DEMO_PASSWORD, demoUsers, demoLogins, demoPersonKey } from './demo-users';
export type { DemoUser, DemoLogin } from './demo-users';
export { demoCampaigns, demoCampaignIds, demoHistoryCampaign2025, signOffSpecCampaigns } from './demo-campaigns';
export type { DemoCampaign } from './demo-campaigns';
