import { z } from 'zod';
import type { Aggregate } from '../shared/aggregate';
import { DomainError } from '../shared/domain-error';
import { Attachment, CollectiveNominee, Initiative, PersonNominee } from '../nomination/shared/nomination.dossier';
import { NOMINATION_STATUS_LABELS, type NominationStatus } from '../nomination/shared/nomination.status';
import { decideSubmitBatch, type BatchContext, type SubmitBatch } from './submission-batch';

const RowError = z.object({
  row: z.number().int(),
  field: z.string(),
  rule: z.string(),
  message: z.string(),
  message_en: z.string(),
});

const AcceptedRow = z.object({
  row: z.number().int().min(1),
  nominationId: z.string(),
  awardCode: z.string(),
  nominee: z.discriminatedUnion('kind', [PersonNominee, CollectiveNominee.extend({ unitId: z.string() })]),
  achievements: z.string(),
  initiatives: z.array(Initiative),
  attachments: z.array(Attachment),
});
/** One row of a submitted batch: everything its nomination starts from. */
export type BatchAcceptedRow = z.infer<typeof AcceptedRow>;

/** A unit sent one đề nghị (tờ trình) listing many nominees for one campaign. */
export const SubmissionBatchSubmitted = z.object({
  type: z.literal('SubmissionBatchSubmitted'),
  data: z.object({
    batchId: z.string(),
    submittingUnitId: z.string(),
    submittingUnitName: z.string(),
    campaignId: z.string(),
    campaignName: z.string(),
    submissionLetterNumber: z.string(),
    sharedAttachments: z.array(Attachment),
    submittedBy: z.object({ userId: z.string(), name: z.string() }),
    rows: z.array(AcceptedRow),
    /** Rows the user chose to leave out, with why. */
    skipped: z.array(RowError),
  }),
});

/** These rows' nominations were started (each its own workflow, id fixed by the batch). */
export const SubmissionBatchNominationsStarted = z.object({
  type: z.literal('SubmissionBatchNominationsStarted'),
  data: z.object({ batchId: z.string(), nominationIds: z.array(z.string()).min(1) }),
});

/** These rows could not start: the nomination path refused them (eligibility found at start, a closed campaign…). */
export const SubmissionBatchRowsRefused = z.object({
  type: z.literal('SubmissionBatchRowsRefused'),
  data: z.object({
    batchId: z.string(),
    rows: z
      .array(
        z.object({
          row: z.number().int(),
          nominationId: z.string(),
          code: z.string(),
          message: z.string(),
          message_en: z.string(),
        }),
      )
      .min(1),
  }),
});

/** A document generated from the batch's events (its tờ trình), with the checksum of the bytes. */
export const SubmissionBatchDocumentGenerated = z.object({
  type: z.literal('SubmissionBatchDocumentGenerated'),
  data: z.object({
    batchId: z.string(),
    documentId: z.string(),
    kind: z.string(),
    format: z.enum(['pdf', 'docx']),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    size: z.number().int().min(1),
    /** What the office typed once for the letter (place, recipient, signer): with the batch, it regenerates the same bytes. */
    inputs: z.object({
      date: z.string(),
      place: z.string(),
      recipient: z.string(),
      signer: z.object({ capacity: z.string(), title: z.string(), name: z.string() }),
      legalBases: z.array(z.string()),
    }),
  }),
});

const BatchDecisionRefusal = z.object({ nominationId: z.string(), nomineeName: z.string(), message: z.string() });

/**
 * The level above returned or forwarded the đề nghị, whole or in part: one decision of the office,
 * over the tasks open when it was taken (so a retry decides those tasks again, never the next ones).
 */
export const SubmissionBatchDecided = z.object({
  type: z.literal('SubmissionBatchDecided'),
  data: z.object({
    batchId: z.string(),
    decisionId: z.string(),
    decision: z.enum(['approve', 'return']),
    reason: z.string().nullable(),
    /** True when the office chose the whole list, false for the nominees it picked. */
    whole: z.boolean(),
    decidedBy: z.object({ userId: z.string(), name: z.string() }),
    at: z.string(),
    /** Each covered nomination with the task the decision is for. */
    covered: z.array(z.object({ nominationId: z.string(), taskSeq: z.number().int().min(1) })),
    /** Picked nominees with no task open for a decision, named, with why. */
    notOpen: z.array(BatchDecisionRefusal),
  }),
});

/** What the decision did: each covered nomination's own workflow took it, or refused it (named, with why). */
export const SubmissionBatchDecisionApplied = z.object({
  type: z.literal('SubmissionBatchDecisionApplied'),
  data: z.object({
    batchId: z.string(),
    decisionId: z.string(),
    decided: z.array(z.string()),
    refused: z.array(BatchDecisionRefusal),
  }),
});

/** A return / forward of the batch with what it did so far. */
export type BatchDecision = z.infer<typeof SubmissionBatchDecided>['data'] & {
  decided: string[];
  refused: z.infer<typeof BatchDecisionRefusal>[];
};

/** Every event of a submission-batch stream. */
export const SubmissionBatchEvent = z.discriminatedUnion('type', [
  SubmissionBatchSubmitted,
  SubmissionBatchNominationsStarted,
  SubmissionBatchRowsRefused,
  SubmissionBatchDocumentGenerated,
  SubmissionBatchDecided,
  SubmissionBatchDecisionApplied,
]);
export type SubmissionBatchEvent = z.infer<typeof SubmissionBatchEvent>;

export interface SubmissionBatchState {
  submitted: z.infer<typeof SubmissionBatchSubmitted>['data'];
  started: string[];
  refused: z.infer<typeof SubmissionBatchRowsRefused>['data']['rows'];
  documents: z.infer<typeof SubmissionBatchDocumentGenerated>['data'][];
  /** Returns and forwards of the batch, in order (a retried decision merged into its first record). */
  decisions: BatchDecision[];
}

/** Submit a batch: the pure row checks need what the API read (rule set, units, campaign). */
export type SubmitBatchCommand = SubmitBatch & { context: BatchContext };

/** Record what the fan-out did: rows started, rows the nomination path refused. */
export interface RecordBatchStarts {
  type: 'RecordBatchStarts';
  batchId: string;
  now: string;
  started: readonly string[];
  refused: readonly { row: number; nominationId: string; code: string; message: string; message_en: string }[];
}

export interface RecordBatchDocument {
  type: 'RecordBatchDocument';
  batchId: string;
  now: string;
  document: z.infer<typeof SubmissionBatchDocumentGenerated>['data'];
}

/** Take a return / forward of the batch over the tasks open now. */
export interface DecideBatch {
  type: 'DecideBatch';
  now: string;
  decision: z.infer<typeof SubmissionBatchDecided>['data'];
}

/** Record what a return / forward did to its nominations (safe to repeat). */
export interface RecordBatchDecisionOutcome {
  type: 'RecordBatchDecisionOutcome';
  now: string;
  outcome: z.infer<typeof SubmissionBatchDecisionApplied>['data'];
}

export type SubmissionBatchCommand =
  SubmitBatchCommand | RecordBatchStarts | RecordBatchDocument | DecideBatch | RecordBatchDecisionOutcome;

export class SubmissionBatchStateError extends DomainError {
  constructor(
    readonly code: 'BATCH.ALREADY_EXISTS' | 'BATCH.NOT_FOUND' | 'BATCH.NOT_IN_BATCH',
    vi: string,
    en: string,
    details: Record<string, unknown> = {},
  ) {
    super(vi, en, details);
  }
}

/** The row a nominee is on, as an office names it: "dòng 3 (Nguyễn Thị Hà)". */
export function batchRowLabel(row: BatchAcceptedRow): string {
  return `dòng ${row.row} (${row.nominee.kind === 'person' ? row.nominee.fullName : `tập thể ${row.nominee.name}`})`;
}

/**
 * The nominations a return / forward of the batch covers: every started row (`'all'`), or the
 * ones picked — refused whole, naming each pick that is not a started row of this batch.
 */
export function batchDecisionScope(state: SubmissionBatchState, picked: readonly string[] | 'all'): BatchAcceptedRow[] {
  const started = new Set(state.started);
  if (picked === 'all') return state.submitted.rows.filter((r) => started.has(r.nominationId));
  const rows = new Map(state.submitted.rows.map((r) => [r.nominationId, r]));
  const problems: string[] = [];
  for (const id of new Set(picked)) {
    const row = rows.get(id);
    if (!row) problems.push(`mã "${id}" không thuộc đề nghị này`);
    else if (!started.has(id)) problems.push(`${batchRowLabel(row)} chưa được khởi tạo hồ sơ`);
  }
  if (problems.length) {
    throw new SubmissionBatchStateError(
      'BATCH.NOT_IN_BATCH',
      `Không thể xử lý theo đề nghị: ${problems.join('; ')}.`,
      `Some picked nominees are not started rows of this batch (${problems.length}).`,
      { problems },
    );
  }
  return [...new Set(picked)].map((id) => rows.get(id) as BatchAcceptedRow);
}

function mustExist(state: SubmissionBatchState | null, batchId: string): SubmissionBatchState {
  if (!state) throw new SubmissionBatchStateError('BATCH.NOT_FOUND', 'Không có đề nghị này.', `No batch ${batchId}.`);
  return state;
}

/** Decides a command on a batch: pure, the time on the command. */
export function decideSubmissionBatch(
  command: SubmissionBatchCommand,
  state: SubmissionBatchState | null,
): SubmissionBatchEvent[] {
  switch (command.type) {
    case 'SubmitBatch': {
      if (state) {
        throw new SubmissionBatchStateError(
          'BATCH.ALREADY_EXISTS',
          'Đề nghị này đã được gửi.',
          'This batch was already submitted.',
        );
      }
      const decided = decideSubmitBatch(command, command.context);
      return [
        {
          type: 'SubmissionBatchSubmitted',
          data: {
            batchId: decided.batchId,
            submittingUnitId: decided.submittingUnitId,
            submittingUnitName: command.submittingUnitName,
            campaignId: decided.campaignId,
            campaignName: command.campaignName,
            submissionLetterNumber: decided.submissionLetterNumber,
            sharedAttachments: (command.sharedAttachments ?? []).map((a) => Attachment.parse(a)),
            submittedBy: { userId: command.actor.userId, name: command.actor.name },
            rows: decided.accepted,
            skipped: decided.skipped,
          },
        },
      ];
    }
    case 'RecordBatchStarts': {
      const s = mustExist(state, command.batchId);
      const ids = new Set(s.submitted.rows.map((r) => r.nominationId));
      const started = new Set(s.started);
      const newlyStarted = [...new Set(command.started)].filter((id) => ids.has(id) && !started.has(id));
      const refusedBefore = new Set(s.refused.map((r) => r.nominationId));
      const newlyRefused = command.refused.filter(
        (r) => ids.has(r.nominationId) && !started.has(r.nominationId) && !refusedBefore.has(r.nominationId),
      );
      const events: SubmissionBatchEvent[] = [];
      if (newlyStarted.length)
        events.push({
          type: 'SubmissionBatchNominationsStarted',
          data: { batchId: command.batchId, nominationIds: newlyStarted },
        });
      if (newlyRefused.length)
        events.push({
          type: 'SubmissionBatchRowsRefused',
          data: { batchId: command.batchId, rows: newlyRefused.map((r) => ({ ...r })) },
        });
      return events;
    }
    case 'DecideBatch': {
      const s = mustExist(state, command.decision.batchId);
      const d = command.decision;
      if (s.decisions.some((x) => x.decisionId === d.decisionId)) return [];
      batchDecisionScope(s, [...d.covered.map((c) => c.nominationId), ...d.notOpen.map((r) => r.nominationId)]);
      return [{ type: 'SubmissionBatchDecided', data: d }];
    }
    case 'RecordBatchDecisionOutcome': {
      const s = mustExist(state, command.outcome.batchId);
      const o = command.outcome;
      const taken = s.decisions.find((x) => x.decisionId === o.decisionId);
      if (!taken)
        throw new SubmissionBatchStateError(
          'BATCH.NOT_FOUND',
          'Không có quyết định này của đề nghị.',
          'No such decision.',
        );
      const covered = new Set(taken.covered.map((c) => c.nominationId));
      const before = new Set(taken.decided);
      // Each nomination's Update ran once; a retry only adds what it newly reached.
      const decided = [...new Set(o.decided)].filter((id) => covered.has(id) && !before.has(id));
      const refused = o.refused.filter((r) => covered.has(r.nominationId) && !before.has(r.nominationId));
      const refusedBefore = taken.refused.filter((r) => covered.has(r.nominationId));
      if (!decided.length && JSON.stringify(refused) === JSON.stringify(refusedBefore)) return [];
      return [{ type: 'SubmissionBatchDecisionApplied', data: { ...o, decided, refused } }];
    }
    case 'RecordBatchDocument': {
      const s = mustExist(state, command.batchId);
      if (s.documents.some((d) => d.documentId === command.document.documentId && d.sha256 === command.document.sha256))
        return [];
      return [{ type: 'SubmissionBatchDocumentGenerated', data: command.document }];
    }
  }
}

export function evolveSubmissionBatch(
  state: SubmissionBatchState | null,
  event: SubmissionBatchEvent,
): SubmissionBatchState | null {
  switch (event.type) {
    case 'SubmissionBatchSubmitted':
      return { submitted: event.data, started: [], refused: [], documents: [], decisions: [] };
    case 'SubmissionBatchNominationsStarted': {
      if (!state) return state;
      const now = new Set(event.data.nominationIds);
      return {
        ...state,
        started: [...state.started, ...event.data.nominationIds],
        refused: state.refused.filter((r) => !now.has(r.nominationId)),
      };
    }
    case 'SubmissionBatchRowsRefused':
      return state ? { ...state, refused: [...state.refused, ...event.data.rows] } : state;
    case 'SubmissionBatchDecided':
      return state
        ? {
            ...state,
            decisions: [...state.decisions, { ...event.data, decided: [], refused: [...event.data.notOpen] }],
          }
        : state;
    case 'SubmissionBatchDecisionApplied': {
      if (!state) return state;
      const o = event.data;
      return {
        ...state,
        decisions: state.decisions.map((x) => {
          if (x.decisionId !== o.decisionId) return x;
          const decided = [...x.decided, ...o.decided];
          const notOpen = x.notOpen.filter((r) => !decided.includes(r.nominationId));
          return {
            ...x,
            decided,
            refused: [...notOpen, ...o.refused.filter((r) => !decided.includes(r.nominationId))],
          };
        }),
      };
    }
    case 'SubmissionBatchDocumentGenerated':
      return state
        ? {
            ...state,
            documents: [...state.documents.filter((d) => d.documentId !== event.data.documentId), event.data],
          }
        : state;
  }
}

/** The submission batch (đề nghị) aggregate, as the command handler runs it. */
export const submissionBatchAggregate: Aggregate<
  SubmissionBatchState | null,
  SubmissionBatchCommand,
  SubmissionBatchEvent
> = {
  label: { vi: 'đề nghị', en: 'submission batch' },
  initialState: null,
  decide: decideSubmissionBatch,
  evolve: evolveSubmissionBatch,
  eventSchema: SubmissionBatchEvent,
};

/** Progress of a batch as offices say it: "12/15 đã chuyển cấp trên, 2 bị trả lại, 1 không đạt". */
export interface BatchProgress {
  total: number;
  started: number;
  refused: number;
  /** Accepted rows whose nomination has not started (or is not yet in the read model). */
  pending: number;
  byStatus: Partial<Record<NominationStatus, number>>;
  summary: string;
  summary_en: string;
}

/** Order in which statuses are told: the furthest along first. */
const STATUS_ORDER: readonly NominationStatus[] = [
  'GRANTED',
  'FORWARDED',
  'AWAITING_SIGNATURE',
  'AWAITING_VOTE',
  'IN_APPRAISAL',
  'AWAITING_INTAKE',
  'DRAFT',
  'ON_HOLD',
  'RETURNED',
  'REJECTED',
  'WITHDRAWN',
  'REVOKED',
  'CANCELLED',
];

/**
 * A batch's progress from its rows and the statuses the nomination read model shows for them
 * (`statusOf` answers undefined for a nomination the read model does not show yet).
 */
export function batchProgressOf(
  state: SubmissionBatchState,
  statusOf: (nominationId: string) => NominationStatus | undefined,
): BatchProgress {
  const total = state.submitted.rows.length;
  const refusedIds = new Set(state.refused.map((r) => r.nominationId));
  const byStatus: Partial<Record<NominationStatus, number>> = {};
  let pending = 0;
  for (const r of state.submitted.rows) {
    if (refusedIds.has(r.nominationId)) continue;
    const status = statusOf(r.nominationId);
    if (status) byStatus[status] = (byStatus[status] ?? 0) + 1;
    else pending++;
  }
  return describeBatchProgress({
    total,
    started: state.started.length,
    refused: state.refused.length,
    pending,
    byStatus,
  });
}

/** The sentence of a batch's counts (for lists that count in SQL). */
export function describeBatchProgress(counts: Omit<BatchProgress, 'summary' | 'summary_en'>): BatchProgress {
  const { total, byStatus, refused, pending } = counts;
  const told = STATUS_ORDER.filter((s) => byStatus[s]).map((s) => [s, byStatus[s] ?? 0] as const);
  const vi = told.map(
    ([s, n], i) => `${i === 0 ? `${n}/${total}` : n} ${NOMINATION_STATUS_LABELS[s].vi.toLowerCase()}`,
  );
  const en = told.map(
    ([s, n], i) => `${i === 0 ? `${n}/${total}` : n} ${NOMINATION_STATUS_LABELS[s].en.toLowerCase()}`,
  );
  if (refused) {
    vi.push(`${refused} không khởi tạo được`);
    en.push(`${refused} could not start`);
  }
  if (pending) {
    vi.push(`${pending} đang khởi tạo`);
    en.push(`${pending} starting`);
  }
  return { ...counts, summary: vi.join(', '), summary_en: en.join(', ') };
}
