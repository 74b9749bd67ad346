import { sql, type Transaction } from 'kysely';
import type { Database } from '@vinhdanh/db';
import { normaliseSearchText } from '@vinhdanh/db';
import {
  evolve,
  initialState,
  type NominationState,
  type OpenTask,
  type SubmittedNominationState,
} from '@vinhdanh/domain';
import type { RecordedEvent } from '@vinhdanh/event-store';
import type { Projection } from '../projection';
import { isNominationEvent, nominationIdOfStream, toDomainEvent } from './nomination-events';

/** A nomination folded up to `version`, as stored in (or about to be written to) the read model. */
interface Folded {
  id: string;
  version: number;
  state: NominationState;
  updatedAt: string;
}

/** Key of an open task's counter: who holds it, what kind, in which status. */
const counterKey = (state: NominationState): string | null =>
  state.status !== 'DRAFT' && state.openTask
    ? JSON.stringify([state.openTask.unitId, state.openTask.kind, state.status])
    : null;

const nomineeOf = (s: SubmittedNominationState) => {
  const n = s.dossier.nominee;
  const name = n.kind === 'person' ? n.fullName : n.name;
  return { kind: n.kind, name, search: normaliseSearchText(name) };
};

/** The public disclosure as lists show it; the objections themselves stay in `state`. */
function disclosureColumns(s: SubmittedNominationState) {
  const d = s.disclosure;
  if (!d) return { disclosure_ends_at: null, disclosure_state: null };
  const unanswered = d.objections.some((o) => !o.answer);
  const state = !d.posted ? 'pending' : !d.endedAt ? 'open' : unanswered ? 'objections_unanswered' : 'ended';
  return { disclosure_ends_at: d.posted?.endsAt ?? null, disclosure_state: state };
}

function nominationRow(f: Folded & { state: SubmittedNominationState }) {
  const s = f.state;
  const t = s.openTask;
  const nominee = nomineeOf(s);
  return {
    id: f.id,
    version: f.version,
    status: s.status,
    award_code: s.awardCode,
    campaign_id: s.campaignId,
    nominating_unit_id: s.nominatingUnitId,
    nominee_kind: nominee.kind,
    nominee_name: nominee.name,
    nominee_search: nominee.search,
    current_level: t?.level ?? null,
    current_unit_id: t?.unitId ?? null,
    current_task_kind: t?.kind ?? null,
    current_task_seq: t?.taskSeq ?? null,
    task_opened_at: t?.openedAt ?? null,
    route: s.route,
    state: s,
    submitted_at: s.submittedAt,
    updated_at: f.updatedAt,
    final_at: s.outcome?.at ?? null,
    decision_number: s.outcome?.decisionNumber ?? null,
    rule_set_version: s.ruleSetVersion,
    ...disclosureColumns(s),
  };
}

function inboxRow(f: Folded & { state: SubmittedNominationState }, t: OpenTask) {
  const s = f.state;
  const nominee = nomineeOf(s);
  return {
    nomination_id: f.id,
    unit_id: t.unitId,
    level: t.level,
    kind: t.kind,
    task_seq: t.taskSeq,
    opened_at: t.openedAt,
    // Set by NominationTaskDueSet, moved by an extension; the inbox flags overdue from it.
    due_at: t.dueAt ?? null,
    award_code: s.awardCode,
    campaign_id: s.campaignId,
    nominee_name: nominee.name,
    nominee_search: nominee.search,
    status: s.status,
    // Who holds the task: the inbox shows it and filters on it.
    holder_user_id: t.holder?.userId ?? null,
    holder_name: t.holder?.name ?? null,
    claimed_at: t.holder?.since ?? null,
    // A dossier sent after this level's cut-off: the receiving inbox names the sender ("nộp muộn").
    late_cut_off_at: t.arrivedAfterCutOff ?? null,
    late_sender_unit_id: t.arrivedAfterCutOff ? (t.lateSender?.unitId ?? null) : null,
    late_sender_name: t.arrivedAfterCutOff ? (t.lateSender?.name ?? null) : null,
  };
}

async function loadFolded(trx: Transaction<Database>, ids: string[]): Promise<Map<string, Folded>> {
  const { rows } = await sql<{ id: string; version: number; state: NominationState; updated_at: Date }>`
    select id, version, state, updated_at from nominations where id = any(${ids}::text[])`.execute(trx);
  return new Map(
    rows.map((r) => [r.id, { id: r.id, version: r.version, state: r.state, updatedAt: r.updated_at.toISOString() }]),
  );
}

/**
 * The nominations list, the inbox and the inbox counters, from nomination events. Per batch: one
 * query loads the stored state and version of every nomination in it, the domain's `evolve` folds
 * the new events (those at or below the stored version are redeliveries and skipped), and a few
 * multi-row statements write the three tables, so they never disagree.
 */
export const nominationsProjection: Projection = {
  name: 'nominations',
  async apply(trx, events) {
    const byNomination = new Map<string, RecordedEvent[]>();
    for (const e of events) {
      if (!isNominationEvent(e)) continue;
      const id = nominationIdOfStream(e.streamId);
      const stream = byNomination.get(id);
      if (stream) stream.push(e);
      else byNomination.set(id, [e]);
    }
    if (byNomination.size === 0) return;
    const stored = await loadFolded(trx, [...byNomination.keys()]);

    const changed: (Folded & { state: SubmittedNominationState })[] = [];
    const counterDeltas = new Map<string, number>();
    const count = (key: string | null, delta: number) => {
      if (key) counterDeltas.set(key, (counterDeltas.get(key) ?? 0) + delta);
    };
    for (const [id, recorded] of byNomination) {
      const before = stored.get(id) ?? { id, version: 0, state: initialState(), updatedAt: '' };
      const after = { ...before };
      for (const e of recorded) {
        if (e.streamVersion <= after.version) continue;
        const event = toDomainEvent(e);
        after.state = evolve(after.state, event);
        after.version = e.streamVersion;
        after.updatedAt = event.metadata.now;
      }
      if (after.version === before.version) continue;
      const state = after.state;
      // evolve throws on any event before NominationSubmitted, so a folded state is never a draft.
      if (state.status === 'DRAFT') throw new Error(`nomination ${id} folded to a draft`);
      changed.push({ ...after, state });
      count(counterKey(before.state), -1);
      count(counterKey(state), +1);
    }
    if (changed.length === 0) return;

    await sql`
      insert into nominations as n
      select * from jsonb_populate_recordset(null::nominations, ${JSON.stringify(changed.map(nominationRow))}::jsonb)
      on conflict (id) do update set
        version = excluded.version, status = excluded.status, award_code = excluded.award_code,
        campaign_id = excluded.campaign_id, nominating_unit_id = excluded.nominating_unit_id,
        nominee_kind = excluded.nominee_kind, nominee_name = excluded.nominee_name, nominee_search = excluded.nominee_search,
        current_level = excluded.current_level, current_unit_id = excluded.current_unit_id,
        current_task_kind = excluded.current_task_kind, current_task_seq = excluded.current_task_seq,
        task_opened_at = excluded.task_opened_at, route = excluded.route, state = excluded.state,
        submitted_at = excluded.submitted_at, updated_at = excluded.updated_at, final_at = excluded.final_at,
        decision_number = excluded.decision_number, rule_set_version = excluded.rule_set_version,
        disclosure_ends_at = excluded.disclosure_ends_at, disclosure_state = excluded.disclosure_state
      where n.version < excluded.version`.execute(trx);

    await sql`delete from inbox_tasks where nomination_id = any(${changed.map((f) => f.id)}::text[])`.execute(trx);
    const open = changed.flatMap((f) => (f.state.openTask ? [inboxRow(f, f.state.openTask)] : []));
    if (open.length > 0) {
      await sql`
        insert into inbox_tasks
        select * from jsonb_populate_recordset(null::inbox_tasks, ${JSON.stringify(open)}::jsonb)`.execute(trx);
    }

    const deltas = [...counterDeltas]
      .filter(([, d]) => d !== 0)
      .map(([key, d]) => [...(JSON.parse(key) as string[]), d]);
    if (deltas.length > 0) {
      // Update existing counters, insert the missing ones. (An upsert would check the table's
      // `open_tasks >= 0` on the proposed row, a negative delta.) A negative total violates that
      // check: the counters and the inbox disagree, so the batch stops.
      await sql`
        with d as (
          select e->>0 as unit_id, e->>1 as kind, e->>2 as status, (e->>3)::int as delta
            from jsonb_array_elements(${JSON.stringify(deltas)}::jsonb) as e),
        updated as (
          update inbox_counts c set open_tasks = c.open_tasks + d.delta from d
           where c.unit_id = d.unit_id and c.kind = d.kind and c.status = d.status
          returning c.unit_id, c.kind, c.status)
        insert into inbox_counts (unit_id, kind, status, open_tasks)
        select d.unit_id, d.kind, d.status, d.delta from d
         where not exists (select 1 from updated u where u.unit_id = d.unit_id and u.kind = d.kind and u.status = d.status)`.execute(
        trx,
      );
      // Emptied counters go, so a rebuild (other batch boundaries) leaves exactly the same rows.
      await sql`
        delete from inbox_counts c using jsonb_array_elements(${JSON.stringify(deltas)}::jsonb) as d
         where c.unit_id = d->>0 and c.kind = d->>1 and c.status = d->>2 and c.open_tasks = 0`.execute(trx);
    }
  },
  async reset(trx) {
    await sql`truncate nominations, inbox_tasks, inbox_counts`.execute(trx);
  },
};
