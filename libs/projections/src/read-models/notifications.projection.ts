import { sql, type Transaction } from 'kysely';
import type { Database } from '@vinhdanh/db';
import type { RecordedEvent } from '@vinhdanh/event-store';
import type { Projection } from '../projection';
import { isNominationEvent, nominationIdOfStream, toDomainEvent } from './nomination-events';
import { draftNotification, type NominationContext } from './notifications.messages';

const NOTIFYING_TYPES: ReadonlySet<string> = new Set([
  'NominationReviewOpened',
  'NominationReturned',
  'NominationDossierIncomplete',
  'NominationAutoReturned',
  'NominationReminderSent',
  'NominationDeadlineMissed',
  'NominationMarkedStuck',
  'NominationTaskReminded',
  'NominationForceReturned',
  'NominationRerouted',
]);

/** One (event, unit, role) to fan out to the users holding that role there. */
interface FanOut {
  event_id: string;
  nomination_id: string;
  kind: string;
  title_vi: string;
  title_en: string;
  body_vi: string;
  body_en: string;
  created_at: string;
  unit_id: string;
  role: string;
}

const REVISION_OPENING_TYPES = [
  'NominationReturned',
  'NominationDossierIncomplete',
  'NominationAutoReturned',
  'NominationForceReturned',
];

/**
 * The context of each nomination, read from its stream in the store: `NominationSubmitted` and
 * every return precede the events that mention them, so they are committed (and visible) whenever
 * those are.
 */
async function loadContexts(trx: Transaction<Database>, streamIds: string[]): Promise<Map<string, NominationContext>> {
  const { rows } = await sql<{ stream_id: string; data: Record<string, unknown> }>`
    select stream_id, data from events where type = 'NominationSubmitted' and stream_id = any(${streamIds}::text[])`.execute(
    trx,
  );
  const revisions = await sql<{ stream_id: string; task_seq: number }>`
    select stream_id, (data->>'taskSeq')::int as task_seq from events
     where type = any(${REVISION_OPENING_TYPES}::text[]) and stream_id = any(${streamIds}::text[])`.execute(trx);
  // Reorganisations replace units on the route; the level above must be today's successor.
  const reroutes = await sql<{ stream_id: string; from_unit: string; to_unit: string }>`
    select stream_id, data->'from'->>'unitId' as from_unit, data->'to'->>'unitId' as to_unit from events
     where type = 'NominationRerouted' and stream_id = any(${streamIds}::text[]) order by stream_id, stream_version`.execute(
    trx,
  );
  const contexts = new Map<string, NominationContext>();
  for (const { stream_id, data } of rows) {
    const dossier = data['dossier'] as { nominee: { kind: string; fullName?: string; name?: string } };
    let routeUnitIds = (data['route'] as { unitId: string }[]).map((s) => s.unitId);
    for (const r of reroutes.rows.filter((x) => x.stream_id === stream_id)) {
      routeUnitIds = routeUnitIds.map((u) => (u === r.from_unit ? r.to_unit : u));
    }
    contexts.set(stream_id, {
      nominatingUnitId: String(data['nominatingUnitId']),
      awardCode: String(data['awardCode']),
      nomineeName: dossier.nominee.fullName ?? dossier.nominee.name ?? '',
      routeUnitIds,
      revisionTaskSeqs: new Set(revisions.rows.filter((r) => r.stream_id === stream_id).map((r) => r.task_seq)),
    });
  }
  return contexts;
}

/** Drafts of a batch, flattened to one row per (event, unit, role). */
async function fanOutsOf(trx: Transaction<Database>, events: readonly RecordedEvent[]): Promise<FanOut[]> {
  const relevant = events.filter((e) => NOTIFYING_TYPES.has(e.type) && isNominationEvent(e));
  if (relevant.length === 0) return [];
  const contexts = await loadContexts(trx, [...new Set(relevant.map((e) => e.streamId))]);
  const rows: FanOut[] = [];
  for (const recorded of relevant) {
    const ctx = contexts.get(recorded.streamId);
    if (!ctx) continue; // a stream without its submission is not a nomination we can describe
    const draft = draftNotification(toDomainEvent(recorded), ctx);
    if (!draft) continue;
    for (const target of draft.targets) {
      for (const role of target.roles) {
        rows.push({
          event_id: recorded.eventId,
          nomination_id: nominationIdOfStream(recorded.streamId),
          kind: draft.kind,
          title_vi: draft.titleVi,
          title_en: draft.titleEn,
          body_vi: draft.bodyVi,
          body_en: draft.bodyEn,
          created_at: recorded.occurredAt,
          unit_id: target.unitId,
          role,
        });
      }
    }
  }
  return rows;
}

/**
 * In-app notifications for assignees, administrators and the level above, one row per user and
 * event. Recipients are the users whose role grant is valid when the event is projected (so a
 * rebuild addresses today's office holders). Redelivery and rebuilds never duplicate: the
 * insert skips an existing `(user_id, event_id)`.
 */
export const notificationsProjection: Projection = {
  name: 'notifications',
  async apply(trx, events) {
    const rows = await fanOutsOf(trx, events);
    if (rows.length === 0) return;
    await sql`
      insert into notifications (user_id, nomination_id, kind, title_vi, title_en, body_vi, body_en, event_id, created_at)
      select distinct on (ur.user_id, f.event_id)
             ur.user_id, f.nomination_id, f.kind, f.title_vi, f.title_en, f.body_vi, f.body_en, f.event_id, f.created_at
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as f(
               event_id uuid, nomination_id text, kind text, title_vi text, title_en text, body_vi text, body_en text,
               created_at timestamptz, unit_id text, role text)
        join user_roles ur on ur.unit_id = f.unit_id and ur.role = f.role
                          and ur.valid_from <= now() and (ur.valid_to is null or ur.valid_to > now())
        join users u on u.id = ur.user_id and u.active
       order by ur.user_id, f.event_id
      on conflict (user_id, event_id) do nothing`.execute(trx);
  },
  // Deliberately keeps the rows: truncating would lose read marks and e-mail everyone again. The
  // replay re-inserts only what is missing, since every insert skips an existing (user, event).
  reset(): Promise<void> {
    return Promise.resolve();
  },
};
