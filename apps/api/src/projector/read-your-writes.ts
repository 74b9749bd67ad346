import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { nominationVersion, type Database } from '@vinhdanh/db';
import { waitUntil, type Projector } from '@vinhdanh/projections';
import { DB } from '../core/tokens';
import { PROJECTOR } from './projector.tokens';

/** Default bound of a read-your-writes wait: long enough for a busy projector, short enough for a click. */
export const DEFAULT_READ_MODEL_WAIT_MS = 10_000;

/**
 * Read-your-writes for commands: after Temporal has written a nomination's events, waits (bounded)
 * until the read model has folded them, so the answer shows what the caller just did.
 */
@Injectable()
export class ReadYourWrites {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(PROJECTOR) private readonly projector: Projector,
  ) {}

  /**
   * Resolves true once the `nominations` read model shows `id` at `version` or later, false when
   * `timeoutMs` passes first. Re-reads when the projector announces a batch of `nominations` (in
   * this process or, by NOTIFY, in another), with a slow poll as the fallback.
   */
  async waitForNominationVersion(
    id: string,
    version: number,
    timeoutMs = DEFAULT_READ_MODEL_WAIT_MS,
  ): Promise<boolean> {
    const reached = async () => {
      const seen = await nominationVersion(this.db, id);
      return seen !== null && seen >= version;
    };
    return waitUntil(
      reached,
      (wake) => this.projector.onApplied((name) => name === 'nominations' && wake()),
      timeoutMs,
    );
  }
}
