// Placeholder until the Temporal test server set-up lands.
export default async function globalTeardown(): Promise<void> {}
