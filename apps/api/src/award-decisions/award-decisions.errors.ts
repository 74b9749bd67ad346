import type { AwardDecisionError, NotReadyNomination } from '@vinhdanh/domain';
import { ApiError, type FieldError } from '../errors/api-error';

/** A domain refusal as a problem document; nominations that are not ready (or not revocable) become field errors. */
export function awardDecisionProblem(err: AwardDecisionError): ApiError {
  const notReady = [
    ...((err.details['notReady'] as NotReadyNomination[] | undefined) ?? []),
    ...((err.details['notRevocable'] as NotReadyNomination[] | undefined) ?? []),
  ];
  const issues = (err.details['issues'] as { field: string; message: string }[] | undefined) ?? [];
  const fields: FieldError[] = [
    ...notReady.map((p) => ({
      field: p.field,
      in: 'body' as const,
      rule: p.rule,
      message: p.message,
      message_en: p.message_en,
    })),
    ...issues.map((i) => ({
      field: i.field,
      in: 'body' as const,
      rule: 'invalid',
      message: i.message,
      message_en: i.message,
    })),
  ];
  return new ApiError(err.code, err.messageVi, err.messageEn, err.details, fields);
}
