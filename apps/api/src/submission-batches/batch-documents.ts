import type { DocumentData } from '@vinhdanh/documents';
import { defaultRuleSets, type SubmissionBatchState } from '@vinhdanh/domain';

/** What the office types once for a batch's tờ trình; the rest comes from the batch's events. */
export interface ToTrinhInputs {
  date: string;
  place: string;
  recipient: string;
  signer: { capacity: string; title: string; name: string };
  legalBases: string[];
}

/** The legal bases a tờ trình cites unless the office gives its own [S26]. */
export const DEFAULT_LEGAL_BASES = [
  'Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15;',
  'Căn cứ Nghị định số 152/2025/NĐ-CP quy định chi tiết một số điều của Luật Thi đua, khen thưởng;',
];

function awardName(code: string): string {
  for (const ruleSet of defaultRuleSets) {
    const award = ruleSet.awards.find((a) => a.code === code);
    if (award) return award.nameVi;
  }
  return code;
}

/** Tờ trình (NĐ 152/2025 Mẫu 01) of a batch: its list, from the SubmissionBatchSubmitted event. */
export function toTrinhData(
  state: SubmissionBatchState,
  inputs: ToTrinhInputs,
  parentBody: string,
): DocumentData<'to-trinh'> {
  const b = state.submitted;
  const awards = [...new Set(b.rows.map((r) => awardName(r.awardCode)))];
  return {
    header: {
      parentBody,
      issuingBody: b.submittingUnitName,
      number: b.submissionLetterNumber,
      place: inputs.place,
      date: inputs.date,
    },
    recipient: inputs.recipient,
    subject: `Về việc đề nghị tặng ${awards.join(', ')}`,
    legalBases: inputs.legalBases,
    campaignName: b.campaignName,
    body:
      `${b.submittingUnitName} kính đề nghị xét tặng ${awards.join(', ')} cho ${b.rows.length} cá nhân, tập thể ` +
      `có thành tích xuất sắc trong đợt thi đua "${b.campaignName}" (danh sách kèm theo).`,
    nominees: b.rows.map((r) => ({
      name: r.nominee.kind === 'person' ? r.nominee.fullName : r.nominee.name,
      positionAndUnit:
        r.nominee.kind === 'person' ? `${r.nominee.position}, ${b.submittingUnitName}` : b.submittingUnitName,
      awardName: awardName(r.awardCode),
      kind: r.nominee.kind,
    })),
    signer: inputs.signer,
  };
}
