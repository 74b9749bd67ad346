import type { AwardDecisionState } from '@vinhdanh/domain';

/** A quyết định as the API shows it: its number, annex with each line's grant and certificate. */
export interface AwardDecisionView {
  decisionId: string;
  number: string;
  date: string;
  issuingUnitId: string;
  issuingUnitName: string;
  signer: { capacity: string; title: string; name: string };
  subject: string;
  legalBases: string[];
  totalAmount: number;
  annex: {
    line: number;
    nominationId: string;
    nomineeName: string;
    nomineeKind: 'person' | 'collective';
    unitName: string;
    awardName: string;
    amount: number;
    granted: boolean;
    /** The quyết định thu hồi that revoked this line's award, once its nomination records it. */
    revokedBy: string | null;
    certificate: { registerNumber: string; pdfUrl: string; docxUrl: string } | null;
  }[];
  progress: { covered: number; granted: number; certificatesPrinted: number; summary: string };
  documents: { documentId: string; kind: string; format: string; sha256: string; size: number; url: string }[];
  signedCopies: { attachmentId: string; sha256: string; fileName: string }[];
  /** Quyết định thu hồi referring to this decision, with the nominations each has revoked so far. */
  revocations: {
    revocationId: string;
    number: string;
    date: string;
    reason: string;
    nominationIds: string[];
    applied: string[];
  }[];
}

export function awardDecisionView(decisionId: string, state: AwardDecisionState): AwardDecisionView {
  const issued = state.issued;
  if (!issued) throw new Error('not issued');
  const granted = new Set(state.granted);
  const url = (documentId: string) => `/api/award-decisions/${decisionId}/documents/${documentId}`;
  const printed = Object.keys(state.certificates).length;
  const revokedBy = new Map(state.revocations.flatMap((r) => r.applied.map((id) => [id, r.number] as const)));
  return {
    decisionId,
    number: issued.number,
    date: issued.date,
    issuingUnitId: issued.issuingUnitId,
    issuingUnitName: issued.issuingUnitName,
    signer: issued.signer,
    subject: issued.subject,
    legalBases: issued.legalBases,
    totalAmount: issued.annex.reduce((s, a) => s + a.amount, 0),
    annex: issued.annex.map((a, i) => {
      const c = state.certificates[a.nominationId];
      return {
        line: i + 1,
        nominationId: a.nominationId,
        nomineeName: a.nomineeName,
        nomineeKind: a.nomineeKind,
        unitName: a.unitName,
        awardName: a.awardName,
        amount: a.amount,
        granted: granted.has(a.nominationId),
        revokedBy: revokedBy.get(a.nominationId) ?? null,
        certificate: c
          ? { registerNumber: c.registerNumber, pdfUrl: url(c.pdf.documentId), docxUrl: url(c.docx.documentId) }
          : null,
      };
    }),
    progress: {
      covered: issued.annex.length,
      granted: granted.size,
      certificatesPrinted: printed,
      summary: `Đã khen thưởng ${granted.size}/${issued.annex.length}; đã in ${printed}/${issued.annex.length} bằng, giấy khen`,
    },
    documents: state.documents.map((d) => ({
      documentId: d.documentId,
      kind: d.kind,
      format: d.format,
      sha256: d.sha256,
      size: d.size,
      url: url(d.documentId),
    })),
    signedCopies: [...state.signedCopies],
    revocations: state.revocations.map((r) => ({ ...r, nominationIds: [...r.nominationIds], applied: [...r.applied] })),
  };
}

/** A decision in the list. */
export interface AwardDecisionSummary {
  decisionId: string;
  number: string;
  /** yyyy-mm-dd. */
  date: string;
  issuingUnit: { id: string; name: string };
  covered: number;
}

/** A nomination waiting only for the granting sign-off at the issuing unit. */
export interface ReadyNomination {
  nominationId: string;
  nomineeName: string;
  nomineeKind: 'person' | 'collective';
  unitName: string;
  awardCode: string;
  awardName: string;
}
