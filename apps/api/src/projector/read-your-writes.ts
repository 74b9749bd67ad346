import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { nominationVersion, type Database } from '@vinhdanh/db';
import { DB } from '../core/tokens';

/** Default bound of a read-your-writes wait: long enough for a busy projector, short enough for a click. */
export const DEFAULT_READ_MODEL_WAIT_MS = 10_000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Read-your-writes for commands: after Temporal has written a nomination's events, waits (bounded)
 * until the read model has folded them, so the answer shows what the caller just did.
 */
@Injectable()
export class ReadYourWrites {
  constructor(@Inject(DB) private readonly db: Kysely<Database>) {}

  /**
   * Resolves true once the `nominations` read model shows `id` at `version` or later, false when
   * `timeoutMs` passes first. Polls with a short backoff (5 → 50 ms); the projector is woken by
   * NOTIFY, so the usual wait is one batch.
   */
  async waitForNominationVersion(
    id: string,
    version: number,
    timeoutMs = DEFAULT_READ_MODEL_WAIT_MS,
  ): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    for (let delay = 5; ; delay = Math.min(delay * 2, 50)) {
      const seen = await nominationVersion(this.db, id);
      if (seen !== null && seen >= version) return true;
      const left = deadline - Date.now();
      if (left <= 0) return false;
      await sleep(Math.min(delay, left));
    }
  }
}
