import type { FieldError } from './api-error';

/** A normalised error ready to render: status, code, messages, field errors and extensions. */
export interface ProblemSource {
  status: number;
  code: string;
  detailVi: string;
  detailEn: string;
  errors?: readonly FieldError[];
  details?: Readonly<Record<string, unknown>>;
}
