import { setTimeout as sleep } from 'node:timers/promises';
import { Connection } from '@temporalio/client';

/** What {@link waitForFrontend} waits for. */
export interface WaitForFrontendOptions {
  address: string;
  namespace: string;
  /** Custom search attributes that must be registered before the server counts as ready. */
  searchAttributeNames: readonly string[];
  timeoutMs: number;
  /** Resolves (with a reason) if the server process dies; stops the wait at once. */
  exited?: Promise<string>;
}

/**
 * Polls the frontend until it answers for the namespace and lists every wanted search attribute.
 * A bounded deadline instead of a fixed sleep: the dev server takes 1–3 s on an idle machine and
 * much longer on a loaded 2-core one.
 */
export async function waitForFrontend(options: WaitForFrontendOptions): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  let died: string | undefined;
  void options.exited?.then((reason) => (died = reason));
  let lastError = 'not tried';
  while (Date.now() < deadline) {
    if (died) throw new Error(`server process ${died}`);
    const missing = await probe(options).catch((err: Error) => {
      lastError = err.message;
      return undefined;
    });
    if (missing && missing.length === 0) return;
    if (missing) lastError = `search attributes not registered yet: ${missing.join(', ')}`;
    await sleep(150);
  }
  throw new Error(`timed out after ${options.timeoutMs} ms (last error: ${lastError})`);
}

// Resolves to the wanted search attributes that are still missing; rejects while unreachable.
async function probe(options: WaitForFrontendOptions): Promise<string[]> {
  const connection = await Connection.connect({ address: options.address, connectTimeout: 1000 });
  try {
    await connection.workflowService.describeNamespace({ namespace: options.namespace });
    const { customAttributes } = await connection.operatorService.listSearchAttributes({
      namespace: options.namespace,
    });
    const registered = new Set(Object.keys(customAttributes ?? {}));
    return options.searchAttributeNames.filter((name) => !registered.has(name));
  } finally {
    await connection.close();
  }
}
