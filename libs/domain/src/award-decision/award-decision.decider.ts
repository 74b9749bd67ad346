import { z } from 'zod';
import { DomainError } from '../shared/domain-error';
import { IsoDate, IsoDateTime } from '../shared/dates';
import { fieldIssues, type FieldIssue } from '../shared/zod-issues';
import {
  AnnexEntry,
  AwardDecisionCertificatesPrinted,
  AwardDecisionDocumentGenerated,
  AwardDecisionRevocationIssued,
  AwardDecisionRevocationsApplied,
  AwardDecisionSignedCopyLinked,
  DecisionSigner,
  type AwardDecisionEvent,
  type AwardDecisionIssued,
} from './award-decision.events';

const Actor = z.object({ userId: z.string().min(1), name: z.string().min(1), unitId: z.string().min(1) });
const base = { decisionId: z.string().min(1), actor: Actor, now: IsoDateTime };

/** Why one nomination of the annex cannot be covered (from the nomination's own state). */
export const NotReady = z.object({ rule: z.string().min(1), message: z.string(), message_en: z.string() });

/**
 * Issue the quyết định. `sequence` is the next number of the issuing unit's register for the
 * year (allocated by the caller in the same transaction as the append); `readiness` is each
 * nomination's state as its workflow reports it (null: ready).
 */
export const IssueAwardDecision = z.object({
  type: z.literal('IssueAwardDecision'),
  ...base,
  issuingUnitId: z.string().min(1),
  issuingUnitName: z.string().min(1),
  parentBodyName: z.string(),
  place: z.string().trim().min(1).max(80),
  sequence: z.number().int().positive(),
  symbol: z
    .string()
    .trim()
    .regex(/^QĐ-[\p{Lu}\d-]+$/u, 'ký hiệu dạng QĐ-LĐLĐ'),
  date: IsoDate,
  signer: DecisionSigner,
  authority: z.string().trim().min(1).max(200),
  subject: z.string().trim().min(1).max(300),
  legalBases: z.array(z.string().trim().min(1).max(500)).min(1).max(20),
  proposal: z.string().trim().min(1).max(1000),
  awardName: z.string().trim().min(1).max(200),
  reason: z.string().trim().min(1).max(1000),
  annex: z
    .array(AnnexEntry.extend({ readiness: NotReady.nullable() }))
    .min(1)
    .max(2000),
});
export type IssueAwardDecision = z.input<typeof IssueAwardDecision>;

export const RecordGrants = z.object({
  type: z.literal('RecordGrants'),
  ...base,
  nominationIds: z.array(z.string().min(1)).min(1),
});
export const RecordDocument = z.object({
  type: z.literal('RecordDocument'),
  ...base,
  document: AwardDecisionDocumentGenerated.shape.data,
});
export const RecordCertificates = z.object({
  type: z.literal('RecordCertificates'),
  ...base,
  printed: AwardDecisionCertificatesPrinted.shape.data,
});
export const LinkSignedCopy = z.object({
  type: z.literal('LinkSignedCopy'),
  ...base,
  copy: AwardDecisionSignedCopyLinked.shape.data,
});

export const RevokeByDecision = z.object({
  type: z.literal('RevokeByDecision'),
  ...base,
  revocation: AwardDecisionRevocationIssued.shape.data,
});
export const RecordRevocationsApplied = z.object({
  type: z.literal('RecordRevocationsApplied'),
  ...base,
  applied: AwardDecisionRevocationsApplied.shape.data,
});

export const AwardDecisionCommand = z.discriminatedUnion('type', [
  IssueAwardDecision,
  RecordGrants,
  RecordDocument,
  RecordCertificates,
  LinkSignedCopy,
  RevokeByDecision,
  RecordRevocationsApplied,
]);
export type AwardDecisionCommand = z.input<typeof AwardDecisionCommand>;

export type AwardDecisionErrorCode =
  | 'AWARD_DECISION.INVALID'
  | 'AWARD_DECISION.NOT_READY'
  | 'AWARD_DECISION.ALREADY_ISSUED'
  | 'AWARD_DECISION.NOT_ISSUED'
  | 'AWARD_DECISION.NOT_IN_ANNEX'
  | 'AWARD_DECISION.NOT_REVOCABLE';

export class AwardDecisionError extends DomainError {
  constructor(
    readonly code: AwardDecisionErrorCode,
    messageVi: string,
    messageEn: string,
    details: Record<string, unknown> = {},
  ) {
    super(messageVi, messageEn, details);
  }
}

export interface AwardDecisionState {
  readonly issued: AwardDecisionIssued['data'] | null;
  readonly issuedBy: string | null;
  readonly granted: readonly string[];
  readonly documents: readonly z.infer<typeof AwardDecisionDocumentGenerated>['data'][];
  readonly certificates: Readonly<
    Record<string, z.infer<typeof AwardDecisionCertificatesPrinted>['data']['certificates'][number]>
  >;
  readonly printedChunks: readonly number[];
  readonly signedCopies: readonly z.infer<typeof AwardDecisionSignedCopyLinked>['data'][];
  /** Quyết định thu hồi referring to this decision, each with the nominations it has revoked so far. */
  readonly revocations: readonly (z.infer<typeof AwardDecisionRevocationIssued>['data'] & {
    readonly applied: readonly string[];
  })[];
}

export const initialAwardDecisionState: AwardDecisionState = {
  issued: null,
  issuedBy: null,
  granted: [],
  documents: [],
  certificates: {},
  printedChunks: [],
  signedCopies: [],
  revocations: [],
};

/** "125/QĐ-LĐLĐ": the register number, then the symbol. */
export function decisionNumber(sequence: number, symbol: string): string {
  return `${sequence}/${symbol}`;
}

/** An annex line that cannot be covered, named for the person fixing the list. */
export interface NotReadyNomination extends FieldIssue {
  nominationId: string;
  nomineeName: string;
  rule: string;
  message_en: string;
}

/**
 * Decides what an award-decision command makes happen, or refuses it (`AwardDecisionError`).
 * Pure; `now` and the number's sequence come on the command. Repeats are no-ops: the same
 * document id, certificate chunk, signed copy or already-recorded grants write nothing.
 */
export function decideAwardDecision(command: AwardDecisionCommand, state: AwardDecisionState): AwardDecisionEvent[] {
  const parsed = AwardDecisionCommand.safeParse(command);
  if (!parsed.success) {
    throw new AwardDecisionError('AWARD_DECISION.INVALID', 'Quyết định chưa hợp lệ.', 'The decision is invalid.', {
      issues: fieldIssues(parsed.error),
    });
  }
  const cmd = parsed.data;
  const metadata = { decisionId: cmd.decisionId, actor: cmd.actor, now: cmd.now };
  if (cmd.type === 'IssueAwardDecision') {
    if (state.issued) {
      throw new AwardDecisionError(
        'AWARD_DECISION.ALREADY_ISSUED',
        `Quyết định đã được ban hành với số ${state.issued.number}.`,
        `The decision was already issued as ${state.issued.number}.`,
        { number: state.issued.number },
      );
    }
    const seen = new Map<string, number>();
    const problems: NotReadyNomination[] = [];
    cmd.annex.forEach((entry, index) => {
      const field = `nominationIds[${index}]`;
      const earlier = seen.get(entry.nominationId);
      if (earlier !== undefined) {
        problems.push({
          field,
          nominationId: entry.nominationId,
          nomineeName: entry.nomineeName,
          rule: 'duplicate',
          message: `${entry.nomineeName}: đã có ở dòng ${earlier + 1} của danh sách.`,
          message_en: `${entry.nomineeName}: already on line ${earlier + 1} of the list.`,
        });
      } else seen.set(entry.nominationId, index);
      if (entry.readiness) {
        problems.push({
          field,
          nominationId: entry.nominationId,
          nomineeName: entry.nomineeName,
          rule: entry.readiness.rule,
          message: `${entry.nomineeName}: ${entry.readiness.message}`,
          message_en: `${entry.nomineeName}: ${entry.readiness.message_en}`,
        });
      }
    });
    if (problems.length) {
      throw new AwardDecisionError(
        'AWARD_DECISION.NOT_READY',
        `Không thể ban hành quyết định: ${problems.length} đề nghị chưa sẵn sàng (${problems.map((p) => p.nomineeName).join(', ')}).`,
        `The decision cannot be issued: ${problems.length} nomination(s) not ready.`,
        { notReady: problems },
      );
    }
    const { type: _t, actor: _a, now: _n, decisionId: _d, annex, sequence, symbol, date, ...rest } = cmd;
    return [
      {
        type: 'AwardDecisionIssued',
        data: {
          ...rest,
          sequence,
          symbol,
          date,
          year: Number(date.slice(0, 4)),
          number: decisionNumber(sequence, symbol),
          annex: annex.map(({ readiness: _r, ...entry }) => entry),
        },
        metadata,
      },
    ];
  }
  const issued = state.issued;
  if (!issued) {
    throw new AwardDecisionError(
      'AWARD_DECISION.NOT_ISSUED',
      'Quyết định chưa được ban hành.',
      'The decision is not issued.',
    );
  }
  switch (cmd.type) {
    case 'RecordGrants': {
      const covered = new Set(issued.annex.map((a) => a.nominationId));
      const outside = cmd.nominationIds.filter((id) => !covered.has(id));
      if (outside.length) {
        throw new AwardDecisionError(
          'AWARD_DECISION.NOT_IN_ANNEX',
          `Đề nghị không có trong danh sách kèm theo quyết định: ${outside.join(', ')}.`,
          `Not in the decision's annex: ${outside.join(', ')}.`,
          { nominationIds: outside },
        );
      }
      const already = new Set(state.granted);
      const fresh = [...new Set(cmd.nominationIds)].filter((id) => !already.has(id));
      return fresh.length ? [{ type: 'AwardDecisionGrantsRecorded', data: { nominationIds: fresh }, metadata }] : [];
    }
    case 'RecordDocument':
      if (state.documents.some((d) => d.documentId === cmd.document.documentId)) return [];
      return [{ type: 'AwardDecisionDocumentGenerated', data: cmd.document, metadata }];
    case 'RecordCertificates': {
      if (state.printedChunks.includes(cmd.printed.chunk)) return [];
      const covered = new Set(issued.annex.map((a) => a.nominationId));
      const outside = cmd.printed.certificates.filter((c) => !covered.has(c.nominationId)).map((c) => c.nominationId);
      if (outside.length) {
        throw new AwardDecisionError(
          'AWARD_DECISION.NOT_IN_ANNEX',
          `Giấy chứng nhận cho đề nghị ngoài danh sách: ${outside.join(', ')}.`,
          `Certificates for nominations outside the annex: ${outside.join(', ')}.`,
          { nominationIds: outside },
        );
      }
      return [{ type: 'AwardDecisionCertificatesPrinted', data: cmd.printed, metadata }];
    }
    case 'LinkSignedCopy':
      if (state.signedCopies.some((c) => c.attachmentId === cmd.copy.attachmentId)) return [];
      return [{ type: 'AwardDecisionSignedCopyLinked', data: cmd.copy, metadata }];
    case 'RevokeByDecision': {
      const r = cmd.revocation;
      if (state.revocations.some((x) => x.revocationId === r.revocationId)) return [];
      const problems = revocationProblems(issued, state, r.nominationIds);
      if (problems.length) {
        throw new AwardDecisionError(
          'AWARD_DECISION.NOT_REVOCABLE',
          `Không thể thu hồi theo Quyết định số ${issued.number}: ${problems.map((p) => p.message).join('; ')}.`,
          `Cannot revoke under decision ${issued.number}: ${problems.map((p) => p.message_en).join('; ')}.`,
          { notRevocable: problems },
        );
      }
      return [
        {
          type: 'AwardDecisionRevocationIssued',
          data: { ...r, nominationIds: [...new Set(r.nominationIds)] },
          metadata,
        },
      ];
    }
    case 'RecordRevocationsApplied': {
      const taken = state.revocations.find((x) => x.revocationId === cmd.applied.revocationId);
      if (!taken)
        throw new AwardDecisionError(
          'AWARD_DECISION.NOT_REVOCABLE',
          'Không có quyết định thu hồi này.',
          'No such revocation of this decision.',
        );
      const fresh = [...new Set(cmd.applied.nominationIds)].filter(
        (id) => taken.nominationIds.includes(id) && !taken.applied.includes(id),
      );
      return fresh.length
        ? [
            {
              type: 'AwardDecisionRevocationsApplied',
              data: { revocationId: taken.revocationId, nominationIds: fresh },
              metadata,
            },
          ]
        : [];
    }
  }
}

/**
 * Why the listed nominations cannot be revoked under this decision, each named: not on its annex,
 * not granted by it (yet), or already revoked by an earlier quyết định thu hồi.
 */
function revocationProblems(
  issued: AwardDecisionIssued['data'],
  state: AwardDecisionState,
  nominationIds: readonly string[],
): NotReadyNomination[] {
  const annex = new Map(issued.annex.map((a) => [a.nominationId, a]));
  const granted = new Set(state.granted);
  const revokedBy = new Map(state.revocations.flatMap((x) => x.nominationIds.map((id) => [id, x.number] as const)));
  return nominationIds.flatMap((id, index): NotReadyNomination[] => {
    const field = `nominationIds[${index}]`;
    const line = annex.get(id);
    if (!line)
      return [
        {
          field,
          nominationId: id,
          nomineeName: `mã "${id}"`,
          rule: 'not-in-annex',
          message: `mã "${id}" không có trong danh sách kèm theo quyết định`,
          message_en: `"${id}" is not on the decision's annex`,
        },
      ];
    const earlier = revokedBy.get(id);
    if (earlier)
      return [
        {
          field,
          nominationId: id,
          nomineeName: line.nomineeName,
          rule: 'already-revoked',
          message: `${line.nomineeName} đã bị thu hồi theo Quyết định số ${earlier}`,
          message_en: `${line.nomineeName} was already revoked by decision ${earlier}`,
        },
      ];
    if (!granted.has(id))
      return [
        {
          field,
          nominationId: id,
          nomineeName: line.nomineeName,
          rule: 'not-granted',
          message: `${line.nomineeName} chưa được khen thưởng theo quyết định này`,
          message_en: `${line.nomineeName} has not been granted by this decision`,
        },
      ];
    return [];
  });
}

export function evolveAwardDecision(state: AwardDecisionState, event: AwardDecisionEvent): AwardDecisionState {
  switch (event.type) {
    case 'AwardDecisionIssued':
      return { ...state, issued: event.data, issuedBy: event.metadata.actor.name };
    case 'AwardDecisionGrantsRecorded':
      return { ...state, granted: [...state.granted, ...event.data.nominationIds] };
    case 'AwardDecisionDocumentGenerated':
      return { ...state, documents: [...state.documents, event.data] };
    case 'AwardDecisionCertificatesPrinted': {
      const certificates = { ...state.certificates };
      for (const c of event.data.certificates) certificates[c.nominationId] = c;
      return { ...state, certificates, printedChunks: [...state.printedChunks, event.data.chunk] };
    }
    case 'AwardDecisionSignedCopyLinked':
      return { ...state, signedCopies: [...state.signedCopies, event.data] };
    case 'AwardDecisionRevocationIssued':
      return { ...state, revocations: [...state.revocations, { ...event.data, applied: [] }] };
    case 'AwardDecisionRevocationsApplied':
      return {
        ...state,
        revocations: state.revocations.map((x) =>
          x.revocationId === event.data.revocationId
            ? { ...x, applied: [...x.applied, ...event.data.nominationIds] }
            : x,
        ),
      };
  }
}

export function foldAwardDecision(events: readonly AwardDecisionEvent[]): AwardDecisionState {
  return events.reduce(evolveAwardDecision, initialAwardDecisionState);
}
