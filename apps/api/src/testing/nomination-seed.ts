import { randomUUID } from 'node:crypto';
import { toStoredEvent } from '@vinhdanh/activities';
import { nominationStreamId, nominationWorkflowId } from '@vinhdanh/contracts';
import {
  decide,
  demoUnitIds as u,
  evolve,
  initialState,
  type NominationCommand,
  type NominationState,
} from '@vinhdanh/domain';
import type { EventStore } from '@vinhdanh/event-store';

/** The four-level demo route CĐCS BVĐK Đan Phượng → LĐLĐ Đan Phượng → LĐLĐ Hà Nội → Tổng LĐLĐ. */
export const ROUTE = [
  { level: 1 as const, unitId: u.cdcsBvdkDanPhuong },
  { level: 2 as const, unitId: u.ldldDanPhuong },
  { level: 3 as const, unitId: u.ldldHaNoi },
  { level: 4 as const, unitId: u.tongLdld },
];

/** An actor acting for a unit. */
export const at = (unitId: string) => ({ userId: `u-${unitId}`, name: `Cán bộ ${unitId}`, unitId });

/** Writes a nomination's events as the workflow would: decided from the folded state, appended in order. */
export async function seedNomination(
  store: EventStore,
  commands: (id: string) => NominationCommand[],
): Promise<string> {
  const id = randomUUID();
  let state: NominationState = initialState();
  let version = 0;
  for (const command of commands(id)) {
    const events = decide(command, state);
    await store.append(
      nominationStreamId(id),
      version,
      events.map((e) => toStoredEvent(randomUUID(), e, undefined, { workflowId: nominationWorkflowId(id) })),
    );
    for (const e of events) state = evolve(state, e);
    version += events.length;
  }
  return id;
}
