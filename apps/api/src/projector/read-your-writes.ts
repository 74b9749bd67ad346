import { Inject, Injectable, Logger } from '@nestjs/common';
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
  private readonly logger = new Logger('ReadYourWrites');

  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(PROJECTOR) private readonly projector: Projector,
  ) {}

  /**
   * Waits (bounded) until `load` shows the nomination at `version` or later and answers that very
   * row, so a command's answer costs no second read. After the timeout it answers the last row read
   * (older), and null when the row cannot be read (nor is known): the command was taken, so its
   * answer must not become an error.
   */
  async detailAtVersion<T extends { version: number }>(
    id: string,
    version: number,
    load: () => Promise<T | undefined>,
    timeoutMs = DEFAULT_READ_MODEL_WAIT_MS,
  ): Promise<{ caughtUp: boolean; detail: T | null }> {
    let detail: T | null = null;
    const reached = async () => {
      detail = (await load()) ?? null;
      return detail !== null && detail.version >= version;
    };
    try {
      const caughtUp = await waitUntil(
        reached,
        (wake) => this.projector.onApplied((name) => name === 'nominations' && wake()),
        timeoutMs,
      );
      return { caughtUp, detail };
    } catch (err) {
      this.logger.warn(`read model of ${id} not read after its command: ${(err as Error).message}`);
      return { caughtUp: false, detail: null };
    }
  }

  /**
   * Resolves true once the `nominations` read model shows `id` at `version` or later, false when
   * `timeoutMs` passes first. Re-reads when the projector announces a batch of `nominations` (in
   * this process or, by NOTIFY, in another), with a slow poll as the fallback. Never throws: it
   * runs after the command was taken, so a read model that cannot be read (database gone right
   * after the append) answers false, and the command still answers 2xx.
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
    try {
      return await waitUntil(
        reached,
        (wake) => this.projector.onApplied((name) => name === 'nominations' && wake()),
        timeoutMs,
      );
    } catch (err) {
      this.logger.warn(`read model of ${id} not read after its command: ${(err as Error).message}`);
      return false;
    }
  }
}
