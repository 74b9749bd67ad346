import { Injectable } from '@nestjs/common';
import type { Principal } from '../auth/principal';
import { CommandsService } from '../nominations/commands.service';
import { deterministicUuid } from '../nominations/idempotency';
import { itemKey, mapBounded, parseItem, runItem, summaryOf, type BulkItemOutcome } from './bulk-outcomes';
import { BulkDecisionItem, type BulkDecisionsRequest, type BulkResponse } from './bulk.schemas';

/** Items decided at once: enough to keep the workflows busy, few enough not to starve single clicks. */
export const BULK_CONCURRENCY = 8;

/**
 * Bulk decisions (duyệt hàng loạt): each item goes through the single-decision path (role check,
 * Update `decideUpdate`, the domain's refusals), so a bulk approval can do nothing a click could not.
 */
@Injectable()
export class BulkDecisionsService {
  constructor(private readonly commands: CommandsService) {}

  /**
   * Decides every item with bounded concurrency. The batch id is derived from (user, key), so a
   * retried request has the same id; each item's Update id from (key, nomination, task), so a retry
   * decides nothing twice and answers each item as the first attempt did. Items do not wait for the
   * read model (`readModelCaughtUp` says whether it already showed the change).
   */
  async decide(user: Principal, key: string, body: BulkDecisionsRequest): Promise<BulkResponse> {
    const batchId = deterministicUuid('bulk-decisions', user.id, key);
    const context = { correlationId: batchId };
    const items = await mapBounded(body.items, BULK_CONCURRENCY, (raw, index): Promise<BulkItemOutcome> => {
      const parsed = parseItem(BulkDecisionItem, raw, index);
      const rawId = (raw as { nominationId?: unknown } | null)?.nominationId;
      if (!parsed.ok) {
        const id = typeof rawId === 'string' ? rawId : null;
        return runItem(index, id, `/api/inbox/bulk-decisions#${index}`, () => Promise.reject(parsed.error));
      }
      const { nominationId, taskSeq, ...decision } = parsed.item;
      return runItem(index, nominationId, `/api/nominations/${nominationId}/decisions`, () =>
        this.commands.decide(
          user,
          nominationId,
          itemKey(key, nominationId, taskSeq),
          { ...decision, taskSeq },
          0,
          context,
        ),
      );
    });
    return { batchId, summary: summaryOf(items), items };
  }
}
