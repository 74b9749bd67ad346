/**
 * Resolves true once `check()` holds, false after `timeoutMs`. Re-checks whenever `subscribe`'s
 * callback fires (a projection moved), and otherwise on a slow fallback poll, so a waiter usually
 * answers within one round trip of the batch that made it true.
 */
export async function waitUntil(
  check: () => Promise<boolean>,
  subscribe: (wake: () => void) => () => void,
  timeoutMs: number,
  fallbackPollMs = 100,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  let signalled = false;
  let wakeNow: (() => void) | null = null;
  const unsubscribe = subscribe(() => {
    signalled = true;
    wakeNow?.();
  });
  try {
    for (;;) {
      signalled = false;
      if (await check()) return true;
      const left = deadline - Date.now();
      if (left <= 0) return false;
      // A signal that arrived during the check means the answer may have changed: re-check at once.
      if (signalled) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(fallbackPollMs, left));
        wakeNow = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wakeNow = null;
    }
  } finally {
    unsubscribe();
  }
}
