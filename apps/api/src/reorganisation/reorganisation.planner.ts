import { sql, type Kysely } from 'kysely';
import type { Database } from '@vinhdanh/db';
import { isFinalStatus, waitsOnUnit, type NominationState } from '@vinhdanh/domain';
import type { MoveRow, ReorganisationRow } from './reorganisation.repository';

type PlannedMove = Pick<MoveRow, 'nominationId' | 'fromUnitId' | 'toUnitId' | 'status' | 'errorCode' | 'errorMessage'>;

/**
 * The moves a reorganisation needs: every nomination in progress whose route passes through the
 * reorganised unit and still has a pending step at a replaced unit. Read from the nominations read
 * model; a nomination that reaches the unit later is caught by a retry (which plans again), and
 * the workflow's own check (`waitsOnUnit` in the decider) makes a stale plan harmless.
 */
export async function planMoves(db: Kysely<Database>, reorg: ReorganisationRow): Promise<PlannedMove[]> {
  const { rows } = await sql<{ id: string; state: NominationState }>`select id, state from nominations
    where route @> ${JSON.stringify([{ unitId: reorg.unitId }])}::jsonb order by id`.execute(db);
  const moves: PlannedMove[] = [];
  for (const { id, state } of rows) {
    if (state.status === 'DRAFT' || isFinalStatus(state.status)) continue;
    for (const r of reorg.replacements) {
      if (!waitsOnUnit(state, r.fromUnitId)) continue;
      const unmatched = r.toUnitId === null;
      moves.push({
        nominationId: id,
        fromUnitId: r.fromUnitId,
        toUnitId: r.toUnitId,
        status: unmatched ? 'failed' : 'pending',
        errorCode: unmatched ? 'REORGANISATION.NO_SUCCESSOR_AT_LEVEL' : null,
        errorMessage: unmatched
          ? `Tuyến mới không có đơn vị cùng cấp thay cho "${r.fromUnitId}"; cần xử lý thủ công. / The new chain has no unit at the level of "${r.fromUnitId}"; handle it by hand.`
          : null,
      });
    }
  }
  return moves;
}
