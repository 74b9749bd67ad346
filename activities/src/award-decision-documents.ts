import { createHash } from 'node:crypto';
import type { DocumentData } from '@vinhdanh/documents';
import type { AwardDecisionIssued } from '@vinhdanh/domain';

type Issued = AwardDecisionIssued['data'];

/** The quyết định with its annex, as the events say it. */
export function decisionDocumentData(issued: Issued): DocumentData<'quyet-dinh'> {
  return {
    header: {
      parentBody: issued.parentBodyName,
      issuingBody: issued.issuingUnitName,
      number: issued.number,
      place: issued.place,
      date: issued.date,
    },
    authority: issued.authority,
    subject: issued.subject,
    legalBases: issued.legalBases,
    proposal: issued.proposal,
    awardName: issued.awardName,
    reason: issued.reason,
    annex: issued.annex.map((a) => ({
      name: a.nomineeName,
      unit: a.unitName,
      awardName: a.awardName,
      kind: a.nomineeKind,
      amount: a.amount,
    })),
    executors: 'Văn phòng, Ban Tổ chức',
    recipients: ['Như Điều 3;', 'Lưu: VT, TĐKT.'],
    signer: issued.signer,
  };
}

/** Giấy khen for the Giấy khen award codes, Bằng khen otherwise. */
export function certificateKindOf(awardCode: string): 'bang-khen' | 'giay-khen' {
  return awardCode === 'GK' ? 'giay-khen' : 'bang-khen';
}

/** "125.007": the decision's number and the line of its annex, printed on the certificate. */
export function registerNumberOf(issued: Issued, index: number): string {
  return `${issued.sequence}.${String(index + 1).padStart(3, '0')}`;
}

/** The certificate of annex line `index`. */
export function certificateData(issued: Issued, index: number): DocumentData<'bang-khen'> {
  const line = issued.annex[index];
  if (!line) throw new Error(`annex line ${index} does not exist`);
  const achievement = issued.reason.charAt(0).toUpperCase() + issued.reason.slice(1).replace(/[.;]+$/, '');
  return {
    issuingBody: issued.authority,
    title: certificateKindOf(line.awardCode) === 'giay-khen' ? 'Giấy khen' : 'Bằng khen',
    awardeeName: line.nomineeName,
    awardeeDetail: line.unitName,
    achievement,
    place: issued.place,
    date: issued.date,
    decisionNumber: issued.number,
    decisionDate: issued.date,
    registerNumber: registerNumberOf(issued, index),
    signer: issued.signer,
  };
}

/** A stable id for a generated file: the same decision, kind, format and line always get the same id. */
export function generatedDocumentId(decisionId: string, kind: string, format: string, nominationId = ''): string {
  const hex = createHash('sha256').update(`${decisionId}|${kind}|${format}|${nominationId}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
