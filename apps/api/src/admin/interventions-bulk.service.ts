import { createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import type { Config } from '@vinhdanh/config';
import type { Database } from '@vinhdanh/db';
import type { Principal } from '../auth/principal';
import { itemKey, mapBounded, runItem, type BulkItemOutcome } from '../bulk/bulk-outcomes';
import { BULK_MAX_ITEMS } from '../bulk/bulk.schemas';
import { CLOCK, CONFIG, DB, type Clock } from '../core/tokens';
import { ApiError } from '../errors/api-error';
import { renderProblem } from '../errors/problem';
import { deterministicUuid } from '../nominations/idempotency';
import type {
  BulkAction,
  BulkDryRunResponse,
  BulkInterventionsRequest,
  BulkRunResponse,
  BulkSkippedOutcome,
} from './interventions.schemas';
import { InterventionsService } from './interventions.service';
import { selectStuckRows } from './stuck.query';
import type { StuckFilter } from './stuck.schemas';
import { scopeSql } from './stuck.scope';

const MINUTE_MS = 60_000;
/** A dry run's selection may be run for this many minutes of the API's clock. */
export const SELECTION_TTL_MINUTES = 15;
const CONCURRENCY = 8;

/** The selection token is missing its pieces, forged, for another filter or ids, or too old (400). */
export class SelectionTokenError extends ApiError {
  constructor(why: 'invalid' | 'expired') {
    super(
      why === 'expired' ? 'REQUEST.SELECTION_TOKEN_EXPIRED' : 'REQUEST.SELECTION_TOKEN_INVALID',
      why === 'expired'
        ? `Kết quả chạy thử đã quá ${SELECTION_TTL_MINUTES} phút; hãy chạy thử lại.`
        : 'Mã lựa chọn không khớp với bộ lọc và danh sách hồ sơ của lần chạy thử.',
      why === 'expired'
        ? `The dry run is older than ${SELECTION_TTL_MINUTES} minutes; run it again.`
        : 'The selection token does not match the dry run’s filter and nominations.',
      {},
      [
        {
          field: 'selectionToken',
          in: 'body',
          rule: why,
          message: why === 'expired' ? 'đã hết hạn' : 'không hợp lệ',
          message_en: why === 'expired' ? 'expired' : 'does not match the filter and nominationIds',
        },
      ],
    );
  }
}

/** Keys sorted, so the same filter always signs the same bytes. */
const canonical = (filter: StuckFilter) =>
  JSON.stringify(Object.fromEntries(Object.entries(filter).sort(([a], [b]) => (a < b ? -1 : 1))));

/**
 * Bulk interventions with a dry run: the dry run selects by the desk's filter and signs the
 * selection (operator, action, filter, sorted ids, the API clock's minute); the run acts only on
 * those ids, so a reload of the filter can never widen it, and skips those that no longer match.
 */
@Injectable()
export class BulkInterventionsService {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CONFIG) private readonly config: Config,
    private readonly interventions: InterventionsService,
  ) {}

  async run(
    user: Principal,
    key: string,
    body: BulkInterventionsRequest,
  ): Promise<BulkDryRunResponse | BulkRunResponse> {
    const now = this.clock();
    const scope = await this.interventions.scopeOf(user);
    const where = scopeSql(scope, body.filter.unitId);
    if (body.dryRun) {
      const rows = await selectStuckRows(this.db, now, body.filter, { scope: where, limit: BULK_MAX_ITEMS + 1 });
      const selected = rows.slice(0, BULK_MAX_ITEMS);
      const ids = selected.map((r) => r.nomination_id);
      const minute = Math.floor(now.getTime() / MINUTE_MS);
      return {
        dryRun: true,
        action: body.action,
        count: ids.length,
        nominationIds: ids,
        items: selected.map((r) => ({
          nominationId: r.nomination_id,
          nomineeName: r.nominee_name,
          awardCode: r.award_code,
          unitName: r.unit_name,
          level: r.level,
        })),
        truncated: rows.length > BULK_MAX_ITEMS,
        selectionToken: `${minute}.${this.sign(user, body.action, body.filter, ids, minute)}`,
        expiresAt: new Date((minute + SELECTION_TTL_MINUTES + 1) * MINUTE_MS).toISOString(),
      };
    }
    const ids = body.nominationIds ?? [];
    this.verify(user, body, ids, now);
    // Re-checked now: an id of the dry run that no longer matches the filter (or scope) is skipped.
    const still = await selectStuckRows(this.db, now, body.filter, { scope: where, ids, limit: ids.length || 1 });
    const taskOf = new Map(still.map((r) => [r.nomination_id, r.task_seq]));
    const batchId = deterministicUuid('bulk-interventions', user.id, key);
    const run = { scope, context: { correlationId: batchId } };
    const items = await mapBounded(ids, CONCURRENCY, (id, index): Promise<BulkItemOutcome | BulkSkippedOutcome> => {
      const taskSeq = taskOf.get(id);
      if (taskSeq === undefined) return Promise.resolve(skipped(index, id));
      const itemIdem = itemKey(key, id, body.action);
      return runItem(index, id, `/api/admin/interventions/bulk#${index}`, () =>
        this.apply(body.action, user, id, itemIdem, { reason: body.reason, taskSeq }, run),
      );
    });
    const skippedCount = items.filter((i) => 'skipped' in i).length;
    const succeeded = items.filter((i) => i.ok).length;
    return {
      dryRun: false,
      action: body.action,
      batchId,
      summary: {
        total: items.length,
        succeeded,
        failed: items.length - succeeded - skippedCount,
        skipped: skippedCount,
      },
      items,
    };
  }

  private apply(
    action: BulkAction,
    user: Principal,
    id: string,
    key: string,
    body: { reason: string; taskSeq: number },
    run: Parameters<InterventionsService['remind']>[4],
  ) {
    switch (action) {
      case 'remind':
        return this.interventions.remind(user, id, key, body, run);
      case 'force_return':
        return this.interventions.forceReturn(user, id, key, body, run);
      case 'cancel':
        return this.interventions.cancel(user, id, key, { reason: body.reason }, run);
    }
  }

  private sign(user: Principal, action: BulkAction, filter: StuckFilter, ids: readonly string[], minute: number) {
    const payload = [user.id, action, canonical(filter), [...ids].sort().join(','), String(minute)].join('\n');
    return createHmac('sha256', `bulk-selection:${this.config.JWT_SECRET}`).update(payload).digest('base64url');
  }

  private verify(user: Principal, body: BulkInterventionsRequest, ids: readonly string[], now: Date): void {
    const [minuteText, mac] = (body.selectionToken ?? '').split('.');
    const minute = Number(minuteText);
    if (!mac || !Number.isSafeInteger(minute)) throw new SelectionTokenError('invalid');
    const expected = Buffer.from(this.sign(user, body.action, body.filter, ids, minute));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
      throw new SelectionTokenError('invalid');
    }
    const age = Math.floor(now.getTime() / MINUTE_MS) - minute;
    if (age < 0 || age > SELECTION_TTL_MINUTES) throw new SelectionTokenError('expired');
  }
}

function skipped(index: number, nominationId: string): BulkSkippedOutcome {
  const problem = renderProblem({
    status: 409,
    code: 'INTERVENTION.NO_LONGER_MATCHES',
    detailVi: 'Hồ sơ không còn khớp bộ lọc (đã được xử lý hoặc đã thay đổi) kể từ lần chạy thử; bỏ qua.',
    detailEn: 'The nomination no longer matches the filter (acted on or changed since the dry run); skipped.',
  });
  return { index, nominationId, ok: false, skipped: true, problem };
}
