import type { z } from 'zod';

/** One validation failure, with the dotted path of the field it concerns (`dossier.attachments[0].sha256`). */
export interface FieldIssue {
  readonly field: string;
  readonly message: string;
  /** The same rule in Vietnamese, for the sentence people read; without it only the field is named. */
  readonly messageVi?: string;
}

/** Renders a zod issue path as `a.b[0].c`; the root is `(root)`. */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

/** Turns a zod error into field-precise issues, so every refusal names the field and the rule. */
export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ field: fieldPath(issue.path), message: issue.message }));
}
