/**
 * Anomalies an auditor reviews, found by folding a nomination's stored events (raw JSON as stored,
 * never upcast, like the rest of the audit trail). Pure: the queries in `anomalies.queries.ts`
 * load the events, this file decides what is anomalous and explains it in Vietnamese and English.
 */

/** The anomaly kinds of `GET /api/audit/anomalies`. */
export const ANOMALY_KINDS = [
  'late_decision',
  'late_submission',
  'quota_change_in_round',
  'on_behalf',
  'multi_level_decider',
  // An emulation bloc's rotation or formalism alert (bloc-anomalies.ts); not found in nomination streams.
  'bloc_alert',
] as const;
/** One anomaly kind. */
export type AnomalyKind = (typeof ANOMALY_KINDS)[number];
/** Kinds found within one nomination's stream (the quota kind is campaign-wide). */
export const STREAM_ANOMALY_KINDS: readonly AnomalyKind[] = [
  'late_decision',
  'late_submission',
  'on_behalf',
  'multi_level_decider',
];

/** The stored event fields the detection reads. */
export interface AnomalyEvent {
  streamId: string;
  streamVersion: number;
  globalPosition: string;
  type: string;
  occurredAt: string;
  data: Record<string, unknown> | null;
  metadata: Record<string, unknown>;
}

/** One anomaly: what, where in the store, who, the facts, and why it is flagged. */
export interface Anomaly {
  kind: AnomalyKind;
  /** Null for a campaign-wide fact (a quota change). */
  nominationId: string | null;
  streamId: string;
  streamVersion: number;
  globalPosition: string;
  type: string;
  occurredAt: string;
  actor: { id: string | null; name: string | null; unitId: string | null };
  details: Record<string, unknown>;
  explanation: { vi: string; en: string };
}

// Events that record a person's decision or step on the open task, and the level they acted at.
const DECISIONS: Record<string, (d: Record<string, unknown>) => unknown> = {
  NominationForwarded: (d) => step(d.from),
  NominationReturned: (d) => step(d.by),
  NominationDossierIncomplete: (d) => step(d.by),
  NominationResubmitted: (d) => step(d.by),
  NominationRejected: (d) => d.level,
  NominationGranted: (d) => d.level,
  NominationIntakeCompleted: (d) => d.level,
  NominationAppraisalRecorded: (d) => d.level,
  NominationVoteRecorded: (d) => d.level,
  NominationVoteFailed: (d) => d.level,
};
// Events that open a task; `taskSeq` names it (for a return: the revision task opened).
const OPENS_TASK = new Set([
  'NominationReviewOpened',
  'NominationReturned',
  'NominationDossierIncomplete',
  'NominationAutoReturned',
]);
const SETS_DUE = new Set(['NominationTaskDueSet', 'NominationTaskDeadlineExtended']);
// The workflow's record of a dossier that reached a level after its cut-off (the sender's fact).
const LATE_ARRIVAL = 'NominationSubmittedAfterCutOff';
// Events that hand the dossier to the next level (or, for a submission, to the nominating unit's own review).
const HANDS_OFF: Record<string, (d: Record<string, unknown>) => unknown> = {
  NominationSubmitted: (d) => d.nominatingUnitId,
  NominationForwarded: (d) => (d.from && typeof d.from === 'object' ? (d.from as { unitId?: unknown }).unitId : null),
  NominationResubmitted: (d) => (d.by && typeof d.by === 'object' ? (d.by as { unitId?: unknown }).unitId : null),
};

/** Event types the stream kinds read (decisions, hand-offs, task openings, due times); anything with `onBehalfOf` too. */
export const ANOMALY_EVENT_TYPES: readonly string[] = [
  ...new Set([...Object.keys(DECISIONS), ...Object.keys(HANDS_OFF), ...OPENS_TASK, ...SETS_DUE, LATE_ARRIVAL]),
];

const step = (v: unknown): unknown => (v && typeof v === 'object' ? (v as { level?: unknown }).level : undefined);
const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const nominationIdOf = (streamId: string): string | null =>
  streamId.startsWith('nomination-') ? streamId.slice('nomination-'.length) : null;
const vnTime = (iso: string): string =>
  new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour12: false });

function base(e: AnomalyEvent, kind: AnomalyKind): Omit<Anomaly, 'details' | 'explanation'> {
  const m = e.metadata;
  return {
    kind,
    nominationId: nominationIdOf(e.streamId),
    streamId: e.streamId,
    streamVersion: e.streamVersion,
    globalPosition: e.globalPosition,
    type: e.type,
    occurredAt: e.occurredAt,
    actor: { id: text(m.actor), name: text(m.actorName), unitId: text(m.actorUnitId) },
  };
}
const who = (e: AnomalyEvent): string => text(e.metadata.actorName) ?? text(e.metadata.actor) ?? '?';

/**
 * The anomalies of one nomination's events (in stream order): decisions after the open task's
 * due time, a dossier handed on after the receiving level's cut-off had passed, events recorded on
 * behalf of someone, and a person deciding at two levels.
 *
 * Who is late: a task opened after its level's cut-off is due before it exists. That lateness is
 * the fact of the unit that sent the dossier on (`late_submission`, attributed to that unit and the
 * person who sent it); the receiving approvers are not reported late for it (`late_decision` only
 * measures a due time the task had when it opened, or one an administrator set later).
 *
 * Runs started since the workflow records it carry a `NominationSubmittedAfterCutOff` event naming
 * the sending unit and person, and the receiving task keeps its working-day due time; older streams
 * have only the born-overdue due time, from which the same finding is inferred.
 */
export function streamAnomalies(events: readonly AnomalyEvent[], kinds: readonly AnomalyKind[]): Anomaly[] {
  const out: Anomaly[] = [];
  const dueBySeq = new Map<number, string>();
  const openedAtBySeq = new Map<number, string>();
  let handOff: { event: AnomalyEvent; unitId: string | null } | null = null;
  const levelsByActor = new Map<string, Map<number, number>>();
  let openSeq: number | null = null;
  for (const e of events) {
    const d = e.data ?? {};
    const levelOf = DECISIONS[e.type];
    if (levelOf) {
      const due = openSeq === null ? undefined : dueBySeq.get(openSeq);
      if (kinds.includes('late_decision') && due && Date.parse(e.occurredAt) > Date.parse(due)) {
        const lateMs = Date.parse(e.occurredAt) - Date.parse(due);
        out.push({
          ...base(e, 'late_decision'),
          details: { taskSeq: openSeq, dueAt: due, hoursLate: Math.round(lateMs / 360_000) / 10 },
          explanation: {
            vi: `${who(e)} ghi nhận ${e.type} lúc ${vnTime(e.occurredAt)}, sau hạn xử lý ${vnTime(due)} của nhiệm vụ số ${openSeq}.`,
            en: `${who(e)} recorded ${e.type} at ${e.occurredAt}, after task ${openSeq}'s due time ${due}.`,
          },
        });
      }
      const level = num(levelOf(d));
      const actor = text(e.metadata.actor);
      if (kinds.includes('multi_level_decider') && level !== null && actor !== null) {
        const levels = levelsByActor.get(actor) ?? new Map<number, number>();
        const earlier = [...levels.entries()].find(([l]) => l !== level);
        if (earlier && !levels.has(level)) {
          out.push({
            ...base(e, 'multi_level_decider'),
            details: { level, earlierLevel: earlier[0], earlierStreamVersion: earlier[1] },
            explanation: {
              vi: `${who(e)} quyết định ở cấp ${level} trong khi đã quyết định ở cấp ${earlier[0]} của cùng hồ sơ (sự kiện số ${earlier[1]}).`,
              en: `${who(e)} decided at level ${level} after already deciding at level ${earlier[0]} of the same nomination (event ${earlier[1]}).`,
            },
          });
        }
        if (!levels.has(level)) levels.set(level, e.streamVersion);
        levelsByActor.set(actor, levels);
      }
    }
    const onBehalfOf = text(e.metadata.onBehalfOf);
    if (kinds.includes('on_behalf') && onBehalfOf !== null) {
      out.push({
        ...base(e, 'on_behalf'),
        details: { onBehalfOf, reason: text(e.metadata.reason) },
        explanation: {
          vi: `${who(e)} ghi nhận ${e.type} thay mặt cho ${onBehalfOf}.`,
          en: `${who(e)} recorded ${e.type} on behalf of ${onBehalfOf}.`,
        },
      });
    }
    if (e.type === LATE_ARRIVAL && kinds.includes('late_submission')) {
      const sender = d.sender && typeof d.sender === 'object' ? (d.sender as Record<string, unknown>) : {};
      const from = d.submittedBy && typeof d.submittedBy === 'object' ? (d.submittedBy as Record<string, unknown>) : {};
      const unit = text(from.unitId) ?? text(sender.unitId);
      const name = text(sender.name) ?? text(sender.userId) ?? '?';
      const receivedAt = text(d.receivedAt) ?? e.occurredAt;
      const cutOffAt = text(d.cutOffAt) ?? '';
      out.push({
        ...base(e, 'late_submission'),
        actor: { id: text(sender.userId), name: text(sender.name), unitId: unit },
        details: { taskSeq: num(d.taskSeq), cutOffDueAt: cutOffAt, receivedAt, submittingUnitId: unit, recorded: true },
        explanation: {
          vi: `${name} gửi hồ sơ lên cấp trên lúc ${vnTime(receivedAt)}, sau hạn chót ${vnTime(cutOffAt)} của cấp nhận: đơn vị gửi chậm; cấp nhận vẫn có đủ thời hạn xử lý theo ngày làm việc.`,
          en: `${name} sent the dossier on at ${receivedAt}, after the receiving level's cut-off ${cutOffAt}: the sending unit was late; the receiving level keeps its working-day time.`,
        },
      });
    }
    const handsOff = HANDS_OFF[e.type];
    if (handsOff) handOff = { event: e, unitId: text(handsOff(d)) };
    if (OPENS_TASK.has(e.type)) {
      openSeq = num(d.taskSeq) ?? openSeq;
      if (openSeq !== null && !openedAtBySeq.has(openSeq)) openedAtBySeq.set(openSeq, e.occurredAt);
    }
    if (SETS_DUE.has(e.type)) {
      const seq = num(d.taskSeq);
      const dueAt = text(d.dueAt);
      const openedAt = seq === null ? undefined : openedAtBySeq.get(seq);
      const bornOverdue =
        e.type === 'NominationTaskDueSet' &&
        openedAt !== undefined &&
        dueAt !== null &&
        Date.parse(dueAt) <= Date.parse(openedAt);
      if (seq !== null && dueAt !== null && bornOverdue) {
        // Not the receiving approvers' lateness: no due time to measure them against until an administrator sets one.
        dueBySeq.delete(seq);
        if (kinds.includes('late_submission') && handOff && openedAt !== undefined) {
          const sender = handOff.event;
          const unit = handOff.unitId ?? text(sender.metadata.actorUnitId);
          out.push({
            ...base(sender, 'late_submission'),
            actor: { id: text(sender.metadata.actor), name: text(sender.metadata.actorName), unitId: unit },
            details: { taskSeq: seq, cutOffDueAt: dueAt, receivedAt: openedAt, submittingUnitId: unit },
            explanation: {
              vi: `${who(sender)} gửi hồ sơ lên cấp trên lúc ${vnTime(openedAt)}, sau hạn chót ${vnTime(dueAt)} của cấp nhận: đơn vị gửi chậm; người xử lý ở cấp nhận không bị tính là chậm vì việc này.`,
              en: `${who(sender)} sent the dossier on at ${openedAt}, after the receiving level's cut-off ${dueAt}: the sending unit was late; the receiving level's approvers are not counted late for it.`,
            },
          });
        }
      } else if (seq !== null && dueAt !== null) dueBySeq.set(seq, dueAt);
    }
  }
  return out;
}

/** A quota override change recorded while the campaign's window was open (the query selects them). */
export function quotaChangeAnomaly(e: AnomalyEvent, window: { opensOn: string; closesOn: string }): Anomaly {
  const d = e.data ?? {};
  const bucket = text(d.bucketKey) ?? '?';
  const limit = num(d.limit) ?? num(d.quotaLimit);
  const previous = num(d.previousLimit);
  const change = previous !== null ? `${previous} → ${limit ?? '—'}` : `${limit ?? '—'}`;
  return {
    ...base(e, 'quota_change_in_round'),
    nominationId: null,
    details: { bucketKey: bucket, limit, previousLimit: previous, reason: text(d.reason) ?? text(e.metadata.reason) },
    explanation: {
      vi: `${who(e)} đổi chỉ tiêu ${bucket} (${change}) lúc ${vnTime(e.occurredAt)}, khi đợt thi đua đang mở (${window.opensOn} – ${window.closesOn}).`,
      en: `${who(e)} changed quota ${bucket} (${change}) at ${e.occurredAt}, while the campaign was open (${window.opensOn} – ${window.closesOn}).`,
    },
  };
}
