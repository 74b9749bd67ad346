/*
 * The demo's 2025 round in Huyện Hòa An, before the reorganisation of 01/07/2025 dissolved the
 * district federation and moved its grassroots unions under Công đoàn xã Hòa An: finished
 * nominations, decided by the domain's pure decider and stored as the events a workflow would have
 * written (the demo's clock cannot go back to 2025, so these are history, not live workflows). The
 * report screens then show the district's 2025 summary as it stood and the commune union's after.
 */
import { randomUUID } from 'node:crypto';
import { toStoredEvent } from '@vinhdanh/activities';
import { nominationStreamId, nominationWorkflowId } from '@vinhdanh/contracts';
import { createDb, createPool } from '@vinhdanh/db';
import {
  decide,
  demoUnitIds as u,
  evolve,
  initialState,
  sampleDossier,
  sampleSubmitNomination,
  type Dossier,
  type NominationCommand,
  type NominationState,
  type RouteStep,
} from '@vinhdanh/domain';
import { EventStore } from '@vinhdanh/event-store';
import { demoHistoryCampaign2025, upsertCampaigns } from '@vinhdanh/seed';

const actor = (unitId: string) => ({ userId: `demo-${unitId}`, name: 'Cán bộ công đoàn (dữ liệu năm 2025)', unitId });

interface HistoryNomination {
  unitId: string;
  nominee: Dossier['nominee'];
  submittedOn: string;
  outcome: 'granted' | 'rejected';
}

const person = (fullName: string, gender: 'male' | 'female', isDirectWorker: boolean, isLeader = false) => {
  const n = sampleDossier().nominee;
  if (n.kind !== 'person') throw new Error('the sample dossier nominates a person');
  return { ...n, fullName, gender, isDirectWorker, isLeader };
};

const HISTORY: HistoryNomination[] = [
  {
    unitId: u.cdcsTieuHocHongViet,
    nominee: person('Lương Thị Tuyết', 'female', true),
    submittedOn: '2025-03-03',
    outcome: 'granted',
  },
  {
    unitId: u.cdcsTieuHocHongViet,
    nominee: person('Hoàng Văn Khải', 'male', false, true),
    submittedOn: '2025-03-04',
    outcome: 'granted',
  },
  {
    unitId: u.cdcsMamNonNuocHai,
    nominee: person('Nông Thị Hạnh', 'female', true),
    submittedOn: '2025-03-05',
    outcome: 'granted',
  },
  {
    unitId: u.cdcsMamNonNuocHai,
    nominee: { kind: 'collective', name: 'Tổ Nuôi dạy trẻ 24–36 tháng', memberCount: 9, womenShare: 1 },
    submittedOn: '2025-03-06',
    outcome: 'granted',
  },
  {
    unitId: u.cdcsThcsNamTuan,
    nominee: person('Đàm Văn Lực', 'male', true),
    submittedOn: '2025-03-10',
    outcome: 'rejected',
  },
  {
    unitId: u.cdcsThcsNamTuan,
    nominee: person('Bế Thị Lan', 'female', false),
    submittedOn: '2025-03-11',
    outcome: 'granted',
  },
];

const at = (day: string, plusDays: number) =>
  new Date(Date.parse(`${day}T02:00:00Z`) + plusDays * 86_400_000).toISOString();

function commandsOf(id: string, h: HistoryNomination, index: number): NominationCommand[] {
  const route: RouteStep[] = [
    { level: 1, unitId: h.unitId },
    { level: 2, unitId: u.ldldHoaAn },
  ];
  const dossier = { ...sampleDossier(), nominee: h.nominee };
  const last: NominationCommand =
    h.outcome === 'granted'
      ? {
          type: 'DecideNomination',
          nominationId: id,
          actor: actor(u.ldldHoaAn),
          now: at(h.submittedOn, 16),
          decision: 'approve',
          level: 2,
          unitId: u.ldldHoaAn,
          decisionNumber: `${40 + index}/QĐ-LĐLĐ`,
        }
      : {
          type: 'DecideNomination',
          nominationId: id,
          actor: actor(u.ldldHoaAn),
          now: at(h.submittedOn, 14),
          decision: 'reject',
          level: 2,
          unitId: u.ldldHoaAn,
          reason: 'Thành tích chưa đủ tiêu chuẩn Giấy khen của Liên đoàn Lao động huyện.',
        };
  return [
    sampleSubmitNomination({
      nominationId: id,
      nominatingUnitId: h.unitId,
      actor: actor(h.unitId),
      awardCode: 'GK',
      // The 2025 round, under the version it pinned when it opened (one sign-off per level).
      campaignId: demoHistoryCampaign2025.id,
      ruleSetVersion: demoHistoryCampaign2025.ruleSetVersion,
      route,
      now: at(h.submittedOn, 0),
      dossier,
    }),
    {
      type: 'DecideNomination',
      nominationId: id,
      actor: actor(h.unitId),
      now: at(h.submittedOn, 2),
      decision: 'approve',
      level: 1,
      unitId: h.unitId,
    },
    last,
  ];
}

/** Writes the 2025 history (call once, on an empty system); returns how many nominations it wrote. */
export async function seedDemoReportHistory(databaseUrl: string, log: (line: string) => void): Promise<number> {
  const pool = createPool({ connectionString: databaseUrl, max: 2, applicationName: 'vinhdanh-start-history' });
  const store = new EventStore(pool);
  try {
    // The round's own campaign first, so the read models find the 2025 campaign the history names.
    await upsertCampaigns(createDb(pool), [demoHistoryCampaign2025]);
    let written = 0;
    for (const [i, h] of HISTORY.entries()) {
      const id = randomUUID();
      let state: NominationState = initialState();
      let version = 0;
      for (const command of commandsOf(id, h, i)) {
        const events = decide(command, state);
        await store.append(
          nominationStreamId(id),
          version,
          events.map((e) => toStoredEvent(randomUUID(), e, undefined, { workflowId: nominationWorkflowId(id) })),
        );
        for (const e of events) state = evolve(state, e);
        version += events.length;
      }
      written++;
    }
    log(`wrote the 2025 history of Huyện Hòa An (${written} finished nominations) for the report screens`);
    return written;
  } finally {
    // The projectors are woken by the store's notification: send it before the pool goes.
    await store.close();
    await pool.end();
  }
}
