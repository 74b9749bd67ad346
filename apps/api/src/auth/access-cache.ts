import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { Client, type Pool } from 'pg';
import type { Database } from '@vinhdanh/db';
import { DB, PG_POOL } from '../core/tokens';
import { loadAccessFacts, principalAt, type AccessFacts } from './access-facts';
import type { Principal } from './principal';

/** The channel the access-generation trigger notifies at the commit of a change to users, roles, units or delegations. */
export const ACCESS_CHANNEL = 'vinhdanh_access';

/** Users whose access facts are kept; beyond it the oldest entry goes (a working day's active users fit). */
const MAX_ENTRIES = 20_000;

/**
 * In-process cache of each user's access facts (user, role grants, delegated grants), so a request
 * does not re-read them. Correctness never rests on a notification arriving: every request reads
 * the access generation in its session round trip (`requestStanding`), and an entry is used only
 * when it was loaded at that same generation; any committed change to users, roles, units or
 * delegations moves the generation first (a trigger in the writing transaction). The NOTIFY on
 * `vinhdanh_access` only drops entries early so memory does not hold what is certainly stale.
 */
@Injectable()
export class AccessCache implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('AccessCache');
  private readonly entries = new Map<string, { generation: string; facts: AccessFacts | undefined }>();
  private listener: Client | null = null;

  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(PG_POOL) private readonly pool: Pool,
  ) {}

  async onModuleInit(): Promise<void> {
    const client = new Client(this.pool.options);
    client.on('notification', () => this.entries.clear());
    client.on('error', (err) => {
      // Without the wake-up, entries are still checked against the generation on every request.
      this.logger.warn(`access notifications lost: ${err.message}`);
      this.entries.clear();
      if (this.listener === client) this.listener = null;
    });
    try {
      await client.connect();
      await client.query(`listen ${ACCESS_CHANNEL}`);
      this.listener = client;
    } catch (err) {
      this.logger.warn(`access notifications not subscribed: ${(err as Error).message}`);
      await client.end().catch(() => undefined);
    }
  }

  async onModuleDestroy(): Promise<void> {
    const client = this.listener;
    this.listener = null;
    await client?.end().catch(() => undefined);
  }

  /** The principal of `userId` at `at`, from facts loaded at `generation`; undefined when missing or disabled. */
  async principal(userId: string, generation: string, at: Date): Promise<Principal | undefined> {
    const facts = await this.facts(userId, generation);
    return facts && principalAt(facts, at);
  }

  private async facts(userId: string, generation: string): Promise<AccessFacts | undefined> {
    const hit = this.entries.get(userId);
    if (hit?.generation === generation) return hit.facts;
    // Loaded after the generation was read, so the facts are at least as new as `generation`.
    const facts = await loadAccessFacts(this.db, userId);
    this.entries.delete(userId);
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(userId, { generation, facts });
    return facts;
  }
}
