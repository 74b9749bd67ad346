import { sql, type Kysely } from 'kysely';
import type { EventStore } from '@vinhdanh/event-store';
import { awardDecisionStreamId } from '@vinhdanh/contracts';
import { decideAwardDecision, initialAwardDecisionState, type IssueAwardDecision } from '@vinhdanh/domain';
import { toStoredDecisionEvent } from './award-decision-stream';

/**
 * An issued decision with `count` annex lines written straight to the store (its register row
 * too), for the print-run test and the documents benchmark: they measure printing, not climbing.
 */
export async function seedIssuedDecision(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any database type with the migrated tables
  db: Kysely<any>,
  store: EventStore,
  options: { decisionId: string; count: number; userId: string; sequence?: number },
): Promise<IssueAwardDecision> {
  const family = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ'];
  const given = ['Thị Thu Hằng', 'Văn Toàn', 'Thị Thanh Hà', 'Đức Long', 'Thị Hồng', 'Quốc Bảo'];
  const command: IssueAwardDecision = {
    type: 'IssueAwardDecision',
    decisionId: options.decisionId,
    actor: { userId: options.userId, name: 'Trần Văn Thành', unitId: 'tld' },
    now: '2026-12-20T03:00:00.000Z',
    issuingUnitId: 'tld',
    issuingUnitName: 'Tổng Liên đoàn Lao động Việt Nam',
    parentBodyName: '',
    place: 'Hà Nội',
    sequence: options.sequence ?? 125,
    symbol: 'QĐ-TLĐ',
    date: '2026-12-20',
    signer: { capacity: 'TM. Đoàn Chủ tịch', title: 'Chủ tịch', name: 'Trần Văn Thành' },
    authority: 'Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam',
    subject: 'Về việc tặng Bằng khen năm 2026',
    legalBases: ['Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15;'],
    proposal: 'Xét đề nghị của Hội đồng Thi đua – Khen thưởng Tổng Liên đoàn,',
    awardName: 'Bằng khen của Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam',
    reason: 'đã có thành tích xuất sắc trong phong trào thi đua năm 2026.',
    annex: Array.from({ length: options.count }, (_, i) => ({
      nominationId: `${options.decisionId}-n${i + 1}`,
      nomineeName: `${family[i % family.length]} ${given[i % given.length]} ${i + 1}`,
      nomineeKind: 'person' as const,
      unitName: 'Công đoàn cơ sở Bệnh viện Đa khoa huyện Đan Phượng',
      awardCode: 'BK_TLD' as const,
      awardName: 'Bằng khen',
      amount: 1_490_000,
      readiness: null,
    })),
  };
  const events = decideAwardDecision(command, initialAwardDecisionState);
  await sql`insert into award_decisions (id, issuing_unit_id, year, sequence, number, decision_date, covered, created_by, created_at, create_key)
    values (${options.decisionId}, 'tld', 2026, ${command.sequence}, ${`${command.sequence}/QĐ-TLĐ`}, '2026-12-20',
            ${options.count}, ${options.userId}, now(), ${options.decisionId})`.execute(db);
  await store.append(
    awardDecisionStreamId(options.decisionId),
    'no_stream',
    events.map((e) => toStoredDecisionEvent(e)),
  );
  return command;
}
