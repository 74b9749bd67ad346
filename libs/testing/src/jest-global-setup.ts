// Placeholder until the Temporal test server set-up lands.
export default async function globalSetup(): Promise<void> {}
